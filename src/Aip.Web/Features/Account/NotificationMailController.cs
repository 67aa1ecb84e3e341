using Aip.Domain.Notifications;
using Aip.Web.Data;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Account;

/// <summary>
/// A person's own choice of notification mail: each notice at once (the default), or the daily digest. Only the signed-in
/// person's account is read or changed: there is no id to send.
/// </summary>
[Route("account/notification-mail")]
public sealed class NotificationMailController(AipDbContext db, IValidator<NotificationMailForm> validator, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var me = await MeAsync();
        return View("NotificationMail", new NotificationMailForm
        {
            Delivery = me.DailyDigest ? MailDelivery.DailyDigest : MailDelivery.EachNotice,
            ConcurrencyStamp = me.ConcurrencyStamp,
        });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(NotificationMailForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View("NotificationMail", form);
        }

        var me = await MeAsync();
        var digest = form.Delivery == MailDelivery.DailyDigest;
        db.ExpectVersion(me, form.ConcurrencyStamp);
        if (digest && !me.DailyDigest)
        {
            await StartDigestAsync(me.Id);
        }

        me.DailyDigest = digest;
        if (!await db.SaveUnlessConflictAsync())
        {
            var current = await db.Users.AsNoTracking().SingleAsync(u => u.Id == me.Id);
            ModelState.Remove(nameof(form.ConcurrencyStamp));
            form.ConcurrencyStamp = current.ConcurrencyStamp;
            ModelState.AddModelError(nameof(form.Delivery),
                $"Your account was saved elsewhere while this page was open (it now has {(current.DailyDigest ? "the daily digest" : "a mail for each notice")}). Nothing was changed here; choose again and save.");
            return View("NotificationMail", form);
        }

        TempData["Message"] = digest
            ? "From now on your notifications come in one mail each morning; they are in the app as they happen."
            : "From now on each notice comes by mail as it happens. Notifications since your last digest are in the app.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The digest starts now: what came before was mailed at once.</summary>
    private async Task StartDigestAsync(Guid me)
    {
        var now = clock.GetUtcNow();
        if (await db.NotificationDigests.SingleOrDefaultAsync(d => d.RecipientId == me) is { } digest)
        {
            digest.Restart(now);
        }
        else
        {
            db.NotificationDigests.Add(NotificationDigest.Start(me, now));
        }
    }

    private async Task<AipUser> MeAsync()
    {
        var me = User.UserId();
        return await db.Users.SingleAsync(u => u.Id == me);
    }
}
