using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Infrastructure.Outbox;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Outbox;

public sealed record OutboxRow(Guid Id, string To, string Subject, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset? FailedAt, DateTimeOffset NextAttemptAt, string? LastError);

public sealed record OutboxPage(IReadOnlyList<OutboxRow> Failed, IReadOnlyList<OutboxRow> Waiting, int SentLastWeek);

/// <summary>
/// ESE staff see the mail that could not be delivered after every retry (and what still waits), and send a failed one
/// again once the mail server is fixed. Bodies are never shown: password links carry tokens.
/// </summary>
[Authorize(Policies.EseStaff)]
[Route("admin/outbox")]
public sealed class OutboxController(AipDbContext db, OutboxSender outbox, TimeProvider clock) : Controller
{
    public const int ListLength = 200;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var weekAgo = clock.GetUtcNow().AddDays(-7);
        var failed = await Rows(db.OutboxMessages.Where(m => m.FailedAt != null).OrderByDescending(m => m.FailedAt));
        var waiting = await Rows(db.OutboxMessages.Where(m => m.SentAt == null && m.FailedAt == null).OrderBy(m => m.NextAttemptAt));
        var sent = await db.OutboxMessages.CountAsync(m => m.SentAt != null && m.SentAt >= weekAgo);
        return View(new OutboxPage(failed, waiting, sent));
    }

    [HttpPost("{id:guid}/retry")]
    public async Task<IActionResult> Retry(Guid id)
    {
        TempData["Message"] = await outbox.RetryAsync(id) == 1
            ? "The message will be sent again in the next minute."
            : "That message is not waiting for a retry (it may have been sent or retried already).";
        return RedirectToAction(nameof(Index));
    }

    private static Task<List<OutboxRow>> Rows(IQueryable<OutboxMessage> messages) =>
        messages.Take(ListLength)
            .Select(m => new OutboxRow(m.Id, m.To, m.Subject, m.CreatedAt, m.Attempts, m.FailedAt, m.NextAttemptAt, m.LastError))
            .ToListAsync();
}
