namespace Aip.Domain.RoadToExit;

/// <summary>Appendix M's three columns: how far the district has taken on the roles of Plan Manager and Plan Monitor.</summary>
public enum ContinuumStage
{
    EarlyImplementation = 1,
    TransitionalImplementation = 2,
    PracticesEmbedded = 3,
}

/// <summary>The exit criteria of Appendix N (A–E), which Appendix M follows for B–E.</summary>
public enum ExitCriterion
{
    DemonstrateImprovedAchievement = 1,
    Define = 2,
    Execute = 3,
    Monitor = 4,
    Modify = 5,
}

/// <summary>The sub-areas of criteria B–E, in the appendices' order.</summary>
public enum ContinuumArea
{
    SelfAssess = 1,
    SetGoals = 2,
    CraftPlan = 3,
    OwnTheExecution = 4,
    ImplementEffectively = 5,
    DevelopLeadership = 6,
    CollectAndDiscussData = 7,
    ManageTimelinesAndRoutines = 8,
    ReportResults = 9,
    MakeMidCourseCorrections = 10,
}

/// <summary>
/// Appendix M, "Shifting roles on the road to exit", word for word: each sub-area's cell for each stage (paragraphs on lines of
/// their own), with the criteria's headings, and Appendix N's benchmark for each sub-area.
/// </summary>
public static class Continuum
{
    public static IReadOnlyList<ContinuumStage> Stages { get; } = Enum.GetValues<ContinuumStage>();

    public static IReadOnlyList<ContinuumArea> Areas { get; } = Enum.GetValues<ContinuumArea>();

    /// <summary>The criteria a reflection covers (A "does not involve shifting roles").</summary>
    public static IReadOnlyList<ExitCriterion> ReflectedCriteria { get; } =
        [ExitCriterion.Define, ExitCriterion.Execute, ExitCriterion.Monitor, ExitCriterion.Modify];

    public const string AchievementNote = "This exit criterion does not involve shifting roles.";

    public static string DisplayName(this ContinuumStage stage) => stage switch
    {
        ContinuumStage.EarlyImplementation => "Early Implementation",
        ContinuumStage.TransitionalImplementation => "Transitional Implementation",
        ContinuumStage.PracticesEmbedded => "Practices Embedded",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    public static string Letter(this ExitCriterion criterion) => criterion switch
    {
        ExitCriterion.DemonstrateImprovedAchievement => "A",
        ExitCriterion.Define => "B",
        ExitCriterion.Execute => "C",
        ExitCriterion.Monitor => "D",
        ExitCriterion.Modify => "E",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };

    /// <summary>The criterion's heading as Appendix M writes it.</summary>
    public static string Title(this ExitCriterion criterion) => criterion switch
    {
        ExitCriterion.DemonstrateImprovedAchievement => "Demonstrate improved student achievement",
        ExitCriterion.Define => "Define a narrow set of strategic objectives to accelerate student learning",
        ExitCriterion.Execute => "Execute well-defined initiatives with relentless focus on implementation",
        ExitCriterion.Monitor => "Monitor systematically the impact of the initiatives",
        ExitCriterion.Modify => "Modify initiatives to achieve greater impact",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };

    /// <summary>"B. Define a narrow set of strategic objectives to accelerate student learning".</summary>
    public static string Heading(this ExitCriterion criterion) => $"{criterion.Letter()}. {criterion.Title()}";

    public static ExitCriterion Criterion(this ContinuumArea area) => area switch
    {
        ContinuumArea.SelfAssess or ContinuumArea.SetGoals or ContinuumArea.CraftPlan => ExitCriterion.Define,
        ContinuumArea.OwnTheExecution or ContinuumArea.ImplementEffectively or ContinuumArea.DevelopLeadership => ExitCriterion.Execute,
        ContinuumArea.CollectAndDiscussData or ContinuumArea.ManageTimelinesAndRoutines or ContinuumArea.ReportResults => ExitCriterion.Monitor,
        ContinuumArea.MakeMidCourseCorrections => ExitCriterion.Modify,
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, null),
    };

    public static IReadOnlyList<ContinuumArea> AreasOf(ExitCriterion criterion) => [.. Areas.Where(a => a.Criterion() == criterion)];

    public static string DisplayName(this ContinuumArea area) => area switch
    {
        ContinuumArea.SelfAssess => "Self-Assess",
        ContinuumArea.SetGoals => "Set Goals",
        ContinuumArea.CraftPlan => "Craft Plan",
        ContinuumArea.OwnTheExecution => "Own the Execution",
        ContinuumArea.ImplementEffectively => "Implement Effectively",
        ContinuumArea.DevelopLeadership => "Develop Leadership",
        ContinuumArea.CollectAndDiscussData => "Collect and Discuss Data",
        ContinuumArea.ManageTimelinesAndRoutines => "Manage Timelines and Routines",
        ContinuumArea.ReportResults => "Report Results",
        ContinuumArea.MakeMidCourseCorrections => "Make Mid-Course Corrections",
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, null),
    };

    /// <summary>Appendix M's cell for the sub-area at the stage.</summary>
    public static string Cell(this ContinuumArea area, ContinuumStage stage) => (area, stage) switch
    {
        (ContinuumArea.SelfAssess, ContinuumStage.EarlyImplementation) =>
            "Plan Manager facilitates district leaders in conducting initial assessment to understand the current context of the district and identify human capacity, systemic, and structural issues affecting student achievement.",
        (ContinuumArea.SelfAssess, ContinuumStage.TransitionalImplementation) =>
            "District (re)assesses district context, including human capacity, systemic, and structural issues affecting student achievement with support of Plan Manager.",
        (ContinuumArea.SelfAssess, ContinuumStage.PracticesEmbedded) =>
            "District (re)assesses district context, including human capacity, systemic, and structural issues affecting student achievement without Plan Manager support.",

        (ContinuumArea.SetGoals, ContinuumStage.EarlyImplementation) =>
            "Plan Manager works with district leaders as they articulate a vision, theory of action, a few clear strategies and specific, measurable, rigorous, and time-bound student performance goals.",
        (ContinuumArea.SetGoals, ContinuumStage.TransitionalImplementation) =>
            "District leads the process of (re)articulating a vision, theory of action, a few clear strategies and specific, measurable, rigorous, and time-bound student performance goals, with support from Plan Manager.",
        (ContinuumArea.SetGoals, ContinuumStage.PracticesEmbedded) =>
            "District leads the process of (re)articulating a vision, theory of action, a few clear strategies and specific, measurable, rigorous, and time-bound student performance goals, without support from Plan Manager.",

        (ContinuumArea.CraftPlan, ContinuumStage.EarlyImplementation) =>
            """
            Plan Manager models and/or supports the writing of the plan and works with district to ensure that it meets the five criteria.
            Plan Manager models the self-assessment of the Plan using the guiding questions and rubric.
            """,
        (ContinuumArea.CraftPlan, ContinuumStage.TransitionalImplementation) =>
            """
            Plan Manager supports the district in writing the Plan to meet the five criteria.
            District self-assesses using the guiding questions and rubric, with support from the Plan Manager.
            """,
        (ContinuumArea.CraftPlan, ContinuumStage.PracticesEmbedded) =>
            """
            District writes/ documents the Plan in a way that meets the five criteria.
            District self-assesses using the guiding questions and rubric.
            """,

        (ContinuumArea.OwnTheExecution, ContinuumStage.EarlyImplementation) =>
            "Plan Manager may model coordination of district staff to ensure effective implementation.",
        (ContinuumArea.OwnTheExecution, ContinuumStage.TransitionalImplementation) =>
            "District, with Plan Manager support, coordinates staff to ensure effective implementation.",
        (ContinuumArea.OwnTheExecution, ContinuumStage.PracticesEmbedded) =>
            "District, without Plan Manager support, coordinates staff to ensure effective implementation.",

        (ContinuumArea.ImplementEffectively, ContinuumStage.EarlyImplementation) =>
            """
            Plan Manager works with district to develop and implement key systems, structures, tools, protocols, and supports needed to implement the plan.
            Plan Manager models and coaches district leaders in planning, facilitating, and documenting some key district meetings (e.g., highlight discussions, DILT, principal meetings).
            """,
        (ContinuumArea.ImplementEffectively, ContinuumStage.TransitionalImplementation) =>
            """
            District, with Plan Manager Support, develops and implements key systems, structures, tools, protocols, and supports needed to implement the plan.
            District leaders plan, facilitate, and document key meetings, with Plan Manager as coach when needed.
            """,
        (ContinuumArea.ImplementEffectively, ContinuumStage.PracticesEmbedded) =>
            """
            District, without Plan Manager Support, develops and implements key systems, structures, tools, protocols, and supports needed to implement the plan.
            District leaders plan, facilitate, and document key meetings without Plan Manager support.
            """,

        (ContinuumArea.DevelopLeadership, ContinuumStage.EarlyImplementation) =>
            "Plan Manager works with district to identify and involve qualified individuals to help implement key initiatives.",
        (ContinuumArea.DevelopLeadership, ContinuumStage.TransitionalImplementation) =>
            "District identifies and involves qualified individuals (gets the right people on the bus) to help implement key initiatives, with Plan Manager support.",
        (ContinuumArea.DevelopLeadership, ContinuumStage.PracticesEmbedded) =>
            "District, without Plan Manager support, has an established culture and systems for identifying people with skills needed to implement the work (chosen by skill rather than title).",

        (ContinuumArea.CollectAndDiscussData, ContinuumStage.EarlyImplementation) =>
            """
            Plan manager facilitates the collection and presentation of data for use at district and school meetings with input from the district, ensuring that data/evidence is carefully selected to show progress on key initiatives.
            Plan Manager and Monitor may tend to be the ones to raise discussions about unfavorable data.
            """,
        (ContinuumArea.CollectAndDiscussData, ContinuumStage.TransitionalImplementation) =>
            """
            District manages processes for ongoing collection and analysis of data to show impact of key initiatives, with support from Plan Manager.
            District and Plan Manager work together to make data public and engage stakeholders in discussing it openly, whether favorable or unfavorable.
            """,
        (ContinuumArea.CollectAndDiscussData, ContinuumStage.PracticesEmbedded) =>
            """
            District manages processes for ongoing collection and analysis of data to show impact of key initiatives
            Frequent public discussion of data, including unfavorable data, is an accepted part of the district’s culture.
            """,

        (ContinuumArea.ManageTimelinesAndRoutines, ContinuumStage.EarlyImplementation) =>
            """
            Plan Manager facilitates and models management of implementation timelines, raising any issues to the Superintendent.
            Plan Manager may plan and/or facilitate monthly highlight discussions, with input from the district.  Monitor drives the discussion with prepared questions.
            """,
        (ContinuumArea.ManageTimelinesAndRoutines, ContinuumStage.TransitionalImplementation) =>
            """
            District oversees implementation timelines with support from the Plan Manager, raising any issues to the Superintendent/DILT as needed.
            District plans and facilitates all aspects of monthly highlight discussions, including gathering evidence, preparing for the meeting, and presenting at the meeting, with the support of Plan Manager as needed. Monitor continues to ask questions as needed.
            """,
        (ContinuumArea.ManageTimelinesAndRoutines, ContinuumStage.PracticesEmbedded) =>
            """
            District oversees implementation timelines without support from a Plan Manager.
            District asks itself hard questions at monthly highlight discussions. Monitor primarily listens.
            """,

        (ContinuumArea.ReportResults, ContinuumStage.EarlyImplementation) =>
            """
            Monitor writes Quarterly Progress Report (QPR); district provides factual corrections.
            Monitor presents QPR to School Committee.
            """,
        (ContinuumArea.ReportResults, ContinuumStage.TransitionalImplementation) =>
            """
            Monitor writes Quarterly Progress Report (QPR); district provides factual corrections.
            Monitor and Superintendent co-present QPR.
            """,
        (ContinuumArea.ReportResults, ContinuumStage.PracticesEmbedded) =>
            """
            Superintendent writes a report on plan progress at least quarterly, with support of the Plan Manager and feedback from the Monitor.
            Superintendent presents reports on progress to school committee and other stakeholders at least quarterly. Monitor observes and provides feedback after each presentation.
            """,

        (ContinuumArea.MakeMidCourseCorrections, ContinuumStage.EarlyImplementation) =>
            """
            Modifications and mid-course adjustments to the plan may be driven primarily by suggestions from the Plan Monitor and/or Plan Manager.
            Plan Manager and Plan Monitor may tend to be the ones to identify barriers to the success of the plan.
            """,
        (ContinuumArea.MakeMidCourseCorrections, ContinuumStage.TransitionalImplementation) =>
            """
            Modifications and mid-course adjustments to the plan are driven jointly by the district, Plan Manager, and Plan Monitor.
            District pro-actively identifies and responds to remove barriers to the success of the plan, with support from the Plan Manager and Plan Monitor.
            """,
        (ContinuumArea.MakeMidCourseCorrections, ContinuumStage.PracticesEmbedded) =>
            """
            The district makes midcourse corrections systematically, thoughtfully, and effectively without significant support from the Plan Manager or Plan Monitor.
            District pro-actively identifies and responds to remove barriers to the success of the plan, without significant support from the Plan Manager or Plan Monitor.
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, null),
    };

    /// <summary>Appendix N's benchmark for the sub-area, which ESE's evidence for exit speaks to.</summary>
    public static string ExitBenchmark(this ContinuumArea area) => area switch
    {
        ContinuumArea.SelfAssess => "Analyze a range of data to fully understand the context, needs, and assets of the district.",
        ContinuumArea.SetGoals => "District articulates a vision, theory of action a few clear strategies, and student performance goals to target and transform core instructional practices at all levels of the district in a way that impacts students, teachers, and families.",
        ContinuumArea.CraftPlan => "District defines and operates with a clear and widely understood definition of effective instruction and what quality implementation of the initiatives looks like.",
        ContinuumArea.OwnTheExecution => "District and school committee use the plan to focus and drive all major work at the district and school level, including decisions about policy, budget, hiring, and other resource allocation. School committee and educators at the district, school, and classroom level demonstrate ownership of the district’s strategies and outcomes, and work with urgency to achieve them, holding themselves, colleagues, and students mutually accountable to high expectations.",
        ContinuumArea.ImplementEffectively => "District, school, and classroom educators are provided with time, resources, support, and useful feedback to implement strategic objectives and related initiatives in order to reach the outcomes.",
        ContinuumArea.DevelopLeadership => "District involves and builds the capacity of a sufficient number of qualified district and school personnel in order to establish a critical mass of individuals to drive the work forward. School Committee and district leadership recruit, hire, train, support, and retain quality staff, as well as plan for transitions and succession, so that the plan can be carried out effectively and sustainably.",
        ContinuumArea.CollectAndDiscussData => "District has consistent, rigorous district-wide expectations for implementation of assessments, for dissemination of data, and for professional development and support for the use of data to inform instruction. Educators at all levels openly encourage discussion of data that may be off-target or unfavorable, seeing it as an opportunity to highlight areas for improvement and/or modification.",
        ContinuumArea.ManageTimelinesAndRoutines => "District leaders, school leaders, and teachers regularly reflect on progress toward goals and benchmarks using a range of pre-determined, high-leverage evidence that includes regular observations of classroom instruction by district and school leaders, with a focus on outcomes.",
        ContinuumArea.ReportResults => "Progress toward outcomes and modifications of priorities are communicated broadly to students, faculty, school committee, families, and community stakeholders frequently and through a variety of means.",
        ContinuumArea.MakeMidCourseCorrections => "District and school educators respond by making mid-course corrections such as: changing instructional practice; (re)prioritizing initiatives; re-allocating human and financial resources; initiating, modifying, or discontinuing programs and services; or responding proactively to remove barriers to success of the plan.",
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, null),
    };

    /// <summary>The school year a day falls in (July to June), named by the calendar year it begins in.</summary>
    public static int SchoolYearOf(DateOnly day) => day.Month >= 7 ? day.Year : day.Year - 1;
}
