namespace Aip.Domain.Reviews;

/// <summary>The part of the plan a review comment is pinned to.</summary>
public enum CommentArea
{
    Plan = 1,
    Section1 = 2,
    Objective = 3,
    Initiative = 4,
    Benchmark = 5,
    Activity = 6,
    FinalOutcomes = 7,
}

/// <summary>
/// Where a comment is pinned: an area, and the id of the objective, initiative, benchmark or activity it is about
/// (required for those areas), or of one final outcome (optional). The plan as a whole and Section 1 take no id.
/// </summary>
public sealed record CommentPlace(CommentArea Area, Guid? ItemId = null)
{
    public static CommentPlace WholePlan { get; } = new(CommentArea.Plan);
}
