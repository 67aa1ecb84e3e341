using Aip.Web.Data;
using Aip.Web.Data.Audit;

namespace Aip.Web.Identity;

/// <summary>
/// Writes sign-in events into the audit trail (kind <see cref="AuditLabels.SignInKind"/>): successes, failures with their
/// reason, lockouts, sign-outs, codes refused, with the request's address and user agent. ESE staff read them under
/// People → Sign-in history. Changes to accounts themselves (password, second factor, role) are audited by the save pipeline.
/// </summary>
public sealed class SecurityEvents(AipDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public const string SignedIn = "Signed in";
    public const string Failed = "Sign-in failed";
    public const string LockedOut = "Locked out";
    public const string SignedOut = "Signed out";

    /// <summary>Adds the event to the unit of work (saved with whatever else the caller adds) and saves.</summary>
    public async Task RecordAsync(AipUser? user, string typedEmail, string action, string details)
    {
        ArgumentNullException.ThrowIfNull(typedEmail);
        var typed = Shown(typedEmail);
        var actor = AuditActor.Named(user?.Id, user?.DisplayName ?? typed, http.HttpContext);
        db.AuditEntries.Add(new AuditEntry
        {
            DistrictId = user?.DistrictId,
            Kind = AuditLabels.SignInKind,
            UserId = actor.UserId,
            UserName = AuditActor.Clip(actor.UserName, AuditEntry.UserNameMaxLength) ?? string.Empty,
            At = clock.GetUtcNow(),
            Item = AuditActor.Clip(user is null ? $"No account: {typed}" : $"{user.DisplayName} ({user.Email})", AuditEntry.ItemMaxLength) ?? string.Empty,
            Action = action,
            Changes = details,
            IpAddress = actor.IpAddress,
            UserAgent = actor.UserAgent,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// What was typed in the email box, if it is shaped like an address: people sometimes type their password there, and
    /// the history keeps no password, not even a mistyped one.
    /// </summary>
    private static string Shown(string typed)
    {
        var trimmed = typed.Trim();
        return trimmed.Length is > 3 and <= 254 && trimmed.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < trimmed.Length - 1
            && !trimmed.Any(char.IsWhiteSpace) && trimmed.Contains('.', StringComparison.Ordinal)
            ? trimmed
            : "(not an email address)";
    }
}
