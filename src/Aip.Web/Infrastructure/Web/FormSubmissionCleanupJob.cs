using Aip.Web.Data;
using Aip.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Infrastructure.Web;

/// <summary>
/// Once a day, forgets the one-time tokens of forms sent more than <see cref="Keep"/> ago: a form is sent twice within
/// seconds (a double click) or minutes (a reload), not weeks later; a page kept open that long is sent as a new form.
/// </summary>
public sealed class FormSubmissionCleanupJob(AipDbContext db, TimeProvider clock) : IScheduledJob
{
    public static readonly TimeSpan Keep = TimeSpan.FromDays(7);

    public string Name => "form-submissions-cleanup";

    public DateTimeOffset NextRun(DateTimeOffset ranAt) => ranAt.AddDays(1);

    public Task RunAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - Keep;
        return db.FormSubmissions.Where(s => s.At < before).ExecuteDeleteAsync(cancellationToken);
    }
}
