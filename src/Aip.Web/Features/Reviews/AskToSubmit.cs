using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Web.Data;

namespace Aip.Web.Features.Reviews;

/// <summary>A plan manager asks the superintendent to submit a plan nothing blocks; the superintendent is told (<see cref="SubmissionRequested"/>).</summary>
public sealed class AskToSubmit(AipDbContext db)
{
    public Task RunAsync(Plan plan, Actor by)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(by);
        plan.AskToSubmit(by);
        return db.SaveChangesAsync();
    }
}
