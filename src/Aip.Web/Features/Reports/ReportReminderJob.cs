using Aip.Domain.Common;
using Aip.Domain.Reporting;
using Aip.Web.Data;
using Aip.Web.Features.Notifications;
using Aip.Web.Infrastructure.Mail;
using Aip.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Aip.Web.Features.Reports;

/// <summary>
/// Every hour, the progress reports' reminders (<see cref="ReportReminders"/>) for the period that ended last, in every
/// district with a plan in force in it and a monitor: the monitor's draft, the Superintendent's factual corrections, the
/// two publication confirmations. Each is sent once (<see cref="Reminder"/>).
/// </summary>
public sealed class ReportReminderJob(AipDbContext db, TimeProvider clock, ReportSources sources, IOptions<MailOptions> mail) : IScheduledJob
{
    public string Name => "report-reminders";

    public DateTimeOffset NextRun(DateTimeOffset ranAt) => ranAt.AddHours(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = Dates.Day(now);
        var period = ReportingPeriod.LastEnded(today);
        var due = await sources.DueDatesAsync(period);
        var monitored = await db.MonitorAssignments.AsNoTracking().Select(a => a.DistrictId).Distinct().ToListAsync(cancellationToken);
        var reports = await db.ProgressReports.AsNoTracking()
            .Where(r => r.SchoolYear == period.SchoolYear && r.Quarter == period.Quarter)
            .Select(r => new { r.Id, r.DistrictId, r.Stage, r.FactCheckDoneAt })
            .ToDictionaryAsync(r => r.DistrictId, cancellationToken);
        foreach (var districtId in monitored)
        {
            var report = reports.GetValueOrDefault(districtId);
            if (report is null && (await sources.VersionsInForceAsync(districtId, period.Span)).Count == 0)
            {
                continue;
            }

            foreach (var reminder in ReportReminders.On(today, due, report?.Stage, report?.FactCheckDoneAt))
            {
                var audience = reminder.Step switch
                {
                    ReportStep.Draft => Audience.Monitors,
                    ReportStep.FactCheck => Audience.Superintendent,
                    _ => Audience.Monitors | Audience.EseStaff,
                };
                var notice = new Notice(districtId, audience,
                    $"{NotificationRules.DistrictToken}, progress report for {period.DisplayName}: {reminder.Describe()}.",
                    report is null ? $"/districts/{districtId}/reports" : $"/reports/{report.Id}");
                await Reminders.SendOnceAsync(db, $"report/{districtId}/{period.Key}/{reminder.Step}/{(reminder.Overdue ? "overdue" : "due-tomorrow")}",
                    notice, now, mail.Value.Absolute, cancellationToken);
            }
        }
    }
}
