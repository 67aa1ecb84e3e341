using Aip.Domain.Notifications;
using Aip.Web.Data;
using Aip.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Notifications;

public sealed record NotificationRow(Guid Id, string Message, DateTimeOffset At, bool IsRead);

/// <summary>One group of the notifications page: what needs the person's action, or what is for their information.</summary>
public sealed record NotificationGroup(NotificationKind Kind, IReadOnlyList<NotificationRow> Rows);

/// <summary>The navigation bar's counts: unread notifications, and how many of them ask for action.</summary>
public sealed record UnreadCounts(int Unread, int Actions);

/// <summary>Each signed-in person's own notifications; nobody reaches anyone else's.</summary>
[Route("notifications")]
public sealed class NotificationsController(AipDbContext db, TimeProvider clock) : Controller
{
    /// <summary>The most notifications shown in each group.</summary>
    public const int ListLength = 100;

    /// <summary>Needs your action first, then for your information; in each, unread first, then the most recent first.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var me = User.UserId();
        var groups = new List<NotificationGroup>();
        foreach (var kind in NotificationKindFacts.InOrder)
        {
            groups.Add(new(kind, await db.Notifications.Where(n => n.RecipientId == me && n.Kind == kind)
                .OrderBy(n => n.ReadAt == null ? 0 : 1).ThenByDescending(n => n.At).Take(ListLength)
                .Select(n => new NotificationRow(n.Id, n.Message, n.At, n.ReadAt != null))
                .ToListAsync()));
        }

        return View(groups);
    }

    /// <summary>Marks the notification read and goes to the page it is about.</summary>
    [HttpPost("{id:guid}/open")]
    public async Task<IActionResult> Open(Guid id)
    {
        var me = User.UserId();
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.RecipientId == me);
        if (notification is null)
        {
            return NotFound();
        }

        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync();
        return LocalRedirect("~" + notification.Link);
    }

    [HttpPost("read")]
    public async Task<IActionResult> MarkAllRead()
    {
        var me = User.UserId();
        var at = clock.GetUtcNow();
        foreach (var notification in await db.Notifications.Where(n => n.RecipientId == me && n.ReadAt == null).ToListAsync())
        {
            notification.MarkRead(at);
        }

        await db.SaveChangesAsync();
        TempData["Message"] = "All notifications are marked as read.";
        return RedirectToAction(nameof(Index));
    }
}

/// <summary>The number of unread notifications next to the link in the navigation bar, and apart how many ask for action.</summary>
public sealed class UnreadNotificationsViewComponent(AipDbContext db, CompiledReads reads) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var me = UserClaimsPrincipal.UserId();
        if (me is null)
        {
            return View(new UnreadCounts(0, 0));
        }

        var unread = await reads.Unread(db, me.Value).ToListAsync();
        return View(new UnreadCounts(unread.Sum(g => g.Count), unread.Where(g => g.Kind == NotificationKind.Action).Sum(g => g.Count)));
    }
}
