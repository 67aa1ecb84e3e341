namespace Aip.Web.Infrastructure.Scheduling;

/// <summary>
/// A reminder the scheduler has sent, by a key that names what it was about and when ("minutes/{id}/draft/due-tomorrow"):
/// a job that runs again, or on a second instance, sends each reminder once.
/// </summary>
public sealed class Reminder
{
    public const int KeyMaxLength = 200;

    public required string Key { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
