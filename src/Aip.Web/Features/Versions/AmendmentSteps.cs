using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Versions;
using Aip.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Versions;

/// <summary>ESE's answer to an amendment that waits for its approval.</summary>
public enum AmendmentOutcome
{
    Approve = 1,
    SendBack = 2,
}

/// <summary>
/// The steps of an amendment, each one save: the district starts it with a reason and finishes it (it becomes the next
/// version at once, or waits for ESE when the district's setting asks for that) or cancels it while drafting (the plan
/// goes back to the version in force); ESE approves it or sends it back.
/// Notices follow from the plan's events.
/// </summary>
public sealed class AmendmentSteps(AipDbContext db, TimeProvider clock)
{
    public async Task<Amendment> StartAsync(Plan plan, string? reason, Actor by)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var amendment = plan.StartAmendment(reason, by, clock.GetUtcNow());
        db.Amendments.Add(amendment);
        await db.SaveChangesAsync();
        return amendment;
    }

    /// <summary>Finishes the amendment with its final reason; the version it became, or null while it waits for ESE.</summary>
    public async Task<PlanVersion?> FinishAsync(Plan plan, Amendment amendment, string? reason, Actor by)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(amendment);
        var needsApproval = await NeedsEseApprovalAsync(plan);
        amendment.UpdateReason(reason);
        var version = plan.FinishAmendment(amendment, needsApproval, by, clock.GetUtcNow());
        if (version is not null)
        {
            db.PlanVersions.Add(version);
        }

        await db.SaveChangesAsync();
        return version;
    }

    /// <summary>The district cancels the amendment it is drafting: the plan goes back to its version in force, which stays in force.</summary>
    public async Task CancelAsync(Plan plan, Amendment amendment, Actor by)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var inForce = await db.PlanVersions.AsNoTracking().SingleAsync(v => v.PlanId == plan.Id && v.Number == plan.VersionCount);
        plan.CancelAmendment(amendment, inForce, by, clock.GetUtcNow());
        await db.SaveChangesAsync();
    }

    /// <summary>Whether the plan's district has ESE approve each amendment before it becomes a version.</summary>
    public Task<bool> NeedsEseApprovalAsync(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return db.Districts.Where(d => d.Id == plan.DistrictId).Select(d => d.AmendmentsNeedEseApproval).SingleAsync();
    }

    public async Task DecideAsync(Plan plan, Amendment amendment, AmendmentOutcome outcome, string? note, Actor by)
    {
        ArgumentNullException.ThrowIfNull(plan);
        switch (outcome)
        {
            case AmendmentOutcome.Approve:
                db.PlanVersions.Add(plan.ApproveAmendment(amendment, by, clock.GetUtcNow()));
                break;
            case AmendmentOutcome.SendBack:
                plan.SendBackAmendment(amendment, note, by);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null);
        }

        await db.SaveChangesAsync();
    }
}
