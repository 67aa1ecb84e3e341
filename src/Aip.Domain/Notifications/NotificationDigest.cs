using System.Globalization;
using System.Text;
using Aip.Domain.Common;

namespace Aip.Domain.Notifications;

/// <summary>A notification as the daily digest lists it.</summary>
public sealed record DigestLine(NotificationKind Kind, string Message, string Link, DateTimeOffset At);

/// <summary>The words of one digest mail: what needs the person's action, then what is for their information.</summary>
public sealed record DigestMail(string Subject, string Body);

/// <summary>
/// The daily digest of one person who chose it: instead of a mail per notice, one mail a day (from
/// <see cref="SendFrom"/>, Massachusetts time) listing the notifications since the last digest, grouped as on the
/// notifications page. It remembers the day of the last digest and the moment it covered, so a scheduler that runs twice
/// in a day, or restarts, never sends a day's digest twice, and no notification is in two digests.
/// </summary>
public sealed class NotificationDigest : Entity
{
    /// <summary>The day's digest goes out from this Massachusetts time: before the working day starts.</summary>
    public static readonly TimeOnly SendFrom = new(7, 0);

    private NotificationDigest()
    {
    }

    public Guid RecipientId { get; private set; }

    /// <summary>The Massachusetts day of the last digest (also a day with nothing new: that day is done); null before the first.</summary>
    public DateOnly? LastSentOn { get; private set; }

    /// <summary>Notifications up to this moment are in a digest already, or were mailed at once before the digest was chosen.</summary>
    public DateTimeOffset CoveredUntil { get; private set; }

    /// <summary>The person chose the digest at <paramref name="at"/>: what came before was mailed at once.</summary>
    public static NotificationDigest Start(Guid recipientId, DateTimeOffset at)
    {
        if (recipientId == Guid.Empty)
        {
            throw new DomainException("A digest needs its recipient.");
        }

        return new() { RecipientId = recipientId, CoveredUntil = at };
    }

    /// <summary>The person chose the digest again after a time without it, when every notice was mailed at once.</summary>
    public void Restart(DateTimeOffset at) => CoveredUntil = at;

    /// <summary>From <see cref="SendFrom"/> on a day without a digest yet.</summary>
    public bool IsDue(DateTimeOffset now) => Dates.TimeOfDay(now) >= SendFrom && (LastSentOn is not { } last || last < Dates.Day(now));

    /// <summary>The first moment after <paramref name="at"/> when the day's digests go out.</summary>
    public static DateTimeOffset NextSending(DateTimeOffset at)
    {
        var today = Dates.At(Dates.Day(at), SendFrom);
        return today > at ? today : Dates.At(Dates.Day(at).AddDays(1), SendFrom);
    }

    /// <summary>
    /// The day's digest of the recipient's <paramref name="notifications"/> not yet covered, each linked by
    /// <paramref name="absoluteLink"/>, and the day recorded as done; null when it is not due, or nothing is new
    /// (nobody gets an empty mail).
    /// </summary>
    public DigestMail? Next(IEnumerable<DigestLine> notifications, DateTimeOffset now, Func<string, string> absoluteLink)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(absoluteLink);
        if (!IsDue(now))
        {
            return null;
        }

        var since = CoveredUntil;
        var lines = notifications.Where(n => n.At > since && n.At <= now).ToList();
        (LastSentOn, CoveredUntil) = (Dates.Day(now), now);
        return lines.Count == 0 ? null : Compose(lines, since, absoluteLink);
    }

    private static DigestMail Compose(List<DigestLine> lines, DateTimeOffset since, Func<string, string> absoluteLink)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"Your AIP notifications since {Dates.DisplayWithTime(since)} (Massachusetts time), most recent first.\n");
        var counts = new List<string>();
        foreach (var kind in NotificationKindFacts.InOrder)
        {
            var group = lines.Where(l => l.Kind == kind).OrderByDescending(l => l.At).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            counts.Add(kind == NotificationKind.Action
                ? $"{group.Count} {(group.Count == 1 ? "needs" : "need")} your action"
                : $"{group.Count} for your information");
            body.Append(CultureInfo.InvariantCulture, $"\n{kind.GroupName()} ({group.Count})\n\n");
            foreach (var line in group)
            {
                body.Append(CultureInfo.InvariantCulture, $"- {line.Message}\n  {absoluteLink(line.Link)}\n");
            }
        }

        return new($"AIP daily digest: {string.Join(", ", counts)}", body.ToString());
    }
}
