using Aip.Domain.Notifications;
using Aip.Web.Data;
using Aip.Web.Infrastructure.Mail;
using Aip.Web.Infrastructure.Outbox;
using Aip.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Aip.Web.Features.Notifications;

/// <summary>
/// Every morning from <see cref="NotificationDigest.SendFrom"/> (Massachusetts time), one outbox mail per person who chose
/// the daily digest, listing their notifications since the last one: what needs their action, then what is for their
/// information, each with its absolute link. Each person's digest and its mail are saved together, and the digest
/// remembers the day it was sent, so a second run, a restart or a second instance never sends a day's digest twice;
/// nobody with nothing new gets a mail.
/// </summary>
public sealed class NotificationDigestJob(AipDbContext db, TimeProvider clock, IOptions<MailOptions> mail) : IScheduledJob
{
    public string Name => "notification-digests";

    public DateTimeOffset NextRun(DateTimeOffset ranAt) => NotificationDigest.NextSending(ranAt);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var people = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.DailyDigest && u.Email != null && u.Email != string.Empty)
            .Select(u => new { u.Id, u.Email })
            .ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            await SendAsync(person.Id, person.Email!, now, cancellationToken);
        }
    }

    private async Task SendAsync(Guid recipientId, string email, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            // A digest chosen before digests were remembered (set in the database) starts with the last day.
            var digest = await db.NotificationDigests.SingleOrDefaultAsync(d => d.RecipientId == recipientId, cancellationToken)
                ?? db.NotificationDigests.Add(NotificationDigest.Start(recipientId, now.AddDays(-1))).Entity;
            if (!digest.IsDue(now))
            {
                return;
            }

            var since = digest.CoveredUntil;
            var lines = await db.Notifications.AsNoTracking()
                .Where(n => n.RecipientId == recipientId && n.At > since && n.At <= now)
                .Select(n => new DigestLine(n.Kind, n.Message, n.Link, n.At))
                .ToListAsync(cancellationToken);
            if (digest.Next(lines, now, mail.Value.Absolute) is { } composed)
            {
                db.OutboxMessages.Add(OutboxMessage.Mail(email, composed.Subject, composed.Body + Footer(), now));
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException conflict) when (conflict is DbUpdateConcurrencyException || conflict.IsUniqueViolation())
        {
            // Another instance sent this person's digest a moment ago.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private string Footer() =>
        $"\nAll your notifications: {mail.Value.Absolute("/notifications")}\n\n" +
        $"You receive one mail a day because you chose the daily digest. To have each notice mailed at once, change it here: {mail.Value.Absolute("/account/notification-mail")}";
}
