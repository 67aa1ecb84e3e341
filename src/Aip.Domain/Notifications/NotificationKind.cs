namespace Aip.Domain.Notifications;

/// <summary>
/// Whether a notification asks its recipient to act (review a submitted plan, send factual corrections, answer a request)
/// or only tells them what happened (approved, published, recorded). The database stores the names.
/// </summary>
public enum NotificationKind
{
    Information = 0,
    Action = 1,
}

public static class NotificationKindFacts
{
    /// <summary>Actions first: the order of the groups on the notifications page and in the daily digest.</summary>
    public static IReadOnlyList<NotificationKind> InOrder { get; } = [NotificationKind.Action, NotificationKind.Information];

    /// <summary>The heading of the kind's group.</summary>
    public static string GroupName(this NotificationKind kind) => kind switch
    {
        NotificationKind.Action => "Needs your action",
        NotificationKind.Information => "For your information",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
