using Aip.Domain.Notifications;
using Aip.Domain.People;
using Aip.Web.Data;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Aip.Web.Features.Notifications;

/// <summary>The groups of people a step of a plan concerns.</summary>
[Flags]
public enum Audience
{
    None = 0,

    /// <summary>The district's superintendent and plan manager(s).</summary>
    DistrictLeaders = 1,

    /// <summary>The plan monitors ESE assigned to the district.</summary>
    Monitors = 2,

    /// <summary>Every active ESE staff account.</summary>
    EseStaff = 4,
}

/// <summary>
/// Tells the people concerned that something happened to a plan: a line in their in-app list, added to the same
/// unit of work as the step (so there is no notice of a step that did not happen), and an e-mail sent once the step
/// is saved. The person taking the step is not told about it. A mail that cannot be sent is logged; the in-app
/// notice remains.
/// </summary>
public sealed class Notifier(
    AipDbContext db, IMailSender mail, IOptions<MailOptions> mailOptions, IHttpContextAccessor http, TimeProvider clock, ILogger<Notifier> logger)
{
    private readonly List<MailMessageContent> _pending = [];

    /// <summary>Adds the notices to the unit of work; call <see cref="SendMailAsync"/> after it is saved.</summary>
    public async Task AddAsync(Guid districtId, Audience audience, string message, string link)
    {
        var actor = http.HttpContext?.User.UserId();
        var monitors = db.MonitorAssignments.Where(a => a.DistrictId == districtId).Select(a => a.MonitorId);
        var recipients = await db.Users
            .Where(u => u.IsActive && u.Id != actor)
            .Where(u =>
                (audience.HasFlag(Audience.DistrictLeaders) && u.DistrictId == districtId && (u.Role == Role.Superintendent || u.Role == Role.PlanManager))
                || (audience.HasFlag(Audience.Monitors) && u.Role == Role.PlanMonitor && monitors.Contains(u.Id))
                || (audience.HasFlag(Audience.EseStaff) && u.Role == Role.EseStaff))
            .Select(u => new { u.Id, u.Email })
            .ToListAsync();

        var at = clock.GetUtcNow();
        db.Notifications.AddRange(recipients.Select(r => Notification.Create(r.Id, message, link, at)));
        var address = mailOptions.Value.Absolute(link, http.HttpContext?.Request);
        _pending.AddRange(recipients.Where(r => r.Email is not null).Select(r => new MailMessageContent(
            r.Email!,
            $"AIP: {message}",
            $"{message}\n\nOpen it in AIP: {address}\n\nYou receive this because you work with this district's Accelerated Improvement Plan.")));
    }

    public async Task SendMailAsync()
    {
        foreach (var message in _pending)
        {
            try
            {
                await mail.SendAsync(message);
            }
            catch (Exception exception) when (exception is InvalidOperationException or IOException or System.Net.Mail.SmtpException)
            {
                logger.LogWarning(exception, "A notification e-mail could not be sent; the in-app notification remains.");
            }
        }

        _pending.Clear();
    }
}
