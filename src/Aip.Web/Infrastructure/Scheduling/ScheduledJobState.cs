namespace Aip.Web.Infrastructure.Scheduling;

/// <summary>
/// When a scheduled job runs next, and who holds it now: one row per job, claimed with a guarded update, so that of
/// several app instances only one runs each due job.
/// </summary>
public sealed class ScheduledJobState
{
    public const int NameMaxLength = 100;
    public const int ErrorMaxLength = 1000;

    public string Name { get; init; } = null!;

    public DateTimeOffset NextRunAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? LastRunAt { get; set; }

    public string? LastError { get; set; }
}
