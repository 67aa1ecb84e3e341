namespace Aip.Web.Infrastructure.Scheduling;

/// <summary>The <c>Scheduler</c> configuration section.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>Whether this instance sends outbox mail and runs due jobs (any number of instances may).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the outbox and the jobs are looked at.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long an instance holds a job it runs before another may take it over.</summary>
    public TimeSpan JobLease { get; set; } = TimeSpan.FromMinutes(10);
}
