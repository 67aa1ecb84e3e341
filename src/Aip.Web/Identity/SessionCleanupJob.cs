using Aip.Web.Data;
using Aip.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Identity;

/// <summary>Every hour, deletes the sessions that have expired or outlived <see cref="SessionStore.MaxAge"/> (they no longer sign anyone in).</summary>
public sealed class SessionCleanupJob(AipDbContext db, TimeProvider clock) : IScheduledJob
{
    public string Name => "session-cleanup";

    public DateTimeOffset NextRun(DateTimeOffset ranAt) => ranAt.AddHours(1);

    public Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var bornBefore = now - SessionStore.MaxAge;
        return db.Sessions.Where(s => s.ExpiresAt <= now || s.CreatedAt <= bornBefore).ExecuteDeleteAsync(cancellationToken);
    }
}
