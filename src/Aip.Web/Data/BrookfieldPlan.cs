using Aip.Domain.Plans;
using static Aip.Web.Data.DemoSheets;

namespace Aip.Web.Data;

/// <summary>
/// The Accelerated Improvement Plan of the fictional Brookfield Public Schools, a year ahead of Riverton: a two-year plan
/// centred on early literacy, approved in the summer before its first school year, so that its first year has ended and
/// the year's Summative report is published (<see cref="DemoBrookfield"/>). Every date is counted from the school year it
/// starts in; the people are invented.
/// </summary>
public static class BrookfieldPlan
{
    public const string Superintendent = "Dr. Samuel Okoro, Superintendent";
    private const string PlanManager = "Leah Fitzgerald, Plan Manager";
    private const string LiteracyDirector = "Maria Santos, K-5 Literacy Director";
    private const string DataCoordinator = "Owen Park, Data and Assessment Coordinator";

    private const string KeyIssues = """
        Brookfield Public Schools serves about 3,100 students in five schools: three K-5 elementary schools, Brookfield Middle School and Brookfield High School. Sixty-eight percent of our students are high-needs students. The district entered Level 4 after ESE's District Review found that early literacy had stalled for five years: only 31 percent of third graders met expectations in English language arts.

        Early literacy. Reading is taught from three different programs in three elementary schools, and the District Review saw little systematic phonics instruction in kindergarten to grade 2.

        Data use. The district screens every K-3 student three times a year, but the results are not discussed by teachers or used to plan intervention.

        Leadership. The district has no routine in which its leaders check whether its improvement work reaches classrooms.
        """;

    private const string TheoryOfAction = """
        If every K-3 classroom teaches one evidence-based reading curriculum with systematic phonics, if teachers use the screening results every six weeks to plan small-group instruction and intervention, and if district leaders review the literacy data every month and act on it, then early literacy will rise for all students, fastest for high-needs students, and the district will meet its PPI targets.
        """;

    private const string WhyTheseObjectives = """
        Early reading comes first because the District Review found it is where students fall behind and never catch up. The data routines make sure each student's reading is checked and acted on. The leadership routines make sure the district, not only the Plan Manager, knows whether both are working.
        """;

    public static Plan Build(Guid districtId, int firstSchoolYear)
    {
        var y = firstSchoolYear;
        var plan = Plan.Create(districtId, $"Brookfield Public Schools Accelerated Improvement Plan {y}–{y + 2}", y, y + 1);
        plan.UpdateSection1(KeyIssues, TheoryOfAction, WhyTheseObjectives);

        var reading = plan.AddObjective("Teach every K-3 student to read with one evidence-based reading curriculum and systematic phonics.", LiteracyDirector);
        Sheet(plan, reading,
                "Adopt one K-3 reading curriculum with systematic phonics in all three elementary schools, with coaching for every K-3 teacher.",
                LiteracyDirector,
                Resources("the elementary principals", "$210,000 from the Level 4 targeted assistance grant", "the curriculum publisher", "three summer training days",
                    "two literacy coaches", "the adopted curriculum and the phonics scope and sequence"))
            .EarlyEvidence(
                "Teachers teach the daily phonics lesson as the scope and sequence sets it.",
                measure: "Percentage of K-3 classrooms observed teaching the day's phonics lesson in monthly learning walks.",
                evidence: "Learning-walk forms compiled by the literacy director.",
                frequency: "Monthly",
                targets: [(new DateOnly(y, 10, 31), "60%"), (new DateOnly(y + 1, 2, 28), "80%"), (new DateOnly(y + 1, 5, 31), "90%")])
            .ShortTermOutcome(
                "K-3 students reach the benchmark on the winter and spring screening.",
                measure: "Percentage of K-3 students at or above benchmark on the district's reading screener.",
                evidence: "Screening results from the assessment platform.",
                frequency: "Three times a year",
                targets: [(new DateOnly(y + 1, 2, 15), "48%"), (new DateOnly(y + 1, 6, 1), "55%")])
            .Activity("Train every K-3 teacher in the adopted curriculum.", LiteracyDirector, new DateOnly(y, 8, 18), new DateOnly(y, 8, 20))
            .Activity("Coach every K-3 teacher in six-week cycles.", LiteracyDirector, new DateOnly(y, 9, 15), new DateOnly(y + 1, 6, 5), "Continuous; the coaches log each cycle.");

        var data = plan.AddObjective("Use reading data every six weeks to plan small-group instruction and intervention for every K-3 student.", DataCoordinator);
        Sheet(plan, data,
                "Grade-level data teams meet every six weeks on the screening and progress-monitoring results and place students in intervention.",
                DataCoordinator,
                Resources("the elementary principals and grade-level leaders", "none beyond staff time", "ESE's District and School Assistance Center", "a 45-minute data meeting every six weeks",
                    "the data coordinator", "the data-team protocol"))
            .EarlyEvidence(
                "Data teams meet on schedule and record the placements they agree.",
                measure: "Percentage of scheduled K-3 data-team meetings held with the protocol's record complete.",
                evidence: "Data-team records.",
                frequency: "Every six weeks",
                targets: [(new DateOnly(y, 11, 15), "75%"), (new DateOnly(y + 1, 3, 15), "95%")])
            .ShortTermOutcome(
                "Students in Tier 2 intervention make the expected growth.",
                measure: "Percentage of K-3 students in Tier 2 meeting their six-week growth goal.",
                evidence: "Progress-monitoring results.",
                frequency: "Every six weeks",
                targets: [(new DateOnly(y + 1, 1, 31), "50%"), (new DateOnly(y + 1, 5, 31), "65%")])
            .Activity("Agree the data-team protocol and the intervention decision rules.", DataCoordinator, new DateOnly(y, 8, 25), new DateOnly(y, 9, 5))
            .Activity("Hold the six-weekly data-team meetings in each elementary school.", DataCoordinator, new DateOnly(y, 10, 6), new DateOnly(y + 1, 6, 5), "Every six weeks.");

        var leadership = plan.AddObjective("Lead and monitor the plan through district routines that check every month whether the work reaches classrooms.", Superintendent);
        Sheet(plan, leadership,
                "The District Leadership Team reviews the literacy data every month and the Highlight Discussions with the Plan Monitor follow up its decisions.",
                PlanManager,
                Resources("the District Leadership Team", "none beyond staff time", "the Plan Monitor", "a monthly two-hour meeting",
                    "the Plan Manager", "the literacy dashboard"))
            .EarlyEvidence(
                "The District Leadership Team meets every month with the dashboard and records its decisions.",
                measure: "Number of monthly District Leadership Team meetings held with the dashboard reviewed and decisions recorded.",
                evidence: "Agendas and decision logs.",
                frequency: "Monthly",
                targets: [(new DateOnly(y, 12, 31), "4 of 4"), (new DateOnly(y + 1, 6, 30), "10 of 10")])
            .ShortTermOutcome(
                "Decisions of the District Leadership Team are carried out by the next meeting.",
                measure: "Percentage of recorded decisions carried out by the next meeting.",
                evidence: "Decision logs.",
                frequency: "Quarterly",
                targets: [(new DateOnly(y + 1, 3, 31), "70%"), (new DateOnly(y + 1, 6, 30), "85%")])
            .Activity("Build the literacy dashboard from the screening and learning-walk data.", DataCoordinator, new DateOnly(y, 8, 11), new DateOnly(y, 9, 12))
            .Activity("Hold the monthly District Leadership Team review and the Highlight Discussions.", Superintendent, new DateOnly(y, 9, 22), new DateOnly(y + 1, 6, 22), "Monthly.");

        var ppi = plan.AddFinalOutcome(
            "The district meets its Progress and Performance Index (PPI) targets for all students and for high-needs students.",
            "Annual PPI for the aggregate and the high-needs groups, from ESE's accountability data.",
            "Annual PPI of 75 or higher for both groups in each year of the plan.",
            new DateOnly(y + 1, 8, 31));
        plan.SetPpiTargets(ppi.Id, [.. new[] { y, y + 1 }.SelectMany(year => PpiGroupFacts.All.Select(group => new PpiTarget(year, group, 75)))]);
        plan.AddFinalOutcome(
            "Third graders read at grade level.",
            "Percentage of grade 3 students meeting or exceeding expectations on MCAS English language arts.",
            "40% or more at the end of the first year; 48% or more at the end of the second.",
            new DateOnly(y + 1, 8, 31));
        return plan;
    }
}
