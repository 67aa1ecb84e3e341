using Aip.Web.Data;
using Aip.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Identity;

/// <summary>Every hour, deletes the sessions that have expired (they no longer sign anyone in; this keeps the table small).</summary>
public sealed class SessionCleanupJob(AipDbContext db, TimeProvider clock) : IScheduledJob
{
    public string Name => "session-cleanup";

    public DateTimeOffset NextRun(DateTimeOffset ranAt) => ranAt.AddHours(1);

    public Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Sessions.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
