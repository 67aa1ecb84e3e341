using System.Security.Cryptography;
using Aip.Web.Data;
using Aip.Web.Data.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Identity;

/// <summary>
/// Keeps the application cookie's tickets in the database (<see cref="AipSession"/>). The cookie handler asks for the
/// ticket on every signed-in request (one lookup by key), stores a new one at sign-in, renews it when the sliding
/// expiration moves, and removes it at sign-out. Runs in a scope of its own: the cookie handler's options outlive requests.
/// </summary>
public sealed class SessionStore(IServiceScopeFactory scopes, CompiledReads reads, TimeProvider clock, IHttpContextAccessor http) : ITicketStore
{
    /// <summary>How long a ticket without its own expiry lives (the cookie's ExpireTimeSpan is normally set on it).</summary>
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);

    /// <summary>However actively a session is used, its person signs in again after this long (ASVS 3.3.2: 12 hours).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(12);

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var userId = ticket.Principal.UserId() ?? throw new InvalidOperationException("A session needs a signed-in person.");
        var request = http.HttpContext;
        var now = clock.GetUtcNow();
        var session = new AipSession
        {
            Key = Base64Url(RandomNumberGenerator.GetBytes(32)),
            UserId = userId,
            CreatedAt = now,
            ExpiresAt = ticket.Properties.ExpiresUtc ?? now + DefaultLifetime,
            Ticket = TicketSerializer.Default.Serialize(ticket),
            IpAddress = AuditActor.IpAddressOf(request),
            UserAgent = AuditActor.UserAgentOf(request),
        };
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AipDbContext>();
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session.Key;
    }

    /// <summary>Renews a session with its own person's new ticket only: a session never changes hands.</summary>
    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var userId = ticket.Principal.UserId();
        var expires = ticket.Properties.ExpiresUtc ?? clock.GetUtcNow() + DefaultLifetime;
        var bytes = TicketSerializer.Default.Serialize(ticket);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AipDbContext>().Sessions.Where(s => s.Key == key && s.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAt, expires).SetProperty(x => x.Ticket, bytes));
    }

    /// <summary>The key of the session the current request was authenticated with (in <c>HttpContext.Items</c>).</summary>
    public static string? CurrentKey(HttpContext? context) => context?.Items[CurrentKeyItem] as string;

    private const string CurrentKeyItem = "aip.session-key";

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var ticket = await RetrieveAsync(key);
        if (ticket is not null)
        {
            httpContext.Items[CurrentKeyItem] = key;
        }

        return ticket;
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var now = clock.GetUtcNow();
        var bornAfter = now - MaxAge;
        await using var scope = scopes.CreateAsyncScope();
        var bytes = await reads.SessionTicket(scope.ServiceProvider.GetRequiredService<AipDbContext>(), key, now, bornAfter);
        return bytes is null ? null : TicketSerializer.Default.Deserialize(bytes);
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AipDbContext>().Sessions.Where(s => s.Key == key).ExecuteDeleteAsync();
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
