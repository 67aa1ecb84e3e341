using Aip.Domain.Monitoring;
using Aip.Domain.Plans;
using Aip.Web.Data;
using Aip.Web.Features.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Evidence;

/// <summary>Minutes that cite an evidence item (section 1a).</summary>
public sealed record Citation(Guid DiscussionId, DateOnly Day, MinutesStage Stage);

public sealed record EvidenceRow(EvidenceItem Item, IReadOnlyList<string> Supports, IReadOnlyList<Citation> CitedIn);

/// <summary>The library's filters, as the query string carries them.</summary>
public sealed record EvidenceFilter(Guid? Initiative = null, Guid? Benchmark = null, EvidenceKind? Kind = null, string? Quarter = null, bool NotCited = false)
{
    public bool Any => Initiative is not null || Benchmark is not null || Kind is not null || SchoolQuarter.Parse(Quarter) is not null || NotCited;
}

/// <summary>An evidence item as section 1a lists it.</summary>
public sealed record EvidenceSummary(Guid Id, string Title, EvidenceKind Kind, DateOnly CollectedOn);

/// <summary>Section 1a's inventory: evidence listed by initiative (guidance Appendix F).</summary>
public sealed record EvidenceGroup(string Initiative, IReadOnlyList<EvidenceSummary> Items);

/// <summary>
/// The plan's evidence library: every item with where it is cited, filtered in memory (a plan holds tens of items, and the
/// initiatives and benchmarks an item supports are a JSON list no provider can search alike).
/// </summary>
public static class EvidenceLibrary
{
    public static async Task<IReadOnlyList<EvidenceRow>> RowsAsync(AipDbContext db, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        var items = await db.EvidenceItems.AsNoTracking().Include(e => e.Files).Where(e => e.PlanId == plan.Id).ToListAsync();
        var citations = await CitationsAsync(db, plan.Id);
        var labels = PlanItems.Of(plan);
        return [.. items.OrderByDescending(e => e.CollectedOn).ThenByDescending(e => e.AddedAt)
            .Select(e => new EvidenceRow(e, [.. e.Supports.Select(labels.Label)], citations.GetValueOrDefault(e.Id) ?? []))];
    }

    public static async Task<Dictionary<Guid, List<Citation>>> CitationsAsync(AipDbContext db, Guid planId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var minutes = await db.Minutes.AsNoTracking().Where(m => m.PlanId == planId).OrderBy(m => m.DiscussionDay).ToListAsync();
        return minutes.SelectMany(m => m.CitedEvidence.Select(id => (id, new Citation(m.DiscussionId, m.DiscussionDay, m.Stage))))
            .GroupBy(c => c.id).ToDictionary(g => g.Key, g => g.Select(c => c.Item2).ToList());
    }

    public static IReadOnlyList<EvidenceRow> Filter(this IReadOnlyList<EvidenceRow> rows, Plan plan, EvidenceFilter filter)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(filter);
        var initiative = filter.Initiative is { } id ? plan.Objectives.SelectMany(o => o.Initiatives).FirstOrDefault(i => i.Id == id) : null;
        var quarter = SchoolQuarter.Parse(filter.Quarter);
        return [.. rows.Where(r =>
            (filter.Initiative is null || (initiative is not null && r.Item.SupportsInitiative(initiative)))
            && (filter.Benchmark is not { } benchmark || r.Item.Supports.Contains(benchmark))
            && (filter.Kind is not { } kind || r.Item.Kind == kind)
            && (quarter is not { } q || SchoolQuarter.Of(r.Item.CollectedOn) == q)
            && (!filter.NotCited || r.CitedIn.Count == 0))];
    }

    /// <summary>
    /// The items by initiative in plan order (an item under each initiative it supports, or under only the first with
    /// <paramref name="firstOnly"/>, as the Minutes' checkboxes list it once); items that support no initiative last.
    /// </summary>
    public static IReadOnlyList<EvidenceGroup> ByInitiative(Plan plan, IEnumerable<EvidenceItem> items, bool firstOnly = false)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(items);
        var remaining = items.OrderBy(e => e.CollectedOn).ThenBy(e => e.Title, StringComparer.Ordinal).ToList();
        var listed = new HashSet<Guid>();
        var groups = new List<EvidenceGroup>();
        foreach (var initiative in plan.Objectives.SelectMany(o => o.Initiatives))
        {
            var here = remaining.Where(e => e.SupportsInitiative(initiative) && (!firstOnly || !listed.Contains(e.Id))).ToList();
            if (here.Count > 0)
            {
                groups.Add(new($"Initiative {initiative.Number}: {initiative.Description}", [.. here.Select(Summary)]));
                listed.UnionWith(here.Select(e => e.Id));
            }
        }

        var elsewhere = remaining.Where(e => !listed.Contains(e.Id)).ToList();
        if (elsewhere.Count > 0)
        {
            groups.Add(new("Not tied to an initiative", [.. elsewhere.Select(Summary)]));
        }

        return groups;
    }

    /// <summary>"Evidence added between meetings appears in the next agenda": added after the previous discussion began, until this one.</summary>
    public static async Task<IReadOnlyList<EvidenceItem>> AddedBeforeAsync(AipDbContext db, HighlightDiscussion discussion)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(discussion);
        var previous = await db.HighlightDiscussions.AsNoTracking()
            .Where(d => d.PlanId == discussion.PlanId && d.Status == DiscussionStatus.Scheduled && d.StartsAt < discussion.StartsAt)
            .OrderByDescending(d => d.StartsAt).Select(d => (DateTimeOffset?)d.StartsAt).FirstOrDefaultAsync();
        var items = db.EvidenceItems.AsNoTracking().Where(e => e.PlanId == discussion.PlanId && e.AddedAt < discussion.StartsAt);
        if (previous is { } since)
        {
            items = items.Where(e => e.AddedAt >= since);
        }

        return await items.OrderBy(e => e.AddedAt).ToListAsync();
    }

    private static EvidenceSummary Summary(EvidenceItem item) => new(item.Id, item.Title, item.Kind, item.CollectedOn);
}
