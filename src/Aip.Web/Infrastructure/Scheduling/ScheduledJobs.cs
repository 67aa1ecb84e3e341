using Aip.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Aip.Web.Infrastructure.Scheduling;

/// <summary>Runs the jobs that are due, each claimed first so that one instance runs it.</summary>
public sealed class ScheduledJobs(
    AipDbContext db, IEnumerable<IScheduledJob> jobs, TimeProvider clock, IOptions<SchedulerOptions> options, ILogger<ScheduledJobs> logger)
{
    /// <summary>Runs every due job once; returns the names of those it ran.</summary>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var ran = new List<string>();
        foreach (var job in jobs)
        {
            await EnsureStateAsync(job, cancellationToken);
            var now = clock.GetUtcNow();
            var until = now + options.Value.JobLease;
            var claimed = await db.ScheduledJobs
                .Where(j => j.Name == job.Name && j.NextRunAt <= now && (j.LockedUntil == null || j.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockedUntil, until), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            string? error = null;
            try
            {
                await job.RunAsync(cancellationToken);
                ran.Add(job.Name);
            }
#pragma warning disable CA1031 // A failing job is recorded and tried at its next time; the others still run.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "Scheduled job {Job} failed", job.Name);
                error = $"{exception.GetType().Name}: {exception.Message}";
                error = error.Length <= ScheduledJobState.ErrorMaxLength ? error : error[..ScheduledJobState.ErrorMaxLength];
            }

            var next = job.NextRun(now);
            await db.ScheduledJobs.Where(j => j.Name == job.Name).ExecuteUpdateAsync(
                s => s.SetProperty(j => j.NextRunAt, next).SetProperty(j => j.LastRunAt, now)
                    .SetProperty(j => j.LastError, error).SetProperty(j => j.LockedUntil, (DateTimeOffset?)null),
                CancellationToken.None);
        }

        return ran;
    }

    private async Task EnsureStateAsync(IScheduledJob job, CancellationToken cancellationToken)
    {
        if (await db.ScheduledJobs.AnyAsync(j => j.Name == job.Name, cancellationToken))
        {
            return;
        }

        db.ScheduledJobs.Add(new ScheduledJobState { Name = job.Name, NextRunAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException conflict) when (conflict.IsUniqueViolation())
        {
            // Another instance created the row a moment ago; theirs stands.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
