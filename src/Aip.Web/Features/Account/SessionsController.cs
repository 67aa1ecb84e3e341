using System.Security.Cryptography;
using System.Text;
using Aip.Domain.Common;
using Aip.Web.Data;
using Aip.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Account;

/// <summary>One of the person's signed-in sessions, named by a handle (a hash of its key: the key itself never leaves the server).</summary>
public sealed record SessionRow(string Handle, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string? IpAddress, string? UserAgent, bool IsThisOne);

/// <summary>A person's own sessions (ASVS V3.3.4): where they are signed in, and ending any of them, or all but this one.</summary>
[Route("account/sessions")]
[AllowWithoutSecondFactor]
public sealed class SessionsController(AipDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View("Sessions", await RowsAsync());

    [HttpPost("{handle}/end")]
    public async Task<IActionResult> End(string handle)
    {
        var keys = await KeysAsync();
        var key = keys.FirstOrDefault(k => Handle(k) == handle);
        if (key is null)
        {
            TempData["Message"] = "That session has already ended.";
        }
        else
        {
            await db.Sessions.Where(s => s.Key == key).ExecuteDeleteAsync();
            TempData["Message"] = key == SessionStore.CurrentKey(HttpContext) ? "This session has ended." : "The session has ended: that browser is signed out.";
        }

        return RedirectToAction(nameof(Index));
    }

    [HttpPost("end-others")]
    public async Task<IActionResult> EndOthers()
    {
        var userId = User.UserId();
        var current = SessionStore.CurrentKey(HttpContext);
        var ended = await db.Sessions.Where(s => s.UserId == userId && s.Key != current).ExecuteDeleteAsync();
        TempData["Message"] = ended switch
        {
            0 => "You were signed in nowhere else.",
            1 => "1 other session has ended.",
            _ => $"{ended} other sessions have ended.",
        };
        return RedirectToAction(nameof(Index));
    }

    private async Task<List<SessionRow>> RowsAsync()
    {
        var userId = User.UserId();
        var now = clock.GetUtcNow();
        var current = SessionStore.CurrentKey(HttpContext);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.UserId == userId && s.ExpiresAt > now)
            .OrderByDescending(s => s.CreatedAt)
            .Select(s => new { s.Key, s.CreatedAt, s.ExpiresAt, s.IpAddress, s.UserAgent })
            .ToListAsync();
        return sessions.Select(s => new SessionRow(Handle(s.Key), s.CreatedAt, s.ExpiresAt, s.IpAddress, s.UserAgent, s.Key == current)).ToList();
    }

    private async Task<List<string>> KeysAsync()
    {
        var userId = User.UserId();
        return await db.Sessions.Where(s => s.UserId == userId).Select(s => s.Key).ToListAsync();
    }

    private static string Handle(string key) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(key)))[..16].ToLowerInvariant();
}
