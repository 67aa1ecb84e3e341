using Aip.Domain.Monitoring;

namespace Aip.Domain.Dashboards;

/// <summary>
/// One line of a person's "what is due": what to do (or know), by when, and the exact place to do it. Lines that need the
/// person's action come before those for information; among them the overdue first, then the soonest due, then the undated.
/// </summary>
public sealed record DueItem(string What, Deadline? Due, string Link, bool NeedsAction = true)
{
    /// <summary>"due 4 December 2026 (in 3 days)", "due today", "overdue by 2 days (was due …)", or nothing when undated.</summary>
    public string? Describe(DateOnly today) => Due?.Describe(today);

    public bool IsOverdue(DateOnly today) => Due?.Standing(today) == DeadlineStanding.Overdue;

    /// <summary>The order of a list: action before information, then by due day (undated last), then by what.</summary>
    public static IReadOnlyList<DueItem> Ordered(IEnumerable<DueItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return [.. items.OrderBy(i => i.NeedsAction ? 0 : 1)
            .ThenBy(i => i.Due?.DueOn ?? DateOnly.MaxValue)
            .ThenBy(i => i.What, StringComparer.Ordinal)];
    }
}

/// <summary>
/// The lines of one district (or of everything, for ESE), under a heading that links to it; <see cref="Hidden"/> lines
/// after them are left out (<see cref="FirstOf"/>), <see cref="HiddenOverdue"/> of which are overdue.
/// </summary>
public sealed record DueGroup(string Heading, string Link, IReadOnlyList<DueItem> Items, int Hidden = 0, int HiddenOverdue = 0)
{
    /// <summary>How many lines of a group a home page shows before "Show all": ESE's group alone may hold hundreds.</summary>
    public const int HomeLines = 15;

    /// <summary>Overdue lines, shown or not.</summary>
    public int Overdue(DateOnly today) => Items.Count(i => i.IsOverdue(today)) + HiddenOverdue;

    /// <summary>The first <paramref name="count"/> lines (the most urgent, as the items are <see cref="DueItem.Ordered"/>), counting the rest.</summary>
    public DueGroup FirstOf(int count, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (Items.Count <= count)
        {
            return this;
        }

        var rest = Items.Skip(count).ToList();
        return this with
        {
            Items = [.. Items.Take(count)],
            Hidden = Hidden + rest.Count,
            HiddenOverdue = HiddenOverdue + rest.Count(i => i.IsOverdue(today)),
        };
    }
}
