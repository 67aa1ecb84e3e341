using Aip.Web.Data;
using Aip.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Notifications;

/// <summary>How the scheduler's jobs send a reminder: once per key, whatever the number of runs or instances.</summary>
internal static class Reminders
{
    /// <summary>
    /// Writes the notice with the reminder's key in one save; a key already there (sent before, or by another instance) sends
    /// nothing. A reminder is of a step that is due: it asks its whole audience to act unless the notice says who acts.
    /// </summary>
    public static async Task SendOnceAsync(
        AipDbContext db, string key, Notice notice, DateTimeOffset now, Func<string, string> absoluteLink, CancellationToken cancellationToken)
    {
        if (await db.Reminders.AnyAsync(r => r.Key == key, cancellationToken))
        {
            return;
        }

        db.Reminders.Add(new Reminder { Key = key, SentAt = now });
        await Notifier.AddAsync(db, notice.ToAct == Audience.None ? notice with { ToAct = notice.Audience } : notice, null, now, absoluteLink, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException conflict) when (conflict.IsUniqueViolation())
        {
            // Another instance sent this reminder a moment ago.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
