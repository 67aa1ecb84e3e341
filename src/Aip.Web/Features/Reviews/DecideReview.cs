using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Web.Data;
using Aip.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Reviews;

/// <summary>What the reviewer does with the review of a submission: keep working on it, return the plan, or approve it.</summary>
public enum ReviewOutcome
{
    Save = 0,
    Return = 1,
    Approve = 2,
}

/// <summary>
/// ESE's step at the end of a review, in one save with the ratings already applied to <c>review</c>: returning sends
/// the plan back to the district; approving freezes version 1 and, for a successor plan, supersedes its predecessor
/// (closing any amendment still open on it). The notices follow from the plan's events.
/// </summary>
public sealed class DecideReview(AipDbContext db, PlanStore store, TimeProvider clock)
{
    public async Task RunAsync(Plan plan, PlanReview review, ReviewOutcome outcome, Actor by)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(by);
        var at = clock.GetUtcNow();
        switch (outcome)
        {
            case ReviewOutcome.Return:
                plan.Return(review, by.Role, at);
                break;
            case ReviewOutcome.Approve:
                db.PlanVersions.Add(plan.Approve(review, by, at));
                if (plan.PredecessorId is { } predecessorId
                    && await db.Plans.SingleOrDefaultAsync(p => p.Id == predecessorId) is { Status: PlanStatus.Approved } predecessor)
                {
                    predecessor.Supersede(at, await store.OpenAmendmentAsync(predecessorId));
                }

                break;
        }

        await db.SaveChangesAsync();
    }
}
