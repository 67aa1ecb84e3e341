using Aip.Web.Infrastructure.Scheduling;

namespace Aip.Web.Infrastructure.Outbox;

/// <summary>Once a day, removes the records of mail sent longer ago than <see cref="OutboxOptions.KeepSent"/>.</summary>
public sealed class OutboxCleanupJob(OutboxSender outbox) : IScheduledJob
{
    public string Name => "outbox-cleanup";

    public DateTimeOffset NextRun(DateTimeOffset ranAt) => ranAt.AddDays(1);

    public Task RunAsync(CancellationToken cancellationToken) => outbox.RemoveOldSentAsync(cancellationToken);
}
