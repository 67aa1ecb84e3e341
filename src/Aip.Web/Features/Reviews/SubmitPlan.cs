using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Web.Data;

namespace Aip.Web.Features.Reviews;

/// <summary>The superintendent submits the plan to ESE; ESE, the district leaders and the monitors are told (<see cref="PlanSubmitted"/>).</summary>
public sealed class SubmitPlan(AipDbContext db, TimeProvider clock)
{
    public Task RunAsync(Plan plan, Actor by)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(by);
        plan.Submit(by.Role, clock.GetUtcNow());
        return db.SaveChangesAsync();
    }
}
