using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Web.Data;
using Aip.Web.Features.Notifications;
using Aip.Web.Infrastructure.Mail;
using Aip.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Aip.Web.Features.Monitoring;

/// <summary>
/// Every hour, the monitoring reminders to the people whose step it is, in the app and by mail through the outbox: the
/// Minutes' clocks (guidance §8: the day before each deadline, and once the Plan Manager's draft or final Minutes are late)
/// and the monitor's open requests (the day before they are due, and once overdue). Each reminder is sent once
/// (<see cref="Reminder"/>), whatever the number of runs or instances. Records of the last five weeks are looked at.
/// </summary>
public sealed class MonitoringReminderJob(AipDbContext db, TimeProvider clock, IOptions<MailOptions> mail) : IScheduledJob
{
    private const int LookBackDays = 35;

    public string Name => "monitoring-reminders";

    public DateTimeOffset NextRun(DateTimeOffset ranAt) => ranAt.AddHours(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await MinutesAsync(now, cancellationToken);
        await RequestsAsync(now, cancellationToken);
    }

    /// <summary>Whom each Minutes clock's reminder goes to and what it says.</summary>
    public static Notice Notice(Guid planId, Guid districtId, Guid discussionId, DateOnly day, MinutesReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var (audience, step) = reminder.Clock switch
        {
            MinutesClock.Draft => (Audience.DistrictLeaders, "the draft Minutes go to the Superintendent and the Monitor"),
            MinutesClock.Comments => (Audience.DistrictLeaders | Audience.Monitors, "discrepancies or questions on the draft Minutes are due"),
            _ => (Audience.DistrictLeaders, "the final Minutes go to the Superintendent, the Monitor and ESE"),
        };
        var when = reminder.Overdue ? $"overdue since {Dates.Display(reminder.DueOn)}" : $"due tomorrow, {Dates.Display(reminder.DueOn)}";
        return new Notice(districtId, audience,
            $"{NotificationRules.DistrictToken}, Highlight Discussion of {Dates.Display(day)}: {step}; {when}.",
            $"/plans/{planId}/discussions/{discussionId}/minutes");
    }

    private async Task MinutesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = Dates.Day(now);
        var since = now.AddDays(-LookBackDays);
        // Each held discussion with its Minutes (if any: at most one, by discussion) in one query: every district's
        // discussion ids sent back as a list would be a parameter each (EF Core 10), past SQL Server's 2,100 with enough districts.
        var held = await (
                from d in db.HighlightDiscussions.AsNoTracking()
                where d.Status == DiscussionStatus.Scheduled && d.StartsAt >= since && d.StartsAt <= now
                join m in db.Minutes on d.Id equals m.DiscussionId into minutes
                from m in minutes.DefaultIfEmpty()
                select new { d.Id, d.PlanId, d.DistrictId, d.StartsAt, Stage = m == null ? (MinutesStage?)null : m.Stage, SentForReviewOn = m == null ? null : m.SentForReviewOn })
            .ToListAsync(cancellationToken);
        foreach (var discussion in held)
        {
            var day = Dates.Day(discussion.StartsAt);
            foreach (var reminder in MinutesReminders.On(today, day, discussion.Stage, discussion.SentForReviewOn))
            {
                await SendOnceAsync($"minutes/{discussion.Id}/{reminder.Clock}/{(reminder.Overdue ? "overdue" : "due-tomorrow")}",
                    Notice(discussion.PlanId, discussion.DistrictId, discussion.Id, day, reminder), now, cancellationToken);
            }
        }
    }

    private async Task RequestsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = Dates.Day(now);
        var tomorrow = today.AddDays(1);
        var open = await db.EvidenceRequests.AsNoTracking()
            .Where(r => r.Status == RequestStatus.Open && r.DueOn <= tomorrow && r.DueOn >= today.AddDays(-LookBackDays))
            .ToListAsync(cancellationToken);
        foreach (var request in open.Where(r => r.DueOn != today))
        {
            var overdue = request.DueOn < today;
            var notice = new Notice(request.DistrictId, Audience.DistrictLeaders,
                $"{NotificationRules.DistrictToken}: the monitor's request for {request.Kind.DisplayName().ToLowerInvariant()} is {(overdue ? $"overdue since {Dates.Display(request.DueOn)}" : $"due tomorrow, {Dates.Display(request.DueOn)}")}.",
                $"/plans/{request.PlanId}/requests#request-{request.Id}");
            await SendOnceAsync($"request/{request.Id}/{(overdue ? "overdue" : "due-tomorrow")}", notice, now, cancellationToken);
        }
    }

    private Task SendOnceAsync(string key, Notice notice, DateTimeOffset now, CancellationToken cancellationToken) =>
        Reminders.SendOnceAsync(db, key, notice, now, mail.Value.Absolute, cancellationToken);
}
