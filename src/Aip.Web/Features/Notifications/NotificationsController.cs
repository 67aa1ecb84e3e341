using Aip.Web.Data;
using Aip.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Notifications;

public sealed record NotificationRow(Guid Id, string Message, DateTimeOffset At, bool IsRead);

/// <summary>Each signed-in person's own notifications; nobody reaches anyone else's.</summary>
[Route("notifications")]
public sealed class NotificationsController(AipDbContext db, TimeProvider clock) : Controller
{
    public const int ListLength = 100;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var me = User.UserId();
        var rows = await db.Notifications.Where(n => n.RecipientId == me)
            .OrderByDescending(n => n.At).Take(ListLength)
            .Select(n => new NotificationRow(n.Id, n.Message, n.At, n.ReadAt != null))
            .ToListAsync();
        return View(rows);
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

/// <summary>The number of unread notifications, next to the link in the navigation bar.</summary>
public sealed class UnreadNotificationsViewComponent(AipDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var me = UserClaimsPrincipal.UserId();
        var unread = me is null ? 0 : await db.Notifications.CountAsync(n => n.RecipientId == me && n.ReadAt == null);
        return View(unread);
    }
}
