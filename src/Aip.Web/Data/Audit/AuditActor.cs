using Aip.Web.Identity;

namespace Aip.Web.Data.Audit;

/// <summary>Who an audit entry names, and where the request came from: the signed-in person, or the app itself.</summary>
public sealed record AuditActor(Guid? UserId, string UserName, string? IpAddress, string? UserAgent)
{
    /// <summary>Who the trail names when no one is signed in (scheduled jobs, start-up).</summary>
    public const string SystemName = "AIP (automatic)";

    /// <summary>The person signed in to <paramref name="context"/> (or the app, outside a request or signed out).</summary>
    public static AuditActor Of(HttpContext? context)
    {
        var user = context?.User;
        var userId = user?.Identity?.IsAuthenticated == true ? user.UserId() : null;
        return new(userId, userId is null ? SystemName : user!.DisplayName(), IpAddressOf(context), UserAgentOf(context));
    }

    /// <summary>A named person acting in <paramref name="context"/> before they are signed in (a sign-in, a reset).</summary>
    public static AuditActor Named(Guid? userId, string userName, HttpContext? context) =>
        new(userId, userName, IpAddressOf(context), UserAgentOf(context));

    /// <summary>The client's address as the trusted proxy reports it, as audit entries and sessions record it.</summary>
    internal static string? IpAddressOf(HttpContext? context) =>
        Clip(context?.Connection.RemoteIpAddress?.ToString(), AuditEntry.IpAddressMaxLength);

    internal static string? UserAgentOf(HttpContext? context) =>
        Clip(context?.Request.Headers.UserAgent.ToString(), AuditEntry.UserAgentMaxLength);

    internal static string? Clip(string? value, int max) => string.IsNullOrEmpty(value) ? null : value.Length <= max ? value : value[..max];
}
