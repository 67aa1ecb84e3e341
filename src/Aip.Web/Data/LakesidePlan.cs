using Aip.Domain.Plans;
using static Aip.Web.Data.DemoSheets;

namespace Aip.Web.Data;

/// <summary>
/// The first Accelerated Improvement Plan of the fictional Lakeside Regional School District: a smaller, one-year plan
/// than Riverton's, centred on mathematics, complete and ready to submit (<see cref="DemoData"/> submits it, so that ESE
/// has a plan to review). Every date is counted from the school year it covers; the people are invented.
/// </summary>
public static class LakesidePlan
{
    private const string Superintendent = "Thomas Byrne, Superintendent";
    private const string PlanManager = "Aisha Rahman, Plan Manager";
    private const string MathematicsDirector = "Carlos Medeiros, K-12 Mathematics Director";
    private const string DataCoordinator = "Fiona Gallagher, Assessment and Data Coordinator";
    private const string SpecialEducationDirector = "Dr. Joanne Pereira, Director of Special Education";
    private const string MiddleSchoolPrincipal = "Kevin Tran, Principal, Lakeside Regional Middle School";

    private const string KeyIssues = """
        Lakeside Regional School District serves about 2,300 students from three towns in four schools: two K-5 elementary schools, Lakeside Regional Middle School (grades 6-8) and Lakeside Regional High School. Fifty-one percent of our students are high-needs students; 17 percent are students with disabilities. The district entered Level 4 after ESE's District Review found that mathematics achievement had fallen for four years and that students with disabilities were falling furthest behind.

        Mathematics. Only 27 percent of students in grades 3-8 met or exceeded expectations in mathematics on MCAS, against 41 percent in English language arts; the median Student Growth Percentile in mathematics was 33, and 21 for students with disabilities. Grades 5-8 mathematics is taught from teacher-made materials that differ from class to class, and reviewers saw students practising procedures in most lessons and reasoning about problems in few.

        Students with disabilities. Most students with disabilities in grades 6-8 are taught mathematics in separate classes that move more slowly than the general curriculum, so by grade 8 many have not been taught the grade-level standards at all. Special and general educators seldom plan together.

        Leadership and data. The district's leaders receive assessment results, but no team meets regularly to decide what to do about them, and the district's last improvement plan was not monitored after its first year.

        This plan therefore does three things in one school year: one coherent mathematics curriculum taught well in every grade 3-8 classroom, students with disabilities taught that curriculum in co-taught classes, and leadership routines that check every month whether both are working.
        """;

    private const string TheoryOfAction = """
        If every grade 3-8 mathematics classroom teaches one coherent, standards-aligned curriculum with tasks that ask students to reason, if students with disabilities learn that curriculum in co-taught classes planned by a general and a special educator together, and if district and school leaders review mathematics data every month and act on what they find, then mathematics achievement and growth will rise for all students, and fastest for students with disabilities, and the district will meet its PPI targets.
        """;

    private const string WhyTheseObjectives = """
        Mathematics comes first because it is where the District Review found the largest gap and where a common curriculum and coaching can change daily lessons within weeks. Inclusion comes second because the students furthest behind cannot benefit from better mathematics teaching while they are taught a slower curriculum apart. The third objective gives both the leadership routines that Lakeside's last plan lacked, so that the district knows by October whether the work is reaching classrooms.
        """;

    public static Plan Build(Guid districtId, int schoolYear)
    {
        var y = schoolYear;
        var plan = Plan.Create(districtId, $"Lakeside Regional School District Accelerated Improvement Plan {y}–{y + 1}", y, y);
        plan.UpdateSection1(KeyIssues, TheoryOfAction, WhyTheseObjectives);
        AddMathematics(plan, y);
        AddInclusion(plan, y);
        AddLeadership(plan, y);
        AddFinalOutcomes(plan, y);
        return plan;
    }

    private static void AddMathematics(Plan plan, int y)
    {
        var objective = plan.AddObjective(
            "Teach one coherent, standards-aligned mathematics curriculum in every grade 3-8 classroom, with tasks that ask students to reason and explain.",
            MathematicsDirector);

        Sheet(plan, objective,
                "Adopt one high-quality grade 3-8 mathematics curriculum, with a district pacing calendar and common end-of-unit assessments.",
                MathematicsDirector,
                Resources(
                    leaders: "the principals of the three schools with grades 3-8; grade-level team leaders",
                    funds: "$140,000 for curriculum materials from the capital budget and the Level 4 targeted assistance grant",
                    partners: "the curriculum publisher's implementation team",
                    time: "two summer training days; a weekly 40-minute common planning period",
                    staffing: "the mathematics director and grade-level team leaders",
                    materials: "the adopted curriculum, the pacing calendar, common unit assessments"))
            .EarlyEvidence(
                "Teachers teach the adopted units on the pacing calendar, using each lesson's core task.",
                measure: "Percentage of grade 3-8 classrooms visited in monthly walkthroughs within two weeks of the pacing calendar and using the lesson's core task.",
                evidence: "Walkthrough forms compiled by the mathematics director each month.",
                frequency: "Monthly",
                targets: [(new DateOnly(y, 10, 31), "70%"), (new DateOnly(y + 1, 1, 31), "85%"), (new DateOnly(y + 1, 4, 30), "95%")])
            .ShortTermOutcome(
                "Students in grades 3-8 reach proficiency on the common end-of-unit assessments.",
                measure: "Percentage of students in grades 3-8 scoring 70 or higher (of 100) on common end-of-unit assessments, by grade, school and subgroup.",
                evidence: "Unit assessment results from the district assessment platform.",
                frequency: "After each unit (about every five weeks)",
                targets: [(new DateOnly(y, 12, 17), "45%"), (new DateOnly(y + 1, 3, 31), "55%"), (new DateOnly(y + 1, 6, 11), "62%")])
            .Activity(
                "Train all grade 3-8 mathematics teachers, special educators and paraprofessionals in the adopted curriculum.",
                MathematicsDirector, new DateOnly(y, 8, 23), new DateOnly(y, 8, 24))
            .Activity(
                "Grade-level teams study the next unit and plan its core tasks in common planning.",
                MathematicsDirector, new DateOnly(y, 9, 7), new DateOnly(y + 1, 6, 11),
                "Weekly; team leaders post agendas and notes, which the mathematics director reads each month.")
            .Activity(
                "Review the first semester's unit assessment results and revise the pacing calendar for the spring units.",
                MathematicsDirector, new DateOnly(y + 1, 1, 24), new DateOnly(y + 1, 2, 11));

        Sheet(plan, objective,
                "Coach every grade 3-8 mathematics teacher in leading student discourse about problems, in six-week coaching cycles.",
                MathematicsDirector,
                Resources(
                    leaders: "the principals; the mathematics coach",
                    funds: "$95,000 from Title I for one full-time mathematics coach",
                    partners: "ESE's District and School Assistance Center for coach training",
                    time: "one coaching cycle a semester for each teacher",
                    staffing: "one district mathematics coach (new position)",
                    materials: "the discourse look-fors and the coaching log"))
            .EarlyEvidence(
                "Students explain and compare solution strategies during mathematics lessons.",
                measure: "Percentage of grade 3-8 classrooms visited in monthly walkthroughs rated \"evident\" on the discourse look-fors.",
                evidence: "Walkthrough forms; coaching logs.",
                frequency: "Monthly",
                targets: [(new DateOnly(y, 11, 30), "30%"), (new DateOnly(y + 1, 2, 28), "50%"), (new DateOnly(y + 1, 5, 31), "65%")])
            .ShortTermOutcome(
                "Teachers who complete a coaching cycle are rated Proficient or better on Indicator II-A (Instruction) of the educator evaluation rubric.",
                measure: "Percentage of coached grade 3-8 mathematics teachers rated Proficient or Exemplary on Indicator II-A in formative and summative evaluations.",
                evidence: "Evaluation ratings from the district's educator evaluation system.",
                frequency: "Twice a year (February and June)",
                targets: [(new DateOnly(y + 1, 2, 28), "70%"), (new DateOnly(y + 1, 6, 15), "85%")])
            .Activity(
                "Hire and train the district mathematics coach and agree the discourse look-fors with principals.",
                MathematicsDirector, new DateOnly(y, 7, 6), new DateOnly(y, 8, 27))
            .Activity(
                "Run six-week coaching cycles, starting with the teachers whose classes scored lowest on the first unit assessment.",
                MathematicsDirector, new DateOnly(y, 10, 4), new DateOnly(y + 1, 6, 4),
                "Continuous; the coach reports the cycles completed at each Highlight Discussion.")
            .Activity(
                "Film two lessons of each coached teacher for the spring grade-level study of student discourse.",
                MathematicsDirector, new DateOnly(y + 1, 4, 5), new DateOnly(y + 1, 5, 21));
    }

    private static void AddInclusion(Plan plan, int y)
    {
        var objective = plan.AddObjective(
            "Teach students with disabilities in grades 6-8 the grade-level mathematics curriculum in co-taught general-education classes.",
            SpecialEducationDirector);

        Sheet(plan, objective,
                "Replace the separate grade 6-8 mathematics classes with co-taught classes in which a general and a special educator plan and teach together.",
                MiddleSchoolPrincipal,
                Resources(
                    leaders: "the middle school principal and special education team chair",
                    funds: "$30,000 of IDEA funds for co-teaching training and planning stipends",
                    partners: "a co-teaching trainer from the regional education collaborative",
                    time: "a weekly co-planning period for each pair, built into the master schedule",
                    staffing: "six co-teaching pairs (existing staff)",
                    materials: "the co-planning template; the co-teaching observation tool"))
            .EarlyEvidence(
                "Co-teaching pairs plan every week and share the teaching of each lesson.",
                measure: "Percentage of co-taught classes observed in monthly walkthroughs in which both teachers lead part of the lesson, and of pairs with a co-planning record for the week.",
                evidence: "Co-teaching observation tool; co-planning records.",
                frequency: "Monthly",
                targets: [(new DateOnly(y, 10, 29), "60%"), (new DateOnly(y + 1, 1, 28), "80%"), (new DateOnly(y + 1, 4, 29), "90%")])
            .ShortTermOutcome(
                "Students with disabilities in grades 6-8 reach proficiency on the common end-of-unit mathematics assessments.",
                measure: "Percentage of students with disabilities in grades 6-8 scoring 70 or higher (of 100) on common end-of-unit assessments.",
                evidence: "Unit assessment results by subgroup from the district assessment platform.",
                frequency: "After each unit (about every five weeks)",
                targets: [(new DateOnly(y, 12, 17), "25%"), (new DateOnly(y + 1, 3, 31), "35%"), (new DateOnly(y + 1, 6, 11), "42%")])
            .Activity(
                "Build the co-planning period into the middle school's master schedule and train the six pairs in co-teaching models.",
                MiddleSchoolPrincipal, new DateOnly(y, 7, 12), new DateOnly(y, 8, 20))
            .Activity(
                "Co-teaching pairs plan the next week's lessons with the co-planning template.",
                MiddleSchoolPrincipal, new DateOnly(y, 9, 2), new DateOnly(y + 1, 6, 11),
                "Weekly; the team chair checks the records every month.")
            .Activity(
                "Review every grade 6-8 student's IEP mathematics goals against the grade-level standards before the spring IEP meetings.",
                SpecialEducationDirector, new DateOnly(y + 1, 1, 10), new DateOnly(y + 1, 3, 19));

        Sheet(plan, objective,
                "Train every grade 3-8 teacher to plan lessons with Universal Design for Learning, so that each lesson offers students more than one way in.",
                SpecialEducationDirector,
                Resources(
                    leaders: "the special education team chairs; the mathematics coach",
                    funds: "$12,000 for substitute coverage on training days",
                    partners: "the regional education collaborative",
                    time: "three early-release afternoons",
                    staffing: "the special education team chairs as trainers",
                    materials: "the UDL lesson-planning guide"))
            .EarlyEvidence(
                "Lesson plans name at least two ways for students to take in and show their learning.",
                measure: "Percentage of grade 3-8 mathematics lesson plans sampled each month that meet the UDL planning checklist.",
                evidence: "Monthly lesson-plan sample reviewed by the team chairs.",
                frequency: "Monthly",
                targets: [(new DateOnly(y, 11, 30), "50%"), (new DateOnly(y + 1, 2, 28), "70%"), (new DateOnly(y + 1, 5, 31), "85%")])
            .ShortTermOutcome(
                "Fewer students with disabilities in grades 3-8 fail a mathematics unit assessment twice in a row.",
                measure: "Percentage of students with disabilities in grades 3-8 scoring below 50 on two consecutive unit assessments (baseline 38%).",
                evidence: "Unit assessment results by subgroup.",
                frequency: "Quarterly",
                targets: [(new DateOnly(y + 1, 1, 31), "30%"), (new DateOnly(y + 1, 6, 11), "20%")])
            .Activity(
                "Train all grade 3-8 teachers in UDL lesson planning (three early-release afternoons).",
                SpecialEducationDirector, new DateOnly(y, 9, 22), new DateOnly(y, 11, 17))
            .Activity(
                "Team chairs review a sample of lesson plans against the UDL checklist and give each teacher written feedback.",
                SpecialEducationDirector, new DateOnly(y, 12, 1), new DateOnly(y + 1, 6, 4),
                "Monthly; results are reported by school at the District Leadership Team.")
            .Activity(
                "Revise the UDL guide from the year's lesson-plan reviews for next year's new teachers.",
                SpecialEducationDirector, new DateOnly(y + 1, 6, 14), new DateOnly(y + 1, 8, 20));
    }

    private static void AddLeadership(Plan plan, int y)
    {
        var objective = plan.AddObjective(
            "Lead and monitor the plan through monthly data routines at district and school level.",
            Superintendent);

        Sheet(plan, objective,
                "Hold a monthly District Leadership Team data meeting that reviews the plan's benchmarks and records each decision with an owner and a date.",
                PlanManager,
                Resources(
                    leaders: "the superintendent, the principals, the directors",
                    funds: "none beyond existing staff time",
                    partners: "the Plan Monitor",
                    time: "a two-hour meeting each month",
                    staffing: "the Plan Manager prepares the data and keeps the minutes",
                    materials: "the benchmark dashboard"))
            .EarlyEvidence(
                "The District Leadership Team decides from data: its minutes record the benchmarks reviewed and the decisions taken.",
                measure: "Percentage of monthly meetings whose minutes record at least one data-based decision with an owner and a date.",
                evidence: "District Leadership Team minutes.",
                frequency: "Monthly",
                targets: [(new DateOnly(y, 10, 29), "75%"), (new DateOnly(y + 1, 1, 28), "100%")])
            .ShortTermOutcome(
                "The plan's benchmark targets due each quarter are met or nearly met.",
                measure: "Percentage of the targets due in the quarter that are met or within five percentage points.",
                evidence: "Benchmark dashboard; Minutes of Highlight Discussions.",
                frequency: "Quarterly",
                targets: [(new DateOnly(y, 12, 31), "60%"), (new DateOnly(y + 1, 3, 31), "70%"), (new DateOnly(y + 1, 6, 30), "80%")])
            .Activity(
                "Build the benchmark dashboard and publish the year's calendar of leadership meetings and Highlight Discussions to ESE and the Plan Monitor.",
                PlanManager, new DateOnly(y, 7, 19), new DateOnly(y, 8, 27))
            .Activity(
                "Hold the District Leadership Team data meeting and Highlight Discussions with the Plan Monitor.",
                Superintendent, new DateOnly(y, 9, 14), new DateOnly(y + 1, 6, 22),
                "Monthly; ESE is told the date of each Highlight Discussion at least one week ahead.")
            .Activity(
                "Review every benchmark at mid-year with the Plan Monitor and record any mid-course modification with its reason.",
                PlanManager, new DateOnly(y + 1, 1, 18), new DateOnly(y + 1, 1, 29));

        Sheet(plan, objective,
                "Principals visit mathematics classrooms every week with the walkthrough form and discuss the results with their grade-level teams each month.",
                Superintendent,
                Resources(
                    leaders: "the four principals and assistant principals",
                    funds: "none beyond existing staff time",
                    partners: "ESE's District and School Assistance Center for walkthrough calibration",
                    time: "two hours of classroom visits a week for each principal",
                    staffing: "the principals and assistant principals",
                    materials: "the walkthrough form; a shared walkthrough log"))
            .EarlyEvidence(
                "Principals spend time in mathematics classrooms every week and give teachers feedback.",
                measure: "Percentage of weeks in the month in which each principal logs at least five mathematics classroom visits with written feedback.",
                evidence: "The shared walkthrough log.",
                frequency: "Monthly",
                targets: [(new DateOnly(y, 10, 29), "70%"), (new DateOnly(y + 1, 1, 28), "90%")])
            .ShortTermOutcome(
                "Grade-level teams act on walkthrough results: each team's monthly notes record a change of practice agreed from them.",
                measure: "Percentage of grade 3-8 teams whose monthly notes record a change agreed from walkthrough results.",
                evidence: "Grade-level team notes.",
                frequency: "Quarterly",
                targets: [(new DateOnly(y, 12, 17), "60%"), (new DateOnly(y + 1, 3, 31), "80%"), (new DateOnly(y + 1, 6, 11), "90%")])
            .Activity(
                "Calibrate the principals' walkthrough ratings on classroom video with the District and School Assistance Center.",
                Superintendent, new DateOnly(y, 8, 16), new DateOnly(y, 8, 17))
            .Activity(
                "Principals visit mathematics classrooms and log their feedback.",
                Superintendent, new DateOnly(y, 9, 14), new DateOnly(y + 1, 6, 11),
                "Weekly; the superintendent reviews the log with each principal every month.")
            .Activity(
                "Recalibrate the walkthrough ratings at mid-year, with the Plan Monitor observing.",
                Superintendent, new DateOnly(y + 1, 1, 25), new DateOnly(y + 1, 2, 5));
    }

    private static void AddFinalOutcomes(Plan plan, int y)
    {
        var ppi = plan.AddFinalOutcome(
            "The district meets its Progress and Performance Index (PPI) targets for all students and for high-needs students.",
            "Annual PPI for the aggregate and the high-needs groups, from ESE's accountability data.",
            $"Annual PPI of 75 or higher for {y + 1} for both groups.",
            new DateOnly(y + 1, 8, 31));
        plan.SetPpiTargets(ppi.Id, [new(y, PpiGroup.Aggregate, 75), new(y, PpiGroup.HighNeeds, 75)]);
        plan.AddFinalOutcome(
            "Mathematics achievement and growth rise in grades 3-8, fastest for students with disabilities.",
            $"Spring {y + 1} MCAS mathematics Composite Performance Index (CPI) compared with spring {y}, and median Student Growth Percentile (SGP), grades 3-8.",
            "CPI gain of at least 4.0 points for all students and 6.0 points for students with disabilities; median SGP of at least 45 for all students and 40 for students with disabilities.",
            new DateOnly(y + 1, 8, 31));
    }
}
