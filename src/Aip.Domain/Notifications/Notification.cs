using Aip.Domain.Common;

namespace Aip.Domain.Notifications;

/// <summary>
/// A line in one person's in-app list: something happened to a plan they are concerned with, and where to look.
/// The same words go out by e-mail.
/// </summary>
public sealed class Notification : Entity
{
    public const int MessageMaxLength = 500;
    public const int LinkMaxLength = 500;

    private Notification()
    {
    }

    public Guid RecipientId { get; private set; }

    public string Message { get; private set; } = null!;

    /// <summary>An app-relative address ("/plans/…"), never a full URL, so a notification cannot send anyone elsewhere.</summary>
    public string Link { get; private set; } = null!;

    public DateTimeOffset At { get; private set; }

    /// <summary>Whether it asks this recipient to act; the same step may ask one person to act and tell another.</summary>
    public NotificationKind Kind { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    public static Notification Create(
        Guid recipientId, string? message, string? link, DateTimeOffset at, NotificationKind kind = NotificationKind.Information)
    {
        if (recipientId == Guid.Empty)
        {
            throw new DomainException("A notification needs its recipient.");
        }

        var cleanLink = Text.Required(link, "link", LinkMaxLength);
        if (!cleanLink.StartsWith('/') || cleanLink.StartsWith("//", StringComparison.Ordinal))
        {
            throw new DomainException("A notification links only to a page of AIP.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("A notification either asks for action or is for information.");
        }

        return new()
        {
            RecipientId = recipientId,
            Message = Text.Required(message, "message", MessageMaxLength),
            Link = cleanLink,
            At = at,
            Kind = kind,
        };
    }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
