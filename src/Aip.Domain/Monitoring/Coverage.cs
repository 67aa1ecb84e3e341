namespace Aip.Domain.Monitoring;

/// <summary>Where one plan item stands against "over any three-month period the discussions address all aspects of the plan".</summary>
/// <param name="LastDiscussed">The last discussion that addressed it, if any.</param>
/// <param name="CoverBy">The last day the current three-month window allows before it must be discussed again.</param>
/// <param name="EveryWindowCovered">Whether every three-month window of the plan's life so far included a discussion of it.</param>
/// <param name="AtRisk">Whether the next scheduled discussion (or none) comes after <paramref name="CoverBy"/>.</param>
public sealed record ItemCoverage(Guid ItemId, DateOnly? LastDiscussed, DateOnly CoverBy, bool EveryWindowCovered, bool AtRisk);

/// <summary>
/// The three-month coverage rule (guidance §7), per objective, initiative or benchmark: an item is covered in a window
/// when a discussion in it addressed the item, so no gap between its discussions (counted from the plan's approval, up to
/// today) may exceed three calendar months.
/// </summary>
public static class Coverage
{
    public const int WindowMonths = 3;

    public static ItemCoverage For(Guid itemId, DateOnly planStart, DateOnly today, IEnumerable<DateOnly> discussedOn, DateOnly? nextDiscussion)
    {
        ArgumentNullException.ThrowIfNull(discussedOn);
        var days = discussedOn.Where(d => d >= planStart && d <= today).Distinct().Order().ToList();
        var covered = true;
        var previous = planStart;
        foreach (var day in days)
        {
            covered &= day <= previous.AddMonths(WindowMonths);
            previous = day;
        }

        var coverBy = previous.AddMonths(WindowMonths);
        covered &= today <= coverBy;
        var atRisk = nextDiscussion is not { } next || next > coverBy;
        return new(itemId, days.Count == 0 ? null : days[^1], coverBy, covered, atRisk);
    }
}

/// <summary>The guidance's suggested theme for a month's discussion (§8); July has none.</summary>
public static class DiscussionThemes
{
    public static string? For(int month) => month switch
    {
        8 => "Summer work; last year's MCAS and PPI results; where the district stands on the road to exit.",
        9 or 10 => "Baseline data for the early evidence of change and the short-term outcomes.",
        11 or 12 or (>= 1 and <= 6) => "Accomplishments, challenges, risks, modifications and next steps.",
        7 => null,
        _ => throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12."),
    };

    /// <summary>August's theme asks where the district stands on the road to exit: its page links to the continuum reflections.</summary>
    public static bool IsRoadToExit(int month) => month == 8;
}
