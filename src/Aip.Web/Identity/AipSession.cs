using Aip.Web.Data;

namespace Aip.Web.Identity;

/// <summary>
/// One signed-in session, kept on the server (<see cref="SessionStore"/>): the cookie carries only its key, so signing out
/// deletes the row and a copied cookie stops working at once. A changed security stamp (password, second factor,
/// deactivation) deletes every session of the account in the same save (see <c>SavePipeline</c>).
/// </summary>
public sealed class AipSession
{
    public const int KeyLength = 43;
    // As the audit trail's: both are recorded by AuditActor.
    public const int IpAddressMaxLength = AuditEntry.IpAddressMaxLength;
    public const int UserAgentMaxLength = AuditEntry.UserAgentMaxLength;

    /// <summary>256 random bits, base64url: the only thing the session cookie holds (itself encrypted).</summary>
    public string Key { get; init; } = string.Empty;

    public Guid UserId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The authentication ticket (the person's claims), as ASP.NET Core serializes it.</summary>
    public byte[] Ticket { get; set; } = [];

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }
}
