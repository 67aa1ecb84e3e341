namespace Aip.Web.Infrastructure.Outbox;

/// <summary>
/// A mail waiting to go out, written in the same transaction as the step that caused it, so that a step that did not
/// happen sends nothing and a step that did loses nothing when the mail server is down. <see cref="OutboxSender"/>
/// claims it (a lease, so that several app instances never send it twice), sends it, and retries with growing delays;
/// after the last attempt it is marked failed, for ESE staff to see.
/// </summary>
public sealed class OutboxMessage
{
    public const int ToMaxLength = 320;
    public const int SubjectMaxLength = 400;
    public const int ErrorMaxLength = 1000;

    private OutboxMessage()
    {
    }

    public Guid Id { get; private init; } = Guid.NewGuid();

    public string To { get; private set; } = null!;

    public string Subject { get; private set; } = null!;

    /// <summary>Emptied once sent: password links carry tokens, and the in-app notice keeps the words.</summary>
    public string Body { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; private init; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>Until when a sender holds it; another may take it over after that (the holder died mid-send).</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    /// <summary>The claim of the sender holding it; finishing a send is accepted only from that claim.</summary>
    public Guid? ClaimId { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? FailedAt { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxMessage Mail(string to, string subject, string body, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        return new()
        {
            To = to,
            Subject = subject.Length <= SubjectMaxLength ? subject : subject[..(SubjectMaxLength - 1)] + "…",
            Body = body,
            CreatedAt = at,
            NextAttemptAt = at,
        };
    }
}
