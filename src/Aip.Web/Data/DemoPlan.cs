using Aip.Domain.Plans;
using static Aip.Web.Data.DemoSheets;

namespace Aip.Web.Data;

/// <summary>
/// The Accelerated Improvement Plan of the fictional Riverton Public Schools as the district wrote it: complete and
/// ready to submit (<see cref="DemoData"/> then takes it through review, approval and an amendment), written in the
/// guidance's vocabulary after its examples (Appendix B), so that the demo shows what a real plan looks like.
/// Every date is counted from the first school year, so the plan fits its two years whichever year it is built for.
/// The people are invented.
/// </summary>
public static class DemoPlan
{
    private const string Superintendent = "Dr. Elena Marquez, Superintendent";
    private const string PlanManager = "Priya Natarajan, Plan Manager";
    private const string AssistantSuperintendent = "Dr. Samuel Okafor, Assistant Superintendent for Teaching and Learning";
    private const string CurriculumDirector = "Rachel Donnelly, Director of Curriculum and Instruction";
    private const string EnglishLearnerDirector = "Hannah Kowalczyk, Director of English Learner Education";
    private const string DataDirector = "Grace Liang, Director of Data, Assessment and Accountability";
    private const string CoachingDirector = "Nadia Brennan, Director of Instructional Coaching";
    private const string MtssCoordinator = "Tamsin Whitaker, District MTSS Coordinator";
    private const string StudentServicesDirector = "Dr. Amara Osei, Director of Student Services";
    private const string HumanResourcesDirector = "Michael Ferreira, Director of Human Resources";
    private const string AttendanceCoordinator = "Derek Flanagan, District Attendance Coordinator";
    private const string FamilyEngagementCoordinator = "Luis Carrasco, Family and Community Engagement Coordinator";
    private const string HighSchoolPrincipal = "Jonathan Reyes, Principal, Riverton High School";

    private const string KeyIssues = """
        Riverton Public Schools serves about 4,900 students in six schools: four K-5 elementary schools, Riverton Middle School (grades 6-8) and Riverton High School. Seventy-eight percent of our students are high-needs students: students from low-income families, English learners (22 percent, most of whom speak Spanish, Portuguese or Haitian Creole at home) and students with disabilities (19 percent). The district was placed in Level 4 after ESE's District Review, which found that too few students make the progress they need, and that the district's own systems do not yet make sure they will.

        Student results. Only 34 percent of students in grades 3-8 met or exceeded expectations in English language arts on MCAS, and 29 percent in mathematics. Growth is low: the district's median Student Growth Percentile was 38 in ELA and 36 in mathematics, and lower still for English learners and students with disabilities. The district has missed its Progress and Performance Index (PPI) targets for all students and for high-needs students three years in a row.

        Inconsistent Tier 1 instruction. Reviewers visited 112 classrooms. In fewer than half did they see a clear, standards-based learning objective, and in only a quarter did students explain their thinking or work on demanding tasks. Each school uses its own ELA and mathematics materials; there are no common curriculum maps or unit assessments, so a student who moves between our schools, as many do, meets a different curriculum each time. Support for English learners and students with disabilities happens mostly outside the classroom rather than in core lessons.

        Weak use of data. Students take benchmark assessments three times a year, but results reach teachers late, and few teams have protected time or a common protocol for using them. Which interventions a student receives depends on the school and the teacher, and progress is rarely checked, so a student can spend a whole year in an intervention that is not working.

        Leadership turnover. Riverton has had four superintendents and eleven principals in six years. Priorities changed with each leader, and school improvement plans were not tied to a district plan. Principals spend little time in classrooms: most teachers received no written feedback last year apart from their formal evaluation.

        Chronic absence and family engagement. Twenty-four percent of students, and 31 percent at Riverton High School, were chronically absent, missing 10 percent or more of school days. Families told reviewers that they hear from schools mainly when something has gone wrong, and that information rarely arrives in their home language.

        This plan puts first the issues that limit learning in classrooms every day: the quality and consistency of core instruction, and whether teachers use data to adjust it. It then addresses the leadership and monitoring routines that will keep the work steady when staff change, and the attendance and family partnerships without which students cannot benefit from better teaching. We have chosen four objectives and ten initiatives rather than a long list, so that every school can do fewer things well.
        """;

    private const string TheoryOfAction = """
        If every Riverton classroom delivers consistent, rigorous, standards-based Tier 1 instruction with support for English learners and students with disabilities built into core lessons; if teacher teams use common data every week to adjust that instruction and to place students in interventions whose effect is checked every six weeks; if a stable leadership team supervises instruction through frequent classroom visits and feedback and monitors this plan through disciplined routines; and if students come to school regularly because their families are partners in their learning, then achievement and growth in ELA and mathematics will accelerate, especially for high-needs students, the district will meet its PPI targets for all students and for high-needs students, and it will have the capacity to keep improving without Level 4 support.
        """;

    private const string WhyTheseObjectives = """
        Objective 1 comes first because the District Review's clearest finding is that what students experience depends on the classroom they happen to be in. Common instructional expectations, one curriculum and support for high-needs students within core lessons target the instructional core directly and quickly: teachers change their practice in the first months of the plan, and monthly learning walks show whether they have. Objective 2 makes that improvement self-correcting: weekly data inquiry and a tiered system of support find the students who are not learning from core instruction within weeks rather than at the end of the year.

        Objectives 3 and 4 address the root causes that undermined earlier improvement efforts. Leadership turnover left the district without consistent expectations or follow-through; principals who supervise instruction every week, a pipeline of future leaders and routine monitoring of this plan build the capacity to sustain the work after the district leaves Level 4. Chronic absence means that a quarter of our students miss much of the instruction the first two objectives improve; attendance teams and a real partnership with families make sure the improvement reaches every student.
        """;

    public static Plan Build(Guid districtId, int firstSchoolYear)
    {
        var y = firstSchoolYear;
        var plan = Plan.Create(districtId, $"Riverton Public Schools Accelerated Improvement Plan {y}–{y + 2}", y, y + 1);
        plan.UpdateSection1(KeyIssues, TheoryOfAction, WhyTheseObjectives);
        AddTier1Instruction(plan, y);
        AddDataUse(plan, y);
        AddLeadership(plan, y);
        AddAttendanceAndFamilies(plan, y);
        AddFinalOutcomes(plan, y);
        return plan;
    }

    private static void AddTier1Instruction(Plan plan, int y)
    {
        var objective = plan.AddObjective(
            "Deliver consistent, rigorous, standards-based Tier 1 instruction in English language arts and mathematics in every classroom, with support for English learners and students with disabilities built into core lessons.",
            AssistantSuperintendent);

        Sheet(plan, objective,
                "Adopt the Riverton Instructional Expectations (a posted, standards-based learning objective referred to during the lesson, frequent checks for understanding, and structured student discourse) and support every teacher to use them through monthly learning walks with written feedback.",
                AssistantSuperintendent,
                Resources(
                    leaders: "the principals and assistant principals of all six schools; the instructional coaches",
                    funds: "$85,000 from the Title I and Level 4 targeted assistance grants for summer institute stipends and substitute coverage",
                    partners: "ESE's District and School Assistance Center (DSAC) for learning-walk calibration",
                    time: "a three-day summer institute; four early-release afternoons a year",
                    staffing: "one instructional coach in each school",
                    materials: "the Riverton Instructional Expectations guide and the district learning-walk tool"))
            .EarlyEvidence(
                "Teachers post a standards-based learning objective, refer to it during the lesson and check students' understanding of it before the lesson ends.",
                measure: "Percentage of classrooms visited in monthly district learning walks (at least 10 classrooms a school a month) rated \"evident\" on indicators 1 and 2 of the learning-walk tool.",
                evidence: "Learning-walk tool summaries by school, compiled each month by the Office of Teaching and Learning.",
                frequency: "Monthly",
                targets: [(new DateOnly(y, 11, 15), "60%"), (new DateOnly(y + 1, 1, 31), "80%"), (new DateOnly(y + 1, 5, 31), "90%"), (new DateOnly(y + 2, 5, 31), "95%")])
            .EarlyEvidence(
                "Students explain their reasoning to a partner or to the class using the district discourse routines (turn and talk, \"I agree/disagree because\").",
                measure: "Percentage of classrooms visited in monthly learning walks rated \"evident\" on indicator 4 (student discourse) of the learning-walk tool.",
                evidence: "Learning-walk tool summaries by school.",
                frequency: "Monthly",
                targets: [(new DateOnly(y + 1, 1, 31), "30%"), (new DateOnly(y + 1, 5, 31), "50%"), (new DateOnly(y + 2, 1, 31), "65%"), (new DateOnly(y + 2, 5, 31), "75%")])
            .ShortTermOutcome(
                "Teachers are rated Proficient or Exemplary on Indicator II-A (Instruction) of the educator evaluation rubric.",
                measure: "Percentage of teachers rated Proficient or Exemplary on Indicator II-A in formative (February) and summative (June) evaluations.",
                evidence: "Evaluation ratings exported from the district's educator evaluation system.",
                frequency: "Twice a year (February and June)",
                targets: [(new DateOnly(y + 1, 2, 28), "70%"), (new DateOnly(y + 1, 6, 15), "80%"), (new DateOnly(y + 2, 6, 15), "90%")])
            .Activity(
                "Hold a three-day summer institute for principals, assistant principals and coaches on the Instructional Expectations; calibrate the learning-walk tool on classroom video until raters agree at least 80% of the time.",
                AssistantSuperintendent, new DateOnly(y, 8, 17), new DateOnly(y, 8, 19))
            .Activity(
                "Train all teachers in the Instructional Expectations on the opening professional development day; coaches visit every new teacher within the first month.",
                CoachingDirector, new DateOnly(y, 9, 1), new DateOnly(y, 9, 30))
            .Activity(
                "Principals and coaches conduct learning walks in every school and give each teacher visited brief written feedback within two school days.",
                AssistantSuperintendent, new DateOnly(y, 10, 1), new DateOnly(y + 2, 6, 9),
                "Monthly; the Office of Teaching and Learning compiles the results by school and presents them at each Highlight Discussion.")
            .Activity(
                "Review the mid-year learning-walk data with each school leadership team; schools below 70% on indicators 1 and 2 start a six-week coaching cycle with the teachers concerned.",
                AssistantSuperintendent, new DateOnly(y + 1, 1, 25), new DateOnly(y + 1, 2, 12))
            .Activity(
                "Revise the Instructional Expectations guide from the first year's learning-walk data and teacher feedback, and add the discourse indicator to the year-two walks.",
                CoachingDirector, new DateOnly(y + 1, 6, 1), new DateOnly(y + 1, 8, 20));

        Sheet(plan, objective,
                "Implement one high-quality, standards-aligned ELA and mathematics curriculum in grades K-8, with district curriculum maps, pacing calendars, common end-of-unit assessments and embedded coaching in every school.",
                CurriculumDirector,
                Resources(
                    leaders: "K-8 principals, ELA and mathematics coaches, grade-level team leaders",
                    funds: "$410,000 for curriculum materials (capital budget and Title I); $60,000 for summer curriculum-writing stipends",
                    partners: "Bay Colony Literacy Collaborative and Northshore Mathematics Partnership for launch training and monthly coaching",
                    time: "a weekly 45-minute common planning period; two summer curriculum-writing weeks",
                    staffing: "one ELA and one mathematics coach at each K-8 school",
                    materials: "the adopted curricula, curriculum maps, pacing calendars, common unit assessments"))
            .EarlyEvidence(
                "K-8 teachers teach the adopted ELA and mathematics units on the district pacing calendar, using each unit's core tasks rather than replacement materials.",
                measure: "Percentage of K-8 classrooms within two weeks of the pacing calendar and using the unit's core task, from the coaches' monthly implementation checklist.",
                evidence: "Coaches' implementation checklists; common planning agendas.",
                frequency: "Monthly",
                targets: [(new DateOnly(y, 10, 31), "70%"), (new DateOnly(y + 1, 1, 31), "85%"), (new DateOnly(y + 1, 4, 30), "95%")])
            .ShortTermOutcome(
                "Students in grades 3-8 reach proficiency on the common end-of-unit assessments in ELA and mathematics.",
                measure: "Percentage of students in grades 3-8 scoring 70 or higher (of 100) on common end-of-unit assessments, reported by grade, school and subgroup.",
                evidence: "Unit assessment results from the district assessment platform, reviewed in data team meetings.",
                frequency: "After each unit (about every six weeks)",
                targets: [(new DateOnly(y, 12, 18), "45%"), (new DateOnly(y + 1, 3, 31), "55%"), (new DateOnly(y + 1, 6, 10), "62%"), (new DateOnly(y + 2, 6, 9), "70%")])
            .Activity(
                "Teams of teachers and coaches write K-8 curriculum maps, pacing calendars and the first two common unit assessments for each grade.",
                CurriculumDirector, new DateOnly(y, 7, 13), new DateOnly(y, 8, 14))
            .Activity(
                "Partners train all K-8 teachers in the adopted ELA and mathematics curricula (two days each).",
                CurriculumDirector, new DateOnly(y, 8, 24), new DateOnly(y, 8, 28))
            .Activity(
                "Coaches lead common planning in which grade-level teams study the next unit and plan its core tasks.",
                CoachingDirector, new DateOnly(y, 9, 8), new DateOnly(y + 2, 6, 9),
                "Weekly; coaches log agendas and attendance, and the monthly implementation checklist shows whether the plans reach classrooms.")
            .Activity(
                "Write the remaining common unit assessments for grades 3-8 and review the first semester's results for items that did not measure the standard.",
                CurriculumDirector, new DateOnly(y + 1, 1, 11), new DateOnly(y + 1, 3, 26))
            .Activity(
                "Extend curriculum maps and common unit assessments to grade 9-10 ELA and Algebra I for the second year.",
                HighSchoolPrincipal, new DateOnly(y + 1, 4, 5), new DateOnly(y + 1, 8, 13),
                "Discrete parts: maps by 15 May, assessments by 30 June, teacher training in August; progress reported at each Highlight Discussion.");

        Sheet(plan, objective,
                "Build support for English learners and students with disabilities into core ELA and mathematics lessons: every lesson plan names a language objective and planned scaffolds, and co-teaching pairs plan together every week.",
                EnglishLearnerDirector,
                Resources(
                    leaders: "the Director of Student Services, ESL and special education teachers, principals",
                    funds: "$48,000 of Title III and IDEA funds for SEI endorsement courses and co-teaching training",
                    partners: "Eastfield State University (SEI endorsement course)",
                    time: "a weekly co-planning period for each co-teaching pair; three after-school SEI workshops",
                    staffing: "14 ESL teachers and 22 special educators assigned to co-taught classrooms",
                    materials: "a WIDA-aligned language-objective guide and a bank of scaffolds"))
            .EarlyEvidence(
                "Lessons in classrooms with English learners show a posted language objective and at least two planned scaffolds (sentence frames, visuals, structured partner talk) in use.",
                measure: "Percentage of classrooms with English learners visited in monthly learning walks rated \"evident\" on the SEI indicators of the learning-walk tool.",
                evidence: "Learning-walk tool summaries; a monthly sample of lesson plans reviewed by ESL coaches.",
                frequency: "Monthly",
                targets: [(new DateOnly(y, 12, 18), "50%"), (new DateOnly(y + 1, 3, 31), "70%"), (new DateOnly(y + 1, 5, 31), "85%"), (new DateOnly(y + 2, 5, 31), "90%")])
            .ShortTermOutcome(
                "English learners and students with disabilities in grades 3-8 reach proficiency on the common end-of-unit assessments, narrowing the gap with all students.",
                measure: "Percentage of English learners and of students with disabilities in grades 3-8 scoring 70 or higher (of 100) on common end-of-unit assessments in ELA and mathematics.",
                evidence: "Unit assessment results disaggregated by subgroup in the district assessment platform.",
                frequency: "After each unit (about every six weeks)",
                targets: [(new DateOnly(y, 12, 18), "35%"), (new DateOnly(y + 1, 3, 31), "42%"), (new DateOnly(y + 1, 6, 10), "48%"), (new DateOnly(y + 2, 6, 9), "58%")])
            .Activity(
                "Train every ESL and special education teacher with their general-education partner in co-teaching models and shared lesson planning (two days).",
                EnglishLearnerDirector, new DateOnly(y, 8, 20), new DateOnly(y, 8, 21))
            .Activity(
                "Co-teaching pairs plan together using the district co-planning template.",
                StudentServicesDirector, new DateOnly(y, 9, 14), new DateOnly(y + 2, 6, 9),
                "Weekly; principals review a sample of co-planning templates each month.")
            .Activity(
                "Teachers without an SEI endorsement complete the endorsement course.",
                HumanResourcesDirector, new DateOnly(y, 9, 15), new DateOnly(y + 1, 1, 29),
                "Sessions every other week; Human Resources reports completion each month.")
            .Activity(
                "Review mid-year unit-assessment results by subgroup with each school and adjust schedules so that every English learner receives English language development and SEI-supported core instruction.",
                EnglishLearnerDirector, new DateOnly(y + 1, 2, 1), new DateOnly(y + 1, 3, 19))
            .Activity(
                "Add the SEI indicators to school improvement plans and set the second year's co-teaching assignments.",
                EnglishLearnerDirector, new DateOnly(y + 1, 5, 3), new DateOnly(y + 1, 6, 25));
    }

    private static void AddDataUse(Plan plan, int y)
    {
        var objective = plan.AddObjective(
            "Use student data systematically to plan core instruction and to give every student who needs it timely, tiered intervention whose effect is checked.",
            DataDirector);

        Sheet(plan, objective,
                "Establish weekly grade-level and content data teams in every school that follow a common data-inquiry cycle: analyze common assessment results and student work, agree on instructional changes, and check their effect at the next cycle.",
                CoachingDirector,
                Resources(
                    leaders: "the Director of Data, Assessment and Accountability; principals; coaches as team facilitators",
                    funds: "$35,000 for facilitator training and the assessment platform licence",
                    partners: "the DSAC data specialist",
                    time: "a protected 45-minute data meeting each week for every grade-level (K-8) and content (9-12) team",
                    staffing: "coaches facilitate; the data office prepares reports within five school days of each assessment",
                    materials: "the data-inquiry cycle protocol, a meeting template, the assessment platform"))
            .EarlyEvidence(
                "Data teams complete the whole data-inquiry cycle: their notes record the data analyzed, the instructional change agreed and the result checked at the following cycle.",
                measure: "Percentage of data teams whose notes for the month show all three steps, rated by coaches on the data-team rubric.",
                evidence: "Data-team agendas and notes in each school's shared folder; coaches' rubric ratings.",
                frequency: "Monthly",
                targets: [(new DateOnly(y, 11, 30), "50%"), (new DateOnly(y + 1, 2, 28), "75%"), (new DateOnly(y + 1, 5, 31), "90%"), (new DateOnly(y + 2, 1, 31), "95%")])
            .ShortTermOutcome(
                "Students re-taught after a data-team cycle reach proficiency on the standard re-assessed.",
                measure: "Percentage of students scoring below 70 on a unit assessment who score 70 or higher on the re-assessment after their team's re-teaching.",
                evidence: "Re-assessment results recorded in the assessment platform; data-team notes.",
                frequency: "Each six-week cycle",
                targets: [(new DateOnly(y, 12, 18), "40%"), (new DateOnly(y + 1, 3, 31), "50%"), (new DateOnly(y + 1, 6, 10), "60%"), (new DateOnly(y + 2, 6, 9), "65%")])
            .Activity(
                "Publish the district assessment calendar and build a protected weekly data meeting for every team into each school's master schedule.",
                DataDirector, new DateOnly(y, 7, 6), new DateOnly(y, 8, 21))
            .Activity(
                "Train coaches and team leaders to facilitate the data-inquiry cycle protocol, practising on last year's assessment data.",
                CoachingDirector, new DateOnly(y, 8, 25), new DateOnly(y, 9, 18))
            .Activity(
                "Data teams meet following the data-inquiry cycle protocol.",
                CoachingDirector, new DateOnly(y, 9, 21), new DateOnly(y + 1, 6, 11),
                "Weekly; coaches rate one meeting a month for each team on the data-team rubric and report the ratings to the principal.")
            .Activity(
                "Produce a mid-year data report by school, grade and subgroup; each principal presents it with next steps to the District Leadership Team.",
                DataDirector, new DateOnly(y + 1, 1, 25), new DateOnly(y + 1, 2, 12))
            .Activity(
                "Extend the data-inquiry cycle to grade 9-12 content teams, with training in August and weekly meetings from September of the second year.",
                CoachingDirector, new DateOnly(y + 1, 8, 16), new DateOnly(y + 2, 6, 9),
                "Weekly meetings; coaches rate each team monthly on the data-team rubric.");

        Sheet(plan, objective,
                "Implement a district-wide Multi-Tiered System of Support (MTSS): universal screening three times a year, a daily 30-minute intervention block in grades K-8, decision rules for Tier 2 and Tier 3 placement, and progress monitoring every six weeks.",
                MtssCoordinator,
                Resources(
                    leaders: "the Director of Student Services, principals, school MTSS teams",
                    funds: "$120,000 of Title I and Level 4 grant funds for intervention materials and two reading interventionists",
                    partners: "Bay Colony Literacy Collaborative for intervention training",
                    time: "a daily 30-minute intervention block in K-8 schedules; MTSS team meetings every six weeks",
                    staffing: "two additional reading interventionists; Title I tutors",
                    materials: "the universal screener, intervention programs, progress-monitoring probes, the MTSS decision-rule guide"))
            .EarlyEvidence(
                "Every student the universal screener identifies as needing Tier 2 or Tier 3 support is placed in an intervention group with a progress-monitoring schedule.",
                measure: "Percentage of identified students with an intervention placement and a progress-monitoring plan recorded in the student information system within three weeks of screening.",
                evidence: "MTSS roster reports from the student information system; school MTSS team minutes.",
                frequency: "After each screening window, then monthly",
                targets: [(new DateOnly(y, 10, 30), "75%"), (new DateOnly(y, 12, 18), "95%"), (new DateOnly(y + 1, 2, 26), "100%")])
            .ShortTermOutcome(
                "Students receiving Tier 2 reading or mathematics intervention meet their six-week growth goals.",
                measure: "Percentage of Tier 2 students meeting their progress-monitoring growth goal at each six-week review.",
                evidence: "Progress-monitoring data; MTSS team decision logs.",
                frequency: "Every six weeks",
                targets: [(new DateOnly(y, 12, 18), "50%"), (new DateOnly(y + 1, 3, 31), "60%"), (new DateOnly(y + 1, 6, 10), "65%"), (new DateOnly(y + 2, 6, 9), "70%")])
            .ShortTermOutcome(
                "Fewer K-3 students are at high risk for reading difficulty on the universal screener (fall baseline: 38%).",
                measure: "Percentage of K-3 students in the high-risk band of the universal reading screener.",
                evidence: "Universal screener reports by school and grade.",
                frequency: "Three times a year (September, January, May)",
                targets: [(new DateOnly(y + 1, 1, 29), "34%"), (new DateOnly(y + 1, 6, 4), "30%"), (new DateOnly(y + 2, 6, 2), "25%")])
            .Activity(
                "Write the MTSS decision-rule guide and build the daily 30-minute intervention block into every K-8 master schedule.",
                MtssCoordinator, new DateOnly(y, 7, 13), new DateOnly(y, 8, 21))
            .Activity(
                "Give the universal screener in grades K-8 and place identified students in intervention within three weeks of each window.",
                MtssCoordinator, new DateOnly(y, 9, 14), new DateOnly(y + 2, 6, 2),
                "Three times a year (September, January, May); the MTSS coordinator reports placements to the District Leadership Team after each window.")
            .Activity(
                "School MTSS teams review progress-monitoring data and continue, intensify or end each intervention using the decision rules.",
                StudentServicesDirector, new DateOnly(y, 10, 26), new DateOnly(y + 2, 6, 9),
                "Every six weeks; decisions recorded in the MTSS decision log.")
            .Activity(
                "Audit the intervention programs in use against student results; keep only those with evidence of effect and retrain interventionists on them.",
                MtssCoordinator, new DateOnly(y + 1, 2, 1), new DateOnly(y + 1, 3, 31))
            .Activity(
                "Design Tier 2 support for grades 9-10 (screening with grade 8 MCAS results and course grades, and a daily intervention period) to start in the second year.",
                HighSchoolPrincipal, new DateOnly(y + 1, 4, 12), new DateOnly(y + 1, 8, 20),
                "Design team meets every two weeks; the draft schedule goes to the District Leadership Team by 15 June.");
    }

    private static void AddLeadership(Plan plan, int y)
    {
        var objective = plan.AddObjective(
            "Build a stable leadership team that sets clear expectations for instruction, supervises and supports it through frequent classroom visits and feedback, and monitors this plan through disciplined routines.",
            Superintendent);

        Sheet(plan, objective,
                "Strengthen principals' instructional leadership: the superintendent or assistant superintendent coaches each principal in school visits every two weeks, and principals visit every teacher's classroom and give written feedback on the Instructional Expectations at least once a month.",
                Superintendent,
                Resources(
                    leaders: "the Assistant Superintendent for Teaching and Learning; assistant principals",
                    funds: "$40,000 for an external leadership coach",
                    partners: "ESE targeted assistance; Commonwealth School Leaders Network (leadership coaching)",
                    time: "two protected mornings a week in classrooms for each principal; a monthly three-hour principals' academy",
                    staffing: "existing principals and assistant principals; office staff guard principals' classroom time",
                    materials: "the district feedback rubric, the educator evaluation rubric, an observation log"))
            .EarlyEvidence(
                "Principals give every teacher brief written feedback tied to the Instructional Expectations at least once a month.",
                measure: "Percentage of teachers who received at least one written feedback note in the month, from the observation log.",
                evidence: "Observation logs exported monthly from the educator evaluation system.",
                frequency: "Monthly",
                targets: [(new DateOnly(y, 10, 30), "60%"), (new DateOnly(y, 12, 18), "80%"), (new DateOnly(y + 1, 3, 31), "95%")])
            .EarlyEvidence(
                "Principals' feedback names a specific practice, cites evidence from the lesson and gives one actionable next step.",
                measure: "Average score of a sample of five feedback notes from each principal on the district feedback rubric (1 to 4), scored by the assistant superintendent.",
                evidence: "Feedback rubric scores; the sampled feedback notes.",
                frequency: "Monthly",
                targets: [(new DateOnly(y, 11, 30), "average of 2.5"), (new DateOnly(y + 1, 2, 26), "average of 3.0"), (new DateOnly(y + 1, 5, 28), "average of 3.3")])
            .ShortTermOutcome(
                "Teachers find their principal's feedback useful for improving their teaching.",
                measure: "Percentage of teachers agreeing on the district staff survey that feedback from their principal helped them improve their teaching.",
                evidence: "District staff survey results by school.",
                frequency: "Twice a year (January and June)",
                targets: [(new DateOnly(y + 1, 1, 29), "55%"), (new DateOnly(y + 1, 6, 11), "70%"), (new DateOnly(y + 2, 6, 9), "80%")])
            .Activity(
                "Agree each principal's goals for the year with the superintendent, aligned to this plan, and block two classroom-visit mornings a week in each principal's calendar.",
                Superintendent, new DateOnly(y, 7, 20), new DateOnly(y, 8, 28))
            .Activity(
                "Visit each school with its principal: joint classroom visits and a debrief on the quality of the principal's feedback.",
                Superintendent, new DateOnly(y, 9, 14), new DateOnly(y + 2, 6, 9),
                "Every two weeks; visit notes are kept in the principal's supervision file and summarized monthly for the District Leadership Team.")
            .Activity(
                "Hold a principals' academy on giving high-quality feedback, calibrated with classroom video and the district feedback rubric.",
                AssistantSuperintendent, new DateOnly(y, 9, 24), new DateOnly(y + 2, 6, 8),
                "Monthly (fourth Thursday); attendance and calibration scores recorded.")
            .Activity(
                "Complete the formative evaluation of each principal against the goals set in the summer.",
                Superintendent, new DateOnly(y + 1, 1, 19), new DateOnly(y + 1, 2, 26))
            .Activity(
                "Review the spring staff survey and feedback-rubric results with each principal and set supervision goals for the second year.",
                Superintendent, new DateOnly(y + 1, 6, 1), new DateOnly(y + 1, 6, 30));

        Sheet(plan, objective,
                "Stabilize school leadership: recruit and keep strong principals, and build a pipeline of future leaders through teacher-leader roles and an aspiring-leaders cohort.",
                HumanResourcesDirector,
                Resources(
                    leaders: "the Superintendent; the School Committee (approval of stipends)",
                    funds: "$90,000 for teacher-leader stipends; $25,000 for the aspiring-leaders cohort",
                    partners: "Eastfield State University (licensure courses for the cohort)",
                    time: "one evening session a month for the cohort; one period a day released for each teacher leader",
                    staffing: "12 teacher-leader positions (ELA, mathematics and data team leaders)",
                    materials: "a leadership competency framework; exit and stay interview protocols"))
            .EarlyEvidence(
                "Teacher leaders run their teams' weekly planning and data meetings without a coach present.",
                measure: "Percentage of teacher leaders rated \"independent\" on the facilitation section of the data-team rubric.",
                evidence: "Coaches' rubric ratings; meeting agendas.",
                frequency: "Quarterly",
                targets: [(new DateOnly(y, 12, 18), "30%"), (new DateOnly(y + 1, 3, 31), "60%"), (new DateOnly(y + 1, 6, 11), "80%"), (new DateOnly(y + 2, 3, 31), "100%")])
            .ShortTermOutcome(
                "Principals, assistant principals and teacher leaders stay in their roles from one year to the next.",
                measure: "Percentage of those in post at the start of the year who return the following September (for the second year, who have confirmed contracts by 30 June).",
                evidence: "Human Resources position reports; exit and stay interview summaries.",
                frequency: "Annually, with stay interviews each spring",
                targets: [(new DateOnly(y + 1, 9, 15), "85%"), (new DateOnly(y + 2, 6, 30), "90%")])
            .Activity(
                "Appoint 12 teacher leaders (ELA, mathematics and data team leaders) through an open, criteria-based process and train them for two days with the coaches.",
                HumanResourcesDirector, new DateOnly(y, 7, 6), new DateOnly(y, 8, 28))
            .Activity(
                "Hold stay interviews with every principal and assistant principal and act on the three most common issues raised.",
                HumanResourcesDirector, new DateOnly(y, 10, 5), new DateOnly(y, 12, 18),
                "Each interview summarized; themes reported to the superintendent in December.")
            .Activity(
                "Run an aspiring-leaders cohort of 10 teachers with monthly sessions and a school-based leadership project.",
                HumanResourcesDirector, new DateOnly(y + 1, 1, 14), new DateOnly(y + 2, 5, 31),
                "Monthly evening sessions; each participant presents project progress to the superintendent in June and December.")
            .Activity(
                "Complete principal and assistant principal hiring for the second year by 14 May, with a district interview panel that includes teachers and families.",
                HumanResourcesDirector, new DateOnly(y + 1, 4, 1), new DateOnly(y + 1, 5, 14));

        Sheet(plan, objective,
                "Monitor this plan through disciplined routines: a weekly District Leadership Team meeting that reviews benchmark data, monthly Highlight Discussions with the Plan Monitor, and school improvement plans aligned to this plan.",
                PlanManager,
                Resources(
                    leaders: "the Superintendent; the District Leadership Team (assistant superintendent, directors, principals); the Plan Monitor",
                    funds: "the Plan Manager position, part-funded by ESE",
                    partners: "ESE accountability and targeted assistance staff",
                    time: "a 90-minute weekly District Leadership Team meeting; a monthly Highlight Discussion",
                    staffing: "the Plan Manager; the data office",
                    materials: "a benchmark dashboard, the evidence inventory, the school improvement plan template and alignment checklist"))
            .EarlyEvidence(
                "Every school's improvement plan sets goals and benchmarks aligned to this plan's objectives.",
                measure: "Number of the six school improvement plans that meet every item of the district alignment checklist.",
                evidence: "Approved school improvement plans; completed alignment checklists.",
                frequency: "Annually (October), reviewed in January",
                targets: [(new DateOnly(y, 10, 15), "all six schools"), (new DateOnly(y + 1, 10, 15), "all six schools")])
            .EarlyEvidence(
                "The District Leadership Team uses benchmark data to decide: minutes record the data reviewed and the decision or follow-up agreed, with an owner and a date.",
                measure: "Percentage of District Leadership Team meetings in the month whose minutes record at least one data-based decision with an owner and a date.",
                evidence: "District Leadership Team agendas and minutes.",
                frequency: "Monthly",
                targets: [(new DateOnly(y, 10, 30), "75%"), (new DateOnly(y, 12, 18), "90%"), (new DateOnly(y + 1, 3, 31), "100%")])
            .ShortTermOutcome(
                "The plan's early evidence of change and short-term outcome targets due in each quarter are met or nearly met.",
                measure: "Percentage of the targets due in the quarter that are met or within five percentage points.",
                evidence: "Benchmark dashboard; Minutes of Highlight Discussions; Quarterly Progress Reports.",
                frequency: "Quarterly",
                targets: [(new DateOnly(y, 12, 31), "60%"), (new DateOnly(y + 1, 3, 31), "70%"), (new DateOnly(y + 1, 6, 30), "80%"), (new DateOnly(y + 2, 6, 30), "85%")])
            .Activity(
                "Review the previous year's MCAS and PPI results with the Plan Monitor, update the benchmark dashboard and evidence inventory, and publish the year's calendar of District Leadership Team meetings and Highlight Discussions.",
                PlanManager, new DateOnly(y, 7, 1), new DateOnly(y + 1, 8, 27),
                "Each July and August, before each school year; the calendar goes to ESE and the Plan Monitor by 27 August.")
            .Activity(
                "Principals write school improvement plans aligned to this plan; the assistant superintendent reviews them against the alignment checklist.",
                AssistantSuperintendent, new DateOnly(y, 9, 1), new DateOnly(y, 10, 15))
            .Activity(
                "Hold the District Leadership Team meeting, reviewing the benchmarks due that month.",
                Superintendent, new DateOnly(y, 9, 8), new DateOnly(y + 2, 6, 27),
                "Weekly; minutes record decisions, owners and dates, and the Plan Manager tracks the follow-up.")
            .Activity(
                "Hold Highlight Discussions with the Plan Monitor; tell ESE the date, time and place at least one week ahead and send draft Minutes within three days.",
                PlanManager, new DateOnly(y, 9, 15), new DateOnly(y + 2, 6, 30),
                "Monthly; every objective is discussed at least once in each three-month period.")
            .Activity(
                "Review every benchmark against its targets at mid-year with the District Leadership Team and the Plan Monitor, agree mid-course modifications and record each with its reason.",
                PlanManager, new DateOnly(y + 1, 1, 11), new DateOnly(y + 1, 1, 29));
    }

    private static void AddAttendanceAndFamilies(Plan plan, int y)
    {
        var objective = plan.AddObjective(
            "Reduce chronic absence and engage families as partners in their children's learning.",
            StudentServicesDirector);

        Sheet(plan, objective,
                "Establish an attendance team in every school that reviews attendance data weekly, contacts the family after every unexcused absence, and gives each chronically absent student a tiered attendance plan and a mentor.",
                AttendanceCoordinator,
                Resources(
                    leaders: "principals, school adjustment counselors, school nurses",
                    funds: "$65,000 for two half-time family outreach workers and mentor stipends",
                    partners: "Riverton Youth Services; Riverton Community Health Center for students whose absences are health-related",
                    time: "a weekly 30-minute attendance team meeting in each school",
                    staffing: "in each school, an attendance team of assistant principal, counselor, nurse and outreach worker",
                    materials: "the weekly attendance report from the student information system; an attendance plan template; family letters in four languages"))
            .EarlyEvidence(
                "Schools act on absence quickly: each chronically absent student has a written attendance plan and a mentor.",
                measure: "Percentage of chronically absent students with a written attendance plan and an assigned mentor within two weeks of becoming chronically absent.",
                evidence: "Attendance team logs; attendance plans recorded in the student information system.",
                frequency: "Monthly",
                targets: [(new DateOnly(y, 10, 30), "50%"), (new DateOnly(y, 12, 18), "80%"), (new DateOnly(y + 1, 2, 26), "95%")])
            .ShortTermOutcome(
                "Chronic absence falls district-wide and at Riverton High School (baseline: 24% district, 31% high school).",
                measure: "Percentage of students chronically absent so far this year (absent 10% or more of the days enrolled), district-wide.",
                evidence: "Monthly attendance reports from the student information system, by school and subgroup.",
                frequency: "Monthly",
                targets: [(new DateOnly(y, 12, 31), "21%"), (new DateOnly(y + 1, 3, 31), "19%"), (new DateOnly(y + 1, 6, 18), "18%"), (new DateOnly(y + 2, 1, 31), "15%"), (new DateOnly(y + 2, 6, 16), "12%")])
            .Activity(
                "Form an attendance team in each school, train it in the tiered attendance protocol, and send every family a letter in its home language on why attendance matters and whom to call.",
                AttendanceCoordinator, new DateOnly(y, 8, 3), new DateOnly(y, 8, 28))
            .Activity(
                "Attendance teams review the attendance report, assign mentors and write attendance plans.",
                AttendanceCoordinator, new DateOnly(y, 9, 14), new DateOnly(y + 2, 6, 16),
                "Weekly; the attendance coordinator reviews each team's log monthly and reports rates by school to the District Leadership Team.")
            .Activity(
                "Outreach workers visit the homes of students absent 20% or more of the days enrolled, with an interpreter where needed.",
                AttendanceCoordinator, new DateOnly(y + 1, 1, 4), new DateOnly(y + 1, 6, 18),
                "Weekly visit schedule; the outcome of each visit is logged in the student information system.")
            .Activity(
                "Review the first year's attendance by school, grade and subgroup, revise the protocol, and reach out over the summer to rising grade 6 and grade 9 students with a history of chronic absence.",
                StudentServicesDirector, new DateOnly(y + 1, 5, 3), new DateOnly(y + 1, 8, 27));

        Sheet(plan, objective,
                "Engage families as partners in learning: two academic family conferences a year in which teachers share each student's data and ways to help at home, and two-way communication in families' home languages.",
                FamilyEngagementCoordinator,
                Resources(
                    leaders: "principals, teachers, the district's Spanish, Portuguese and Haitian Creole interpreters, the Parent Advisory Council",
                    funds: "$30,000 of the Title I family engagement set-aside for interpreters, childcare and evening events",
                    partners: "Riverton Public Library and community organizations for outreach",
                    time: "two conference weeks with early release; monthly family coffee hours in each school",
                    staffing: "a family liaison in each school (existing staff, 0.2 FTE)",
                    materials: "a family data report in four languages; a two-way messaging app"))
            .EarlyEvidence(
                "Teachers share each student's current data with the family and agree a learning goal the family will support at home.",
                measure: "Percentage of K-8 families who attend an academic family conference (in person, by phone or online) with a learning goal recorded.",
                evidence: "Conference sign-in sheets and goal forms, compiled by the school family liaisons.",
                frequency: "Twice a year (November and March)",
                targets: [(new DateOnly(y, 11, 25), "55%"), (new DateOnly(y + 1, 3, 31), "70%"), (new DateOnly(y + 2, 3, 31), "80%")])
            .ShortTermOutcome(
                "Families report that their school communicates with them regularly in their language and helps them support their child's learning.",
                measure: "Percentage of families agreeing with both statements on the district family survey (in English, Spanish, Portuguese and Haitian Creole).",
                evidence: "District family survey results by school and language.",
                frequency: "Twice a year (January and May)",
                targets: [(new DateOnly(y + 1, 1, 29), "60%"), (new DateOnly(y + 1, 5, 28), "70%"), (new DateOnly(y + 2, 5, 26), "80%")])
            .Activity(
                "Translate the family data report and conference guide into Spanish, Portuguese and Haitian Creole, and train the school family liaisons.",
                FamilyEngagementCoordinator, new DateOnly(y, 7, 20), new DateOnly(y, 8, 28))
            .Activity(
                "Train teachers to lead academic family conferences with the family data report (one early-release session in each school).",
                FamilyEngagementCoordinator, new DateOnly(y, 10, 7), new DateOnly(y, 11, 6))
            .Activity(
                "Hold academic family conferences in every K-8 school.",
                FamilyEngagementCoordinator, new DateOnly(y, 11, 16), new DateOnly(y + 2, 3, 31),
                "Twice a year (November and March); liaisons phone families who did not attend within two weeks.")
            .Activity(
                "Review the winter family survey results with the Parent Advisory Council and adjust the engagement plan.",
                FamilyEngagementCoordinator, new DateOnly(y + 1, 2, 1), new DateOnly(y + 1, 3, 12))
            .Activity(
                "Plan the second year's family engagement with the Parent Advisory Council, adding academic family conferences at Riverton High School.",
                FamilyEngagementCoordinator, new DateOnly(y + 1, 5, 3), new DateOnly(y + 1, 6, 25));
    }

    private static void AddFinalOutcomes(Plan plan, int y)
    {
        var aggregate = plan.AddFinalOutcome(
            "The district meets its Progress and Performance Index (PPI) target for all students (aggregate).",
            "Annual and cumulative PPI for the aggregate group, from ESE's accountability data.",
            $"Annual PPI of 75 or higher for {y + 1} and for {y + 2}; cumulative PPI of 75 or higher by {y + 2}.",
            new DateOnly(y + 2, 8, 31));
        plan.SetPpiTargets(aggregate.Id, [new(y, PpiGroup.Aggregate, 75), new(y + 1, PpiGroup.Aggregate, 75)]);
        var highNeeds = plan.AddFinalOutcome(
            "The district meets its PPI target for high-needs students.",
            "Annual and cumulative PPI for the high-needs group, from ESE's accountability data.",
            $"Annual PPI of 75 or higher for {y + 1} and for {y + 2}; cumulative PPI of 75 or higher by {y + 2}.",
            new DateOnly(y + 2, 8, 31));
        plan.SetPpiTargets(highNeeds.Id, [new(y, PpiGroup.HighNeeds, 75), new(y + 1, PpiGroup.HighNeeds, 75)]);
        plan.AddFinalOutcome(
            "Achievement and growth in ELA and mathematics rise in grades 3-8, fastest for high-needs students.",
            $"Spring {y + 1} MCAS Composite Performance Index (CPI) compared with spring {y}, and median Student Growth Percentile (SGP), grades 3-8, for all students and for high-needs students.",
            "CPI gain of at least 3.0 points in ELA and 3.5 points in mathematics for all students, and of at least 4.0 points in each for high-needs students; median SGP of at least 45 in both subjects.",
            new DateOnly(y + 1, 8, 31));
        plan.AddFinalOutcome(
            "Chronic absence falls district-wide and at Riverton High School.",
            "Percentage of students absent 10% or more of the days enrolled, from the end-of-year attendance report.",
            "District-wide from 24% to 18% or lower by the end of the first year and to 12% or lower by the end of the second; Riverton High School from 31% to 20% or lower by the end of the second year.",
            new DateOnly(y + 2, 8, 31));
    }
}
