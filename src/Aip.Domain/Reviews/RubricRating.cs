namespace Aip.Domain.Reviews;

/// <summary>The four levels of the Level 4 District AIP Rubric (Appendix D), lowest first.</summary>
public enum RubricRating
{
    Developing = 1,
    Emerging = 2,
    ReadyToImplement = 3,
    Strong = 4,
}

public static class RubricRatingFacts
{
    public static IReadOnlyList<RubricRating> All { get; } =
        [RubricRating.Developing, RubricRating.Emerging, RubricRating.ReadyToImplement, RubricRating.Strong];

    public static string DisplayName(this RubricRating rating) => rating switch
    {
        RubricRating.Developing => "Developing",
        RubricRating.Emerging => "Emerging",
        RubricRating.ReadyToImplement => "Ready to implement",
        RubricRating.Strong => "Strong",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };

    /// <summary>What the district does next with a plan given this overall rating, in the rubric's words (Appendix D).</summary>
    public static string NextStep(this RubricRating rating) => rating switch
    {
        RubricRating.Developing => "Revise",
        RubricRating.Emerging => "Strengthen some key areas to maximize potential impact on improving student outcomes and teaching and learning.",
        RubricRating.ReadyToImplement => "Implement, but continue refining during implementation.",
        RubricRating.Strong => "Implement. Refine as needed to make mid-course corrections.",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };

    /// <summary>The rubric's definition of the level as an overall rating of the plan.</summary>
    public static string Definition(this RubricRating rating) => rating switch
    {
        RubricRating.Developing => "The plan does not closely follow criteria outlined in “Guidance for Districts” or key evaluation criteria. The plan lacks clarity, coherency and focus. The plan is unlikely to lead to accelerated and sustainable improvements in teaching, learning and student outcomes.",
        RubricRating.Emerging => "Meets most basic criteria outlined in “Guidance for Districts.”",
        RubricRating.ReadyToImplement => "Meets basic criteria in “Guidance for Districts” and addresses key evaluation criteria. The plan may need further refinements during implementation to ensure intended improvements in teaching, learning and student outcomes are met and sustained.",
        RubricRating.Strong => "Fully meets the criteria outlined in “Guidance for Districts” and key evaluation criteria. Represents most promising plan given currently known data. The plan is coherent and focused and lays down a pathway for success that is likely to lead to accelerated improvements in teaching, learning and student achievement. Plan clearly identifies capacity building measures to promote sustainable improvement.",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };
}
