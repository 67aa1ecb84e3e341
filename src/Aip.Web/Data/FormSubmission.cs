namespace Aip.Web.Data;

/// <summary>
/// A creating form that has been sent: its one-time token (issued when the form was drawn), who sent it, when, and
/// where its result is (the page the person was sent to), so that a second send of the same form — a double click, a
/// reload, a replay — is answered with the first one's result instead of creating it again. Written in the same
/// transaction as what the form created (<see cref="Infrastructure.Web.OneTimeFormAttribute"/>).
/// </summary>
public sealed class FormSubmission
{
    public const int LocationMaxLength = 2000;

    public Guid Token { get; init; }

    public Guid? UserId { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>Where the first send led; null until its result is known.</summary>
    public string? Location { get; set; }
}
