using Aip.Domain.Common;

namespace Aip.Domain.Reviews;

/// <summary>A group of the guiding questions (Appendix E), lettered A to E after the rubric criterion it follows.</summary>
public sealed record GuidingQuestionGroup(char Letter, string Title);

/// <summary>One of the 15 guiding questions; some have bulleted prompts under them.</summary>
public sealed record GuidingQuestion(GuidingQuestionGroup Group, int Number, string Text, IReadOnlyList<string> Prompts);

/// <summary>
/// The guiding questions of Appendix E, in the guidance's words: the district's self-check of its plan before it is
/// submitted, and a framework for evaluating it afterwards. Numbered 1 to 15 across the groups.
/// </summary>
public static class GuidingQuestions
{
    private static readonly GuidingQuestionGroup Focus = new('A', "Provides Focus");
    private static readonly GuidingQuestionGroup InstructionalCore = new('B', "Quickly Targets the Instructional Core");
    private static readonly GuidingQuestionGroup RootCauses = new('C', "Addresses Systemic Root Causes");
    private static readonly GuidingQuestionGroup TrackingProgress = new('D', "Useful for Tracking Progress");
    private static readonly GuidingQuestionGroup Capacity = new('E', "Builds Long-Term Capacity");

    public static IReadOnlyList<GuidingQuestionGroup> Groups { get; } = [Focus, InstructionalCore, RootCauses, TrackingProgress, Capacity];

    public static IReadOnlyList<GuidingQuestion> All { get; } =
    [
        // A. Provides Focus
        new(Focus, 1, "When you read this plan, do you understand what needs to be done differently in the district and why?", []),
        new(Focus, 2, "What makes this plan likely to lead to rapid improvement in teaching, learning, and student achievement across the district this year?", []),
        new(Focus, 3, "How does this plan help communicate to stakeholders that it is a new day in the district, and that they have a role in making it happen?", []),
        new(Focus, 4, "Is this a plan that a district or school leader could easily articulate to others?", []),
        new(Focus, 5, "From the perspective of a teacher or student, to what extent do these strategic objectives and initiatives feel like one coherent, coordinated way of approaching teaching and learning?", []),

        // B. Quickly Targets the Instructional Core
        new(InstructionalCore, 6, "In what ways does this plan target and transform the core instructional practices that are used in every classroom across the district in order to accelerate improvement in teaching, learning, and student achievement?", []),
        new(InstructionalCore, 7, "What is different about this set of district and school-level strategies that will accelerate learning beyond what is currently taking place?", [
            "What exactly will be different for a student on a day-to-day basis a month (or two, four, six months) from now as a result of this work? Is it possible to do all this work and still have students doing what they have always been doing in class?",
            "What exactly will be different for a teacher on a day-to-day basis a month (or two, four, six months) from now as a result of this work? What exactly would be different about the work they do and the supports they receive? How will you know?",
        ]),

        // C. Addresses Systemic Root Causes
        new(RootCauses, 8, "Are you doing the right work at the right level, and how do you know?", []),
        new(RootCauses, 9, "Is it possible to do all this work and see no real and lasting change? If so, what else is needed to impact and dramatically shift adult skills, knowledge, beliefs, and practices related to teaching and learning?", []),

        // D. Useful for Tracking Progress
        new(TrackingProgress, 10, "Do the short-term outcomes and evidence of change:", [
            "Leave little room for interpretation and provide clarity about how adult actions matter?",
            "Seem reasonable and meaningful to collect?",
            "Demonstrate that the district is likely to achieve the desired outcome?",
            "Seem focused and aligned, telling a clear, causal story leading to transformation?",
        ]),
        new(TrackingProgress, 11, "Is it possible to complete all the activities and still not achieve the initiative or strategic objective? If so, what is needed to ensure the right activities are taken to have the desired impact?", []),
        new(TrackingProgress, 12, "Is it possible to meet all the ‘early evidence of change’ and ‘short term outcomes’ outlined in the Plan and still not achieve the final outcomes for student learning for the year? If so, what else is needed to have a better understanding of the impact the activities and initiatives are having on teaching and learning?", [
            "Are the measures rigorous enough to signal real changes in practice?",
            "Are there other measures of adult practice and/or student learning that would be better indicators of progress toward the final outcomes?",
        ]),

        // E. Builds Long-Term Capacity
        new(Capacity, 13, "In what ways does the plan support the creation and/or modification of systems, processes, and policies to ensure the work can be fully implemented and sustained?", []),
        new(Capacity, 14, "In what ways does the Plan shift and/or strengthen:", [
            "Central office responses to staffing, instructional, and operational needs of the schools",
            "Proactive structures for supporting and monitoring district leaders, principals, and teachers and for holding them accountable for achieving ambitious goals",
            "Decision-making processes",
            "Resource allocation, including effective use of human capital",
            "Operational and financial practices",
            "Staffing, schedules, and governance",
            "Identification of schools in need of support through a transparent process",
        ]),
        new(Capacity, 15, "What will prevent teachers, principals, and/or district leaders from seeing this as ‘just one more fad’ and going about their work the way they have always done it? What will it take to get all stakeholders to buy into the work?", []),
    ];

    public static bool Exists(int number) => number >= 1 && number <= All.Count;

    public static GuidingQuestion Get(int number) =>
        Exists(number) ? All[number - 1] : throw new DomainException($"There is no guiding question {number}; they are numbered 1 to {All.Count}.");
}
