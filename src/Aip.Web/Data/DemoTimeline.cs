namespace Aip.Web.Data;

/// <summary>
/// When the demo's history happened, counted back from the moment it is seeded so that it always reads as recent:
/// Riverton submitted its plan about eight months ago, ESE approved it about seven months ago (before the school year
/// it covers, when seeded in the 2026–27 school year) and the district recorded an amendment about two months ago;
/// Lakeside submitted its plan last week. What the demo adds to the approved plan later (Highlight Discussions, …)
/// falls between <see cref="RivertonApproved"/> and <see cref="Now"/>.
/// </summary>
public sealed record DemoTimeline(DateTimeOffset Now)
{
    public DateTimeOffset RivertonSubmitted => Now.AddMonths(-8);

    public DateTimeOffset RivertonReviewStarted => RivertonSubmitted.AddDays(5);

    /// <summary>At least six and a half months before now, so that six months of monthly discussions fit after it.</summary>
    public DateTimeOffset RivertonApproved => Now.AddMonths(-7);

    public DateTimeOffset RivertonAmendmentStarted => RivertonAmended.AddDays(-8);

    public DateTimeOffset RivertonAmended => Now.AddMonths(-2);

    public DateTimeOffset LakesideSubmitted => Now.AddDays(-6);
}
