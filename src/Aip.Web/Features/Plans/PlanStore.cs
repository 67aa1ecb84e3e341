using Aip.Domain.Plans;
using Aip.Domain.Versions;
using Aip.Web.Data;
using Aip.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Plans;

/// <summary>
/// Loads a whole plan aggregate for a command and saves it with its audit entries. Loading uses split
/// queries: a fixed number of SQL commands whatever the plan's size.
/// </summary>
public sealed class PlanStore(AipDbContext db, IHttpContextAccessor http, TimeProvider clock)
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

    /// <summary>The name of the plan's district, for headings and documents.</summary>
    public Task<string> DistrictNameAsync(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return db.Districts.Where(d => d.Id == plan.DistrictId).Select(d => d.Name).SingleAsync();
    }

    /// <summary>One frozen version of a plan, or null when it has no such version.</summary>
    public Task<PlanVersion?> VersionAsync(Guid planId, int number) =>
        db.PlanVersions.AsNoTracking().SingleOrDefaultAsync(v => v.PlanId == planId && v.Number == number);

    /// <summary>The amendment under way on the plan (being drafted or awaiting ESE), if any.</summary>
    public Task<Amendment?> OpenAmendmentAsync(Guid planId, bool tracking = true) =>
        (tracking ? db.Amendments : db.Amendments.AsNoTracking())
            .SingleOrDefaultAsync(a => a.PlanId == planId && (a.Stage == AmendmentStage.Drafting || a.Stage == AmendmentStage.AwaitingApproval));

    /// <summary>Saves the pending changes of <paramref name="plan"/> and records them in the audit trail.</summary>
    public async Task SaveAsync(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var user = http.HttpContext?.User;
        var entries = new PlanAudit(db).Entries(plan.Id, user?.UserId(), user?.DisplayName() ?? "system", clock.GetUtcNow());
        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The form's version of an item: a save against a newer version is refused (DbUpdateConcurrencyException). The
    /// item's row is always part of the save, so the check also runs when only rows it holds change (a benchmark's
    /// targets, a review's criterion ratings, a self-assessment's answers), and its token moves on for the next editor.
    /// </summary>
    public void ExpectVersion(Domain.Common.Entity item, Guid concurrencyToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var token = db.Entry(item).Property(i => i.ConcurrencyToken);
        token.OriginalValue = concurrencyToken;
        if (db.Entry(item).State != EntityState.Added)
        {
            token.IsModified = true;
        }
    }
}
