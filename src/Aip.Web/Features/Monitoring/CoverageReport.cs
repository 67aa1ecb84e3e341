using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.Plans;
using Aip.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Monitoring;

/// <summary>One plan item and where it stands against the three-month coverage rule.</summary>
public sealed record CoverageRow(PlanItem Item, ItemCoverage Coverage);

/// <summary>
/// The coverage of a plan in force (guidance §7: over any three months the discussions address every aspect of the plan),
/// from the plan items each discussion's Minutes record as discussed, counted from the plan's approval to today.
/// </summary>
public static class CoverageReport
{
    public static async Task<(IReadOnlyList<CoverageRow> Rows, DateOnly? NextDiscussion)> ForAsync(AipDbContext db, Plan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        var today = Dates.Day(now);
        var held = await db.Minutes.AsNoTracking().Where(m => m.PlanId == plan.Id && m.DiscussionDay <= today).ToListAsync();
        var next = await db.HighlightDiscussions.AsNoTracking()
            .Where(d => d.PlanId == plan.Id && d.Status == DiscussionStatus.Scheduled && d.StartsAt > now)
            .OrderBy(d => d.StartsAt).Select(d => (DateTimeOffset?)d.StartsAt).FirstOrDefaultAsync();
        var nextDay = next is { } at ? Dates.Day(at) : (DateOnly?)null;
        if (plan.ApprovedAt is not { } approved)
        {
            return ([], nextDay);
        }

        var start = Dates.Day(approved);
        var rows = PlanItems.Of(plan)
            .Select(item => new CoverageRow(item, Coverage.For(item.Id, start, today,
                held.Where(m => m.DiscussedItems.Contains(item.Id)).Select(m => m.DiscussionDay), nextDay)))
            .ToList();
        return (rows, nextDay);
    }
}
