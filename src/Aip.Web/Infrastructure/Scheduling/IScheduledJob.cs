namespace Aip.Web.Infrastructure.Scheduling;

/// <summary>
/// Work the app does by itself on a clock: deadline reminders, clean-up. Registered as scoped services; the scheduler
/// runs each one when it is due, in a scope of its own, with no signed-in person (the audit trail names the app).
/// </summary>
public interface IScheduledJob
{
    /// <summary>A stable name: the key of the job's row in ScheduledJobs.</summary>
    string Name { get; }

    /// <summary>When the job runs next, after a run that started at <paramref name="ranAt"/>.</summary>
    DateTimeOffset NextRun(DateTimeOffset ranAt);

    Task RunAsync(CancellationToken cancellationToken);
}
