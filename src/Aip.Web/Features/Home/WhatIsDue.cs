using Aip.Domain.Common;
using Aip.Domain.Dashboards;
using Aip.Domain.Monitoring;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Reporting;
using Aip.Domain.RoadToExit;
using Aip.Domain.Versions;
using Aip.Web.Data;
using Aip.Web.Features.Plans;
using Aip.Web.Features.Progress;
using Aip.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Home;

/// <summary>
/// What is due for one person, gathered from the plan, the monitoring records and the progress reports, each line with its
/// deadline and the exact place to act (issue 16): the district's leaders see their district, a monitor each assigned
/// district and the other monitors' drafts to review, ESE staff what waits for ESE across every district.
/// </summary>
public sealed class WhatIsDue(AipDbContext db, ReportSources sources, TimeProvider clock)
{
    /// <summary>How far back held discussions are looked at for their Minutes' clocks.</summary>
    private const int MinutesLookBackDays = 35;

    public async Task<IReadOnlyList<DueGroup>> ForAsync(Accessor who)
    {
        ArgumentNullException.ThrowIfNull(who);
        var now = clock.GetUtcNow();
        switch (who.Role)
        {
            case Role.EseStaff:
                return [await EseAsync(now)];
            case Role.PlanMonitor:
                var groups = new List<DueGroup>();
                foreach (var districtId in who.AssignedDistrictIds)
                {
                    groups.Add(await DistrictAsync(districtId, Role.PlanMonitor, now));
                }

                groups.Add(await PeerReviewsAsync(who));
                return groups;
            default:
                return who.DistrictId is { } own ? [await DistrictAsync(own, who.Role, now)] : [];
        }
    }

    /// <summary>One district's lines as <paramref name="viewer"/> reads them (for its district page); ESE reads them for information.</summary>
    public Task<DueGroup> ForDistrictAsync(Guid districtId, Role viewer) => DistrictAsync(districtId, viewer, clock.GetUtcNow());

    private async Task<DueGroup> DistrictAsync(Guid districtId, Role role, DateTimeOffset now)
    {
        var today = Dates.Day(now);
        var (name, planDue) = await db.Districts.Where(d => d.Id == districtId).Select(d => new ValueTuple<string, DateOnly?>(d.Name, d.PlanDueOn)).SingleAsync();
        Deadline? due = planDue is { } day ? new Deadline(day) : null;
        var leads = role is Role.Superintendent or Role.PlanManager;
        var items = new List<DueItem>();
        items.AddRange(await ReflectionLinesAsync(districtId, role));
        var plan = await db.Plans.AsNoTracking().Where(p => p.DistrictId == districtId && p.Status != PlanStatus.Superseded)
            .OrderByDescending(p => p.Status == PlanStatus.Approved).Select(p => new { p.Id, p.Title, p.Status, p.OpenAmendmentStage, p.AmendmentCount })
            .FirstOrDefaultAsync();
        if (plan is null)
        {
            items.Add(new DueItem(leads ? "Start your district's Accelerated Improvement Plan and submit it to ESE." : "The district has no plan yet.", due, $"/districts/{districtId}", leads));
            return new(name, $"/districts/{districtId}", items);
        }

        var planLink = $"/plans/{plan.Id}";
        items.Add(await PlanLineAsync(plan.Id, plan.Title, plan.Status, leads, due));
        if (plan.OpenAmendmentStage is { } stage)
        {
            items.Add(stage == AmendmentStage.Drafting
                ? new DueItem($"Amendment {plan.AmendmentCount} is being drafted: finish it, or cancel it to keep the version in force.", null, planLink, leads)
                : new DueItem($"Amendment {plan.AmendmentCount} waits for ESE's approval.", null, $"{planLink}/versions", false));
        }

        if (plan.Status != PlanStatus.Approved)
        {
            return new(name, planLink, DueItem.Ordered(items));
        }

        items.AddRange(await DiscussionLinesAsync(plan.Id, role, now));
        items.AddRange(await RequestLinesAsync(plan.Id, leads, today));
        if (role == Role.PlanMonitor)
        {
            var month = new DateOnly(today.Year, today.Month, 1);
            var visits = await db.MonitoringVisits.CountAsync(v => v.PlanId == plan.Id && v.Status == VisitStatus.Scheduled && v.Day >= month && v.Day < month.AddMonths(1));
            items.Add(new DueItem($"Monitoring visits this month: {visits} of {VisitFacts.MaxDaysPerMonth} days.", null, $"{planLink}/visits", false));
        }

        items.AddRange(await ReportLinesAsync(districtId, role, today));
        if (leads)
        {
            var (late, overdue, missed) = await PlanProgress.CountAsync(db, plan.Id, today);
            if (late > 0)
            {
                items.Add(new DueItem($"{Count(late, "activity is", "activities are")} late: update their status or record an amendment.", null, $"{planLink}/progress"));
            }

            if (overdue > 0)
            {
                items.Add(new DueItem($"{Count(overdue, "benchmark target has", "benchmark targets have")} passed without a result: record it.", null, $"{planLink}/progress/results"));
            }

            if (missed > 0)
            {
                items.Add(new DueItem($"{Count(missed, "benchmark target was", "benchmark targets were")} missed.", null, $"{planLink}/progress", false));
            }
        }

        return new(name, planLink, DueItem.Ordered(items));
    }

    /// <param name="due">ESE's due date for the plan: the clock of a draft until it is submitted.</param>
    private async Task<DueItem> PlanLineAsync(Guid planId, string title, PlanStatus status, bool leads, Deadline? due)
    {
        var link = $"/plans/{planId}";
        switch (status)
        {
            case PlanStatus.Draft or PlanStatus.Returned:
                var open = await db.ReviewComments.CountAsync(c => c.PlanId == planId && !c.Resolved);
                return new DueItem(
                    status == PlanStatus.Returned ? $"{title} was returned for revision{(open > 0 ? $": {Count(open, "ESE comment waits", "ESE comments wait")} for you" : string.Empty)}." : $"{title} is a draft.",
                    due, link, leads);
            case PlanStatus.Submitted:
                return new DueItem($"{title} is with ESE for review.", null, link, false);
            default:
                var version = await db.PlanVersions.Where(v => v.PlanId == planId).MaxAsync(v => (int?)v.Number);
                return new DueItem($"{title}: approved, version {version} in force.", null, link, false);
        }
    }

    private async Task<List<DueItem>> DiscussionLinesAsync(Guid planId, Role role, DateTimeOffset now)
    {
        var today = Dates.Day(now);
        var leads = role is Role.Superintendent or Role.PlanManager;
        var items = new List<DueItem>();
        var since = now.AddDays(-MinutesLookBackDays);
        var discussions = await db.HighlightDiscussions.AsNoTracking()
            .Where(d => d.PlanId == planId && d.Status == DiscussionStatus.Scheduled && d.StartsAt >= since).ToListAsync();
        var next = discussions.Where(d => d.StartsAt > now).MinBy(d => d.StartsAt);
        if (next is null)
        {
            // Only the district's leaders schedule one; the others are told, with the discussions' page to read.
            items.Add(leads
                ? new DueItem("No Highlight Discussion is scheduled: schedule next month's, with a week's notice to ESE.", null, $"/plans/{planId}/discussions/new")
                : new DueItem("No Highlight Discussion is scheduled.", null, $"/plans/{planId}/discussions", false));
        }
        else
        {
            var link = $"/plans/{planId}/discussions/{next.Id}";
            items.Add(new DueItem(
                $"Next Highlight Discussion: {Dates.DisplayWithTime(next.StartsAt)}{(next.ShortNotice ? " — with less than a week's notice to ESE" : ", ESE had a week's notice")}.",
                null, link, false));
            if (role == Role.PlanMonitor && !next.QuestionsShared)
            {
                items.Add(new DueItem("Prepare and share your questions for the next Highlight Discussion.", new Deadline(next.Day), link + "#agenda"));
            }
        }

        var held = discussions.Where(d => d.StartsAt <= now).Select(d => d.Id).ToList();
        // Their stage and clock alone: the Minutes' sections are large and a line needs none of them.
        var minutes = await db.Minutes.Where(m => held.Contains(m.DiscussionId))
            .Select(m => new { m.Id, m.DiscussionId, m.Stage, m.SentForReviewOn }).ToDictionaryAsync(m => m.DiscussionId);
        foreach (var discussion in discussions.Where(d => d.StartsAt <= now))
        {
            var record = minutes.GetValueOrDefault(discussion.Id);
            if (record?.Stage == MinutesStage.Final)
            {
                continue;
            }

            var clocks = MinutesClocks.For(discussion.Day, record?.SentForReviewOn);
            var link = $"/plans/{planId}/discussions/{discussion.Id}/minutes";
            var of = $"the Minutes of {Dates.Display(discussion.Day)}";
            if (record is null or { Stage: MinutesStage.Draft })
            {
                items.Add(new DueItem($"Send the draft of {of} to the Superintendent and the Monitor.", clocks.Draft, link, role == Role.PlanManager || role == Role.Superintendent));
            }
            else
            {
                if (role is Role.Superintendent or Role.PlanMonitor && today <= clocks.Comments.DueOn)
                {
                    items.Add(new DueItem($"Report discrepancies or questions on the draft of {of}.", clocks.Comments, link));
                }

                if (leads)
                {
                    var open = await db.MinutesComments.CountAsync(c => c.MinutesId == record.Id && c.Resolution == null);
                    items.Add(new DueItem($"Resolve the comments on the draft ({open} open) and send the final Minutes of {Dates.Display(discussion.Day)}.", clocks.Final, link + "#comments", role == Role.PlanManager));
                }
            }
        }

        return items;
    }

    /// <summary>A reflection on the continuum that waits for the viewer's own view (Appendix M).</summary>
    private async Task<List<DueItem>> ReflectionLinesAsync(Guid districtId, Role role)
    {
        if (Domain.RoadToExit.Perspectives.Of(role) is not { } perspective)
        {
            return [];
        }

        var waiting = await db.Set<Domain.RoadToExit.ContinuumView>().AsNoTracking()
            .Where(v => v.Perspective == perspective && v.PlacedAt == null)
            .Join(db.ContinuumReflections.Where(r => r.DistrictId == districtId), v => v.ReflectionId, r => r.Id, (v, r) => new { r.Id, r.OpenedOn, r.ViewsDueOn })
            .ToListAsync();
        return [.. waiting.Select(r => new DueItem(
            $"Place your view ({perspective.DisplayName()}) in the reflection on the road to exit opened {Dates.Display(r.OpenedOn)}.",
            new Deadline(r.ViewsDueOn), $"/districts/{districtId}/road-to-exit/reflections/{r.Id}/my-view"))];
    }

    private async Task<List<DueItem>> RequestLinesAsync(Guid planId, bool leads, DateOnly today)
    {
        var open = await db.EvidenceRequests.AsNoTracking().Where(r => r.PlanId == planId && r.Status == RequestStatus.Open).ToListAsync();
        return [.. open.Select(r => new DueItem(
            leads ? $"Answer the monitor's request for {r.Kind.DisplayName().ToLowerInvariant()}." : $"Your request for {r.Kind.DisplayName().ToLowerInvariant()} is outstanding.",
            new Deadline(r.DueOn), $"/plans/{planId}/requests#request-{r.Id}", leads))];
    }

    private async Task<List<DueItem>> ReportLinesAsync(Guid districtId, Role role, DateOnly today)
    {
        var items = new List<DueItem>();
        var period = ReportingPeriod.LastEnded(today);
        var due = await sources.DueDatesAsync(period);
        // Its stage and confirmations alone, not its ratings and narratives.
        var report = await db.ProgressReports
            .Where(r => r.DistrictId == districtId && r.SchoolYear == period.SchoolYear && r.Quarter == period.Quarter)
            .Select(r => new { r.Id, r.Kind, r.Stage, r.MonitorConfirmedAt, r.FactCheckDoneAt }).SingleOrDefaultAsync();
        var link = report is null ? $"/districts/{districtId}/reports" : $"/reports/{report.Id}";
        var rated = report is null && await sources.VersionsInForceAsync(districtId, period.Span) is [.., var last] ? last : null;
        var kind = report?.Kind ?? (rated is null ? ReportKind.Quarterly : await sources.KindAsync(period, rated));
        var of = kind == ReportKind.Summative ? $"the Summative report for {period.SchoolYearDisplay}" : $"the progress report for {period.DisplayName}";
        if (role == Role.PlanMonitor)
        {
            if (report is null)
            {
                if (rated is not null)
                {
                    items.Add(new DueItem($"Begin and send the draft of {of} for review.", new Deadline(due.Draft), link));
                }
            }
            else if (report.Stage == ReportStage.Draft)
            {
                items.Add(new DueItem($"Send the draft of {of} for review.", new Deadline(due.Draft), $"{link}/edit"));
            }
            else if (report.Stage == ReportStage.InReview)
            {
                items.Add(new DueItem($"Answer the reviewers' comments and send {of} to the Superintendent for factual corrections.", new Deadline(due.Reviews), link));
            }
            else if (report.Stage == ReportStage.FactCheck && report.MonitorConfirmedAt is null)
            {
                items.Add(new DueItem($"Answer the factual corrections and confirm publication of {of}.", new Deadline(due.Publication), link));
            }
        }
        else if (report?.Stage == ReportStage.FactCheck && report.FactCheckDoneAt is null)
        {
            items.Add(new DueItem($"Send factual corrections on {of}, or say there are none.", new Deadline(due.FactCheck), link, role == Role.Superintendent));
        }

        var unpresented = await db.ProgressReports.AsNoTracking()
            .Where(r => r.DistrictId == districtId && r.Stage == ReportStage.Published && r.PresentedToCommitteeOn == null)
            .Select(r => new { r.Id, r.SchoolYear, r.Quarter }).ToListAsync();
        if (role is Role.Superintendent or Role.PlanManager)
        {
            items.AddRange(unpresented.Select(r => new DueItem(
                $"Present the published report for {new ReportingPeriod(r.SchoolYear, r.Quarter).DisplayName} to the School Committee and record the date.", null, $"/reports/{r.Id}#presentation")));
        }

        return items;
    }

    private async Task<DueGroup> PeerReviewsAsync(Accessor who)
    {
        var drafts = await db.ProgressReports.AsNoTracking().Where(r => r.Stage == ReportStage.InReview && !who.AssignedDistrictIds.Contains(r.DistrictId))
            .Join(db.Districts, r => r.DistrictId, d => d.Id, (r, d) => new { r.Id, d.Name, r.SchoolYear, r.Quarter }).ToListAsync();
        var items = new List<DueItem>();
        foreach (var draft in drafts)
        {
            var period = new ReportingPeriod(draft.SchoolYear, draft.Quarter);
            var due = await sources.DueDatesAsync(period);
            items.Add(new DueItem($"Review the draft progress report of {draft.Name} for {period.DisplayName} (another monitor's).", new Deadline(due.Reviews), $"/reports/{draft.Id}", false));
        }

        return new("Other monitors' drafts to review", "/reports", DueItem.Ordered(items));
    }

    private async Task<DueGroup> EseAsync(DateTimeOffset now)
    {
        var today = Dates.Day(now);
        var items = new List<DueItem>();
        var waiting = await db.Plans.AsNoTracking()
            .Where(p => p.Status == PlanStatus.Submitted || p.OpenAmendmentStage == AmendmentStage.AwaitingApproval)
            .Join(db.Districts, p => p.DistrictId, d => d.Id, (p, d) => new { p.Id, p.Title, District = d.Name, p.Status, p.SubmittedAt }).ToListAsync();
        foreach (var plan in waiting.OrderBy(p => p.SubmittedAt))
        {
            var days = plan.SubmittedAt is { } at ? today.DayNumber - Dates.Day(at).DayNumber : 0;
            items.Add(new DueItem(
                plan.Status == PlanStatus.Submitted
                    ? $"Review {plan.Title} ({plan.District}), waiting {Count(days, "day", "days")}."
                    : $"Decide on the amendment of {plan.Title} ({plan.District}).",
                null, plan.Status == PlanStatus.Submitted ? $"/plans/{plan.Id}/review" : $"/plans/{plan.Id}/amendments/decide"));
        }

        var reports = await db.ProgressReports.AsNoTracking().Where(r => r.Stage == ReportStage.InReview || (r.Stage == ReportStage.FactCheck && r.EseConfirmedAt == null))
            .Join(db.Districts, r => r.DistrictId, d => d.Id, (r, d) => new { r.Id, d.Name, r.SchoolYear, r.Quarter, r.Stage }).ToListAsync();
        foreach (var report in reports)
        {
            var period = new ReportingPeriod(report.SchoolYear, report.Quarter);
            var due = await sources.DueDatesAsync(period);
            items.Add(report.Stage == ReportStage.InReview
                ? new DueItem($"Review the draft progress report of {report.Name} for {period.DisplayName}.", new Deadline(due.Reviews), $"/reports/{report.Id}")
                : new DueItem($"Confirm publication of the progress report of {report.Name} for {period.DisplayName} (once the factual corrections are in).", new Deadline(due.Publication), $"/reports/{report.Id}"));
        }

        var since = now.AddDays(-MinutesLookBackDays);
        // The held discussions of the last weeks without final Minutes, in one query (a list of every district's
        // discussion ids sent back as parameters would grow with the portfolio).
        var held = await db.HighlightDiscussions.AsNoTracking()
            .Where(d => d.Status == DiscussionStatus.Scheduled && d.StartsAt >= since && d.StartsAt <= now
                && !db.Minutes.Any(m => m.DiscussionId == d.Id && m.Stage == MinutesStage.Final))
            .Join(db.Districts, h => h.DistrictId, d => d.Id, (h, d) => new { h.Id, h.PlanId, h.StartsAt, d.Name }).ToListAsync();
        foreach (var discussion in held)
        {
            var clocks = MinutesClocks.For(Dates.Day(discussion.StartsAt), null);
            if (today > clocks.Final.DueOn)
            {
                items.Add(new DueItem($"{discussion.Name}: the final Minutes of {Dates.Display(discussion.StartsAt)} are late.", clocks.Final,
                    $"/plans/{discussion.PlanId}/discussions/{discussion.Id}/minutes", false));
            }
        }

        var shortNotice = await db.HighlightDiscussions.AsNoTracking()
            .Where(d => d.Status == DiscussionStatus.Scheduled && d.ShortNotice && d.StartsAt > now)
            .Join(db.Districts, h => h.DistrictId, d => d.Id, (h, d) => new { h.Id, h.PlanId, h.StartsAt, d.Name }).ToListAsync();
        items.AddRange(shortNotice.Select(d => new DueItem(
            $"{d.Name}: the Highlight Discussion of {Dates.DisplayWithTime(d.StartsAt)} was scheduled with less than a week's notice.", null,
            $"/plans/{d.PlanId}/discussions/{d.Id}", false)));

        var failed = await db.OutboxMessages.CountAsync(m => m.FailedAt != null);
        if (failed > 0)
        {
            items.Add(new DueItem($"{Count(failed, "mail", "mails")} could not be delivered: check the address or retry.", null, "/admin/outbox"));
        }

        return new("Waiting for ESE", "/districts", DueItem.Ordered(items));
    }

    private static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}
