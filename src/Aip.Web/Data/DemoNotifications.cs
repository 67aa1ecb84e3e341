using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.Plans;
using Aip.Domain.Reporting;
using Aip.Web.Features.Notifications;
using Aip.Web.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Data;

/// <summary>
/// The notifications of the demo's recent steps, so that each person's list shows both groups on first sign-in: written by
/// the app's own rules (<see cref="NotificationRules"/>, <see cref="Notifier"/>) for each step's audience, without their
/// mail (nobody is mailed about a demo). ESE: Lakeside's plan and Riverton's report to review, Minutes made final; the
/// monitor and Riverton's Superintendent: last week's draft Minutes to review; Riverton's leaders: the open request and the
/// published report to present, next month's discussion and the scheduled visit; Lakeside's Plan Manager: the submission.
/// </summary>
internal static class DemoNotifications
{
    public static async Task AddAsync(AipDbContext db, Guid rivertonPlanId, DemoActors actors, DemoTimeline timeline)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => p.Status == PlanStatus.Submitted)
            .Select(p => new { p.Id, p.DistrictId, p.Title, p.SubmissionCount }).ToListAsync();
        var minutes = await db.Minutes.AsNoTracking().Where(m => m.PlanId == rivertonPlanId).OrderBy(m => m.DiscussionDay).ToListAsync();
        var reports = await db.ProgressReports.AsNoTracking().Where(r => r.PlanId == rivertonPlanId).OrderBy(r => r.BegunAt).ToListAsync();
        var next = await db.HighlightDiscussions.AsNoTracking()
            .Where(d => d.PlanId == rivertonPlanId && d.Status == DiscussionStatus.Scheduled && d.StartsAt > timeline.Now).FirstOrDefaultAsync();
        var request = await db.EvidenceRequests.AsNoTracking().Where(r => r.PlanId == rivertonPlanId && r.Status == RequestStatus.Open)
            .OrderBy(r => r.DueOn).FirstOrDefaultAsync();
        var visit = await db.MonitoringVisits.AsNoTracking().Where(v => v.PlanId == rivertonPlanId && v.Status == VisitStatus.Scheduled)
            .OrderByDescending(v => v.Day).FirstOrDefaultAsync();

        var steps = new List<(IDomainEvent Event, Guid Actor, DateTimeOffset At)>();
        steps.AddRange(plans.Select(p => ((IDomainEvent)new PlanSubmitted(p.Id, p.DistrictId, p.Title, p.SubmissionCount), actors.LakesideSuperintendent, timeline.LakesideSubmitted)));
        if (minutes.LastOrDefault(m => m.Stage == MinutesStage.Final) is { } final)
        {
            steps.Add((new MinutesMadeFinal(final.Id, final.DiscussionId, final.PlanId, final.DistrictId, final.DiscussionDay, final.FinalOn <= final.DiscussionDay.AddDays(7)),
                actors.RivertonManager, Dates.At(final.FinalOn ?? final.DiscussionDay, new TimeOnly(16, 0))));
        }

        if (minutes.LastOrDefault(m => m.Stage == MinutesStage.InReview) is { SentForReviewOn: { } sent } draft)
        {
            steps.Add((new MinutesSentForReview(draft.Id, draft.DiscussionId, draft.PlanId, draft.DistrictId, draft.DiscussionDay, sent.AddDays(3)),
                actors.RivertonManager, Dates.At(sent, new TimeOnly(17, 0))));
        }

        if (reports.LastOrDefault(r => r.Stage == ReportStage.Published) is { PublishedAt: { } publishedAt } published)
        {
            steps.Add((new ReportPublished(published.Id, published.DistrictId, new ReportingPeriod(published.SchoolYear, published.Quarter)), actors.Ese, publishedAt));
        }

        if (reports.LastOrDefault(r => r.Stage == ReportStage.InReview) is { SentForReviewAt: { } sentAt } inReview)
        {
            steps.Add((new ReportSentForReview(inReview.Id, inReview.DistrictId, new ReportingPeriod(inReview.SchoolYear, inReview.Quarter), inReview.MonitorId),
                actors.Monitor, sentAt));
        }

        if (request is not null)
        {
            steps.Add((new EvidenceRequested(request.Id, request.PlanId, request.DistrictId, request.Kind, request.DueOn, request.ShortNotice),
                actors.Monitor, Dates.At(request.RequestedOn, new TimeOnly(10, 0))));
        }

        if (visit is not null)
        {
            steps.Add((new VisitScheduled(visit.Id, visit.PlanId, visit.DistrictId, visit.Kind, visit.Day, visit.OverrideReason is not null),
                actors.Monitor, Dates.At(visit.ScheduledOn, new TimeOnly(11, 0))));
        }

        if (next is not null)
        {
            steps.Add((new DiscussionScheduled(next.Id, next.PlanId, next.DistrictId, next.StartsAt, next.Place, next.ShortNotice),
                actors.RivertonManager, timeline.Now.AddDays(-1)));
        }

        foreach (var (domainEvent, actor, at) in steps)
        {
            if (NotificationRules.For(domainEvent) is { } notice)
            {
                foreach (var mail in (await Notifier.AddAsync(db, notice, actor, at, _ => string.Empty, CancellationToken.None)).OfType<OutboxMessage>())
                {
                    db.Entry(mail).State = EntityState.Detached;
                }
            }
        }

        await db.SaveChangesAsync();
    }
}

/// <summary>The demo's people who take the recent steps, by id.</summary>
internal sealed record DemoActors(Guid Ese, Guid Monitor, Guid RivertonManager, Guid LakesideSuperintendent);
