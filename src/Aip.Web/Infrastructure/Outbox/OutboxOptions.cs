namespace Aip.Web.Infrastructure.Outbox;

/// <summary>The <c>Outbox</c> configuration section: how mail waiting in the outbox is retried.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Attempts before a message is marked failed (shown to ESE staff).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; each further failure doubles it, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a sender holds a claimed message before another may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Messages claimed in one pass.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long sent messages are kept (subject and recipient only) before the clean-up job removes them.</summary>
    public TimeSpan KeepSent { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The delay after <paramref name="attempts"/> failed attempts.</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        var delay = RetryDelay * Math.Pow(2, Math.Max(0, attempts - 1));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
