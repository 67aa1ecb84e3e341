using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Web.Data;
using Aip.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Versions;

/// <summary>
/// The district starts the plan that will follow an approved one: a new draft copied from the version in force, saved
/// (and its history begun) as a plan of its own. A plan has one successor; a second one started at the same moment
/// breaks the unique index on the predecessor and is reported like any other conflict.
/// </summary>
public sealed class StartSuccessorPlan(AipDbContext db, PlanStore store)
{
    public async Task<Plan> RunAsync(Plan plan, string? title, int firstSchoolYear, int lastSchoolYear)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var inForce = await store.VersionAsync(plan.Id, plan.VersionCount)
            ?? throw new DomainException("A successor plan starts from an approved plan.");
        if (await db.Plans.AnyAsync(p => p.PredecessorId == plan.Id))
        {
            throw new DomainException("A successor of this plan has already been started; open it from the district's page.");
        }

        var successor = plan.StartSuccessor(inForce, title, firstSchoolYear, lastSchoolYear);
        db.Plans.Add(successor);
        await db.SaveChangesAsync();
        return successor;
    }
}
