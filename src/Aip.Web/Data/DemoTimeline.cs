namespace Aip.Web.Data;

/// <summary>
/// When the demo's history happened, counted back from the moment it is seeded so that it always reads as recent:
/// Riverton submitted its plan about eight months ago, ESE approved it about seven months ago (before the school year
/// it covers, when seeded in the 2026–27 school year) and the district recorded an amendment about two months ago;
/// Lakeside submitted its plan about six weeks ago, ESE returned it for revision about a month ago, and Lakeside
/// submitted the revised plan last week. What the demo adds to the approved plan later (Highlight Discussions, …)
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

    /// <summary>Lakeside's first submission, about six weeks ago; ESE returned it for revision about a month ago.</summary>
    public DateTimeOffset LakesideFirstSubmitted => Now.AddDays(-41);

    public DateTimeOffset LakesideReviewStarted => LakesideFirstSubmitted.AddDays(3);

    public DateTimeOffset LakesideReturned => Now.AddDays(-30);

    /// <summary>Lakeside's revised plan, submitted again last week.</summary>
    public DateTimeOffset LakesideSubmitted => Now.AddDays(-6);

    /// <summary>
    /// The demo's monthly Highlight Discussions of Riverton's plan, at 15:30 Massachusetts time: six with final Minutes, one a
    /// month from six months ago to last month, and a seventh held five days ago (or the school day nearest), whose draft is under review.
    /// </summary>
    public DateTimeOffset DemoDiscussion(int index) =>
        At(index == DemoHeldDiscussions - 1 ? Now.AddDays(-5) : Now.AddMonths(index - (DemoHeldDiscussions - 1)).AddDays(-3));

    public const int DemoHeldDiscussions = 7;

    /// <summary>Next month's discussion, scheduled yesterday with more than a week's notice.</summary>
    public DateTimeOffset NextDemoDiscussion => At(Now.AddDays(16));

    /// <summary>15:30 on the school day nearest <paramref name="day"/>: a Saturday moves back to Friday, a Sunday on to Monday.</summary>
    private static DateTimeOffset At(DateTimeOffset day)
    {
        var date = Aip.Domain.Common.Dates.Day(day);
        date = date.DayOfWeek switch { DayOfWeek.Saturday => date.AddDays(-1), DayOfWeek.Sunday => date.AddDays(1), _ => date };
        return Aip.Domain.Common.Dates.At(date, new TimeOnly(15, 30));
    }
}
