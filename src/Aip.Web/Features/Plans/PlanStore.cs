using Aip.Domain.Districts;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Domain.Versions;
using Aip.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Plans;

/// <summary>
/// Loads a whole plan aggregate for a command, and the records that go with it, and saves the unit of work. Loading
/// uses split queries: a fixed number of SQL commands whatever the plan's size.
/// </summary>
public sealed class PlanStore(AipDbContext db, CompiledReads reads)
{
    public Task<Plan?> LoadAsync(Guid planId, bool tracking = true)
    {
        var plans = tracking ? db.Plans : db.Plans.AsNoTracking();
        return plans
            .Include(p => p.Objectives).ThenInclude(o => o.Initiatives).ThenInclude(i => i.Benchmarks).ThenInclude(b => b.Targets)
            .Include(p => p.Objectives).ThenInclude(o => o.Initiatives).ThenInclude(i => i.Activities)
            .Include(p => p.FinalOutcomes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == planId);
    }

    /// <summary>
    /// The plan read-only without its benchmarks, targets and activities (its objectives, initiatives and final outcomes):
    /// for a page that shows no more, such as the overview of a plan whose readiness is not shown.
    /// </summary>
    public Task<Plan?> OutlineAsync(Guid planId) => reads.PlanOutline(db, planId);

    /// <summary>
    /// The plan read-only with its objectives and initiatives, and the benchmarks, targets and activities of one initiative
    /// alone: an Initiative Strategy Sheet, which lists the plan's initiatives and shows one. Its cost does not grow with
    /// the rest of the plan.
    /// </summary>
    public Task<Plan?> StrategySheetAsync(Guid planId, Guid initiativeId) =>
        db.Plans.AsNoTracking()
            .Include(p => p.Objectives).ThenInclude(o => o.Initiatives)
                .ThenInclude(i => i.Benchmarks.Where(b => b.InitiativeId == initiativeId)).ThenInclude(b => b.Targets)
            .Include(p => p.Objectives).ThenInclude(o => o.Initiatives)
                .ThenInclude(i => i.Activities.Where(a => a.InitiativeId == initiativeId))
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == planId);

    /// <summary>The plan's header alone, for pages that show none of its content.</summary>
    public Task<PlanHeader?> HeaderAsync(Guid planId) => reads.PlanHeader(db, planId);

    /// <summary>The name of the plan's district, for headings and documents.</summary>
    public Task<string> DistrictNameAsync(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return reads.DistrictName(db, plan.DistrictId);
    }

    /// <summary>The district's District Review findings, by standard in the regulation's order, then by number.</summary>
    public async Task<IReadOnlyList<FindingRef>> FindingsAsync(Guid districtId) =>
        [.. (await reads.Findings(db, districtId).ToListAsync()).OrderBy(f => f.Standard).ThenBy(f => f.Number)];

    /// <summary>
    /// The plan's reviews its reader sees, newest submission first: those ESE decided, and with
    /// <paramref name="inProgressToo"/> the one in progress (ask <c>SeesReviewsInProgressAsync</c> once for the person).
    /// </summary>
    public async Task<IReadOnlyList<ReviewSummary>> VisibleReviewsAsync(Guid planId, bool inProgressToo) =>
        await reads.VisibleReviews(db, planId, inProgressToo).ToListAsync();

    /// <summary>The comments of those reviews, read-only, in the order they were made.</summary>
    public async Task<IReadOnlyList<ReviewComment>> CommentsOfAsync(Guid planId, IEnumerable<ReviewSummary> reviews)
    {
        var ids = reviews.Select(r => r.Id).ToList();
        return ids.Count == 0 ? [] : await reads.CommentsOf(db, planId, ids).ToListAsync();
    }

    /// <summary>The initiative of each of these benchmarks and activities, by the item's id.</summary>
    public async Task<IReadOnlyDictionary<Guid, Guid>> InitiativeOfItemsAsync(IEnumerable<Guid> items)
    {
        var ids = items.Distinct().ToList();
        return ids.Count == 0 ? new Dictionary<Guid, Guid>() : await reads.InitiativeOfItems(db, ids).ToDictionaryAsync(i => i.Item, i => i.Initiative);
    }

    /// <summary>One frozen version of a plan, or null when it has no such version.</summary>
    public Task<PlanVersion?> VersionAsync(Guid planId, int number) =>
        db.PlanVersions.AsNoTracking().SingleOrDefaultAsync(v => v.PlanId == planId && v.Number == number);

    /// <summary>The amendment under way on the plan (being drafted or awaiting ESE), if any.</summary>
    public Task<Amendment?> OpenAmendmentAsync(Guid planId, bool tracking = true) =>
        (tracking ? db.Amendments : db.Amendments.AsNoTracking())
            .SingleOrDefaultAsync(a => a.PlanId == planId && (a.Stage == AmendmentStage.Drafting || a.Stage == AmendmentStage.AwaitingApproval));

    /// <summary>
    /// Saves the unit of work. The save pipeline adds the audit entries, notices and outbox mail, and moves the plan's
    /// revision on, in the same transaction.
    /// </summary>
    public Task SaveAsync() => db.SaveChangesAsync();

    /// <summary>The form's version of an item: see <see cref="AipDbContext.ExpectVersion"/>.</summary>
    public void ExpectVersion(Domain.Common.Entity item, Guid concurrencyToken) => db.ExpectVersion(item, concurrencyToken);
}
