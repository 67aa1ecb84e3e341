using Aip.Web.Data;
using Aip.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Aip.Web.Infrastructure.Outbox;

/// <summary>
/// Sends the mail that is due: claims a batch with one guarded UPDATE (a row another sender holds, or has just sent,
/// no longer matches, so two app instances never send one message twice), sends each, and records the outcome under
/// its claim. A failure waits longer each time (<see cref="OutboxOptions.DelayAfter"/>); after the last attempt the
/// message is marked failed and ESE staff see it on the outbox page. The scheduler calls this; tests call it directly.
/// </summary>
public sealed class OutboxSender(AipDbContext db, IMailSender mail, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<OutboxSender> logger)
{
    /// <summary>Sends what is due now; returns how many messages were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var candidates = await Due(now).OrderBy(m => m.NextAttemptAt).Take(settings.BatchSize).Select(m => m.Id).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var claim = Guid.NewGuid();
        var until = now + settings.Lease;
        await Due(now).Where(m => candidates.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until).SetProperty(m => m.ClaimId, claim), cancellationToken);
        var claimed = await db.OutboxMessages.AsNoTracking().Where(m => m.ClaimId == claim).ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var message in claimed)
        {
            if (await SendOneAsync(message, claim, settings, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>ESE staff send a failed message again: it starts over with a full set of attempts.</summary>
    public Task<int> RetryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return db.OutboxMessages.Where(m => m.Id == id && m.FailedAt != null)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.FailedAt, (DateTimeOffset?)null).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptAt, now),
                cancellationToken);
    }

    /// <summary>Removes sent messages older than <see cref="OutboxOptions.KeepSent"/>.</summary>
    public Task<int> RemoveOldSentAsync(CancellationToken cancellationToken = default)
    {
        var before = clock.GetUtcNow() - options.Value.KeepSent;
        return db.OutboxMessages.Where(m => m.SentAt != null && m.SentAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    private IQueryable<OutboxMessage> Due(DateTimeOffset now) =>
        db.OutboxMessages.Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now));

    private async Task<bool> SendOneAsync(OutboxMessage message, Guid claim, OutboxOptions settings, CancellationToken cancellationToken)
    {
        var mine = db.OutboxMessages.Where(m => m.Id == message.Id && m.ClaimId == claim);
        try
        {
            await mail.SendAsync(new MailMessageContent(message.To, message.Subject, message.Body), cancellationToken);
        }
#pragma warning disable CA1031 // Whatever the mail server or the network throws, the message stays and is tried again.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            var attempts = message.Attempts + 1;
            var failedAt = clock.GetUtcNow();
            var failed = attempts >= settings.MaxAttempts;
            var error = $"{exception.GetType().Name}: {exception.Message}";
            error = error.Length <= OutboxMessage.ErrorMaxLength ? error : error[..OutboxMessage.ErrorMaxLength];
            await mine.ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.NextAttemptAt, failedAt + settings.DelayAfter(attempts))
                    .SetProperty(m => m.FailedAt, failed ? failedAt : null)
                    .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                    .SetProperty(m => m.ClaimId, (Guid?)null),
                CancellationToken.None);
            logger.LogWarning(exception, "Mail {MessageId} could not be sent (attempt {Attempt} of {MaxAttempts}){Outcome}",
                message.Id, attempts, settings.MaxAttempts, failed ? "; it is marked failed" : "; it will be retried");
            return false;
        }

        await mine.ExecuteUpdateAsync(
            s => s.SetProperty(m => m.SentAt, clock.GetUtcNow())
                .SetProperty(m => m.Attempts, message.Attempts + 1)
                .SetProperty(m => m.Body, string.Empty)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.ClaimId, (Guid?)null),
            CancellationToken.None);
        return true;
    }
}
