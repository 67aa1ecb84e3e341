using Aip.Domain.Plans;
using Aip.Domain.Reporting;
using Aip.Domain.Reviews;
using Aip.Domain.Versions;
using Aip.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Data;

/// <summary>What a newcomer finds after the first start: Riverton's plan approved and amended, Lakeside's waiting for ESE.</summary>
public abstract class DemoDataTests(AipApp app)
{
    [DbFact]
    public async Task Rivertons_plan_is_approved_with_version_1_frozen_and_its_amendment_as_version_2()
    {
        var plan = await PlanOfAsync(Demo.District);
        var versions = await app.WithDbAsync(db => db.PlanVersions.AsNoTracking().Where(v => v.PlanId == plan.Id).OrderBy(v => v.Number).ToListAsync());
        var amendment = await app.WithDbAsync(db => db.Amendments.AsNoTracking().SingleAsync(a => a.PlanId == plan.Id));

        Assert.Equal((PlanStatus.Approved, 2, null), (plan.Status, plan.VersionCount, plan.OpenAmendmentStage));
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal((true, null), (versions[0].EseApproved, versions[0].AmendmentNumber));
        Assert.Equal((1, AmendmentStage.Recorded, 2), (versions[1].AmendmentNumber, amendment.Stage, amendment.VersionNumber));
        Assert.Contains("home visits start in October", versions[1].Reason, StringComparison.Ordinal);
        Assert.Empty(Readiness.Check(plan).Blockers);
    }

    [DbFact]
    public async Task Rivertons_plan_was_reviewed_by_ese_on_the_rubric_with_comments_in_place_one_resolved()
    {
        var plan = await PlanOfAsync(Demo.District);
        var ese = await app.UserIdAsync(Demo.Ese);
        var (review, comments, answers) = await app.WithDbAsync(async db => (
            await db.PlanReviews.AsNoTracking().Include(r => r.Ratings).SingleAsync(r => r.PlanId == plan.Id),
            await db.ReviewComments.AsNoTracking().Where(c => c.PlanId == plan.Id).ToListAsync(),
            await db.SelfAssessments.Where(s => s.PlanId == plan.Id).SelectMany(s => s.Answers).CountAsync()));

        Assert.Equal((ReviewDecision.Approved, RubricRating.ReadyToImplement, ese), (review.Decision, review.OverallRating, review.ReviewerId));
        Assert.Empty(review.Unrated);
        Assert.Equal(2, comments.Count);
        Assert.All(comments, c => Assert.NotNull(c.ItemId));
        Assert.Equal([false, true], comments.Select(c => c.Resolved).Order());
        Assert.InRange(answers, 1, GuidingQuestions.All.Count - 1);
    }

    [DbFact]
    public async Task Rivertons_history_is_dated_back_from_the_first_start_leaving_six_months_after_the_approval()
    {
        var now = DateTimeOffset.UtcNow;
        var plan = await PlanOfAsync(Demo.District);
        var amended = await app.WithDbAsync(db => db.PlanVersions.Where(v => v.PlanId == plan.Id && v.Number == 2).Select(v => v.At).SingleAsync());

        Assert.InRange(plan.SubmittedAt!.Value, now.AddMonths(-9), now.AddMonths(-7));
        Assert.InRange(plan.ApprovedAt!.Value, now.AddMonths(-8), now.AddMonths(-6).AddDays(-15));
        Assert.True(plan.SubmittedAt < plan.ApprovedAt);
        Assert.InRange(amended, now.AddMonths(-3), now.AddMonths(-1));
    }

    [DbFact]
    public async Task Riverton_has_held_six_months_of_discussions_with_final_minutes_one_draft_under_review_and_the_next_scheduled()
    {
        var now = DateTimeOffset.UtcNow;
        var plan = await PlanOfAsync(Demo.District);
        var (discussions, minutes, risks) = await app.WithDbAsync(async db => (
            await db.HighlightDiscussions.AsNoTracking().Include(d => d.Agenda).Where(d => d.PlanId == plan.Id).OrderBy(d => d.StartsAt).ToListAsync(),
            await db.Minutes.AsNoTracking().Include(m => m.Comments).Where(m => m.PlanId == plan.Id).OrderBy(m => m.DiscussionDay).ToListAsync(),
            await db.Risks.AsNoTracking().Where(r => r.PlanId == plan.Id).ToListAsync()));

        Assert.Equal(8, discussions.Count);
        Assert.All(discussions, d => Assert.False(d.ShortNotice));
        Assert.True(discussions[^1].StartsAt > now.AddDays(7) && !discussions[^1].QuestionsShared && discussions[^1].Agenda.Count > 0);
        Assert.Equal([.. Enumerable.Repeat(Aip.Domain.Monitoring.MinutesStage.Final, 6), Aip.Domain.Monitoring.MinutesStage.InReview], minutes.Select(m => m.Stage));
        Assert.Single(minutes[^1].Comments, c => c.IsOpen);
        Assert.Single(minutes, m => m.Clocks.Final.Standing(m.FinalOn ?? default, m.FinalOn) == Aip.Domain.Monitoring.DeadlineStanding.MetLate);
        Assert.Single(minutes.SelectMany(m => m.Comments), c => c.Kind == Aip.Domain.Monitoring.MinutesCommentKind.EseQuestion && c.IsOpen);
        Assert.All(minutes.Zip(minutes.Skip(1)), pair => Assert.InRange(pair.Second.DiscussionDay.DayNumber - pair.First.DiscussionDay.DayNumber, 20, 40));
        Assert.True(plan.ApprovedAt < discussions[0].StartsAt);
        Assert.Equal((3, 1), (risks.Count, risks.Count(r => !r.IsOpen)));
        Assert.Contains(1, minutes.SelectMany(m => m.LinkedAmendments));
        var (requests, visits) = await app.WithDbAsync(async db => (
            await db.EvidenceRequests.AsNoTracking().Where(r => r.PlanId == plan.Id).ToListAsync(),
            await db.MonitoringVisits.AsNoTracking().Where(v => v.PlanId == plan.Id).ToListAsync()));
        var today = Aip.Domain.Common.Dates.Day(now);
        Assert.Equal(2, requests.Count(r => r.IsOpen));
        Assert.Single(requests, r => r.IsOpen && r.DueOn < today);
        Assert.Equal((1, 1), (visits.Count(v => v.Day < today && v.Notes is not null), visits.Count(v => v.Day > today)));
    }

    [DbFact]
    public async Task Lakesides_own_plan_was_returned_once_and_its_revision_waits_for_review()
    {
        var plan = await PlanOfAsync(Demo.OtherDistrict);
        var (answers, reviews, comments) = await app.WithDbAsync(async db => (
            await db.SelfAssessments.Where(s => s.PlanId == plan.Id).SelectMany(s => s.Answers).CountAsync(),
            await db.PlanReviews.AsNoTracking().Where(r => r.PlanId == plan.Id).ToListAsync(),
            await db.ReviewComments.AsNoTracking().Where(c => c.PlanId == plan.Id).ToListAsync()));

        Assert.Equal((PlanStatus.Submitted, 2), (plan.Status, plan.SubmissionCount));
        Assert.StartsWith("Lakeside Regional School District", plan.Title, StringComparison.Ordinal);
        Assert.True(answers > 0);
        Assert.Empty(Readiness.Check(plan).Blockers);
        // (Another test may have opened the review of the second submission.)
        var returned = Assert.Single(reviews, r => r.SubmissionNumber == 1);
        Assert.Equal((1, ReviewDecision.Returned, RubricRating.Developing), (returned.SubmissionNumber, returned.Decision, returned.OverallRating));
        Assert.Equal([false, true], comments.Select(c => c.Resolved).Order());
    }

    [DbFact]
    public async Task Rivertons_approved_overview_counts_eses_open_comment_on_an_activity_on_its_strategy_sheet()
    {
        var plan = await PlanOfAsync(Demo.District);
        var homeVisits = plan.Objectives.SelectMany(o => o.Initiatives)
            .Single(i => i.Activities.Any(a => a.ActionStep.StartsWith("Outreach workers visit", StringComparison.Ordinal)));
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var overview = await manager.GetPageAsync($"/plans/{plan.Id}");

        Assert.Contains($"1 ESE comment on Strategy Sheet {homeVisits.Number}", overview.QuerySelector($"#initiative-{homeVisits.Id}")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Brookfields_superintendent_is_drafting_an_amendment_that_the_home_and_plan_pages_offer_to_finish_or_cancel()
    {
        var plan = await PlanOfAsync(Demo.ThirdDistrict);
        var amendment = await app.WithDbAsync(db => db.Amendments.AsNoTracking().SingleAsync(a => a.PlanId == plan.Id));
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.ThirdSuperintendent);

        var panel = (await superintendent.GetPageAsync($"/plans/{plan.Id}")).QuerySelector("main")!.TextContent;
        var due = (await superintendent.GetPageAsync("/")).QuerySelectorAll("main .due-list li.due-action a").Select(a => a.TextContent).ToList();

        Assert.Equal((PlanStatus.Approved, 1, AmendmentStage.Drafting), (plan.Status, plan.VersionCount, amendment.Stage));
        Assert.Contains(plan.Objectives.SelectMany(o => o.Initiatives).SelectMany(i => i.Activities), a => a.ActionStep.StartsWith("Teach a daily 30-minute grade 3", StringComparison.Ordinal));
        Assert.Contains("Amendment 1", panel, StringComparison.Ordinal);
        Assert.Contains("Cancel", panel, StringComparison.Ordinal);
        Assert.Contains("Amendment 1 is being drafted: finish it, or cancel it to keep the version in force.", due);
    }

    [DbFact]
    public async Task Ese_staff_reviewing_lakesides_revision_start_from_the_first_reviews_ratings_and_see_what_changed()
    {
        var lakeside = await PlanOfAsync(Demo.OtherDistrict);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        var page = await ese.GetPageAsync($"/plans/{lakeside.Id}/review");

        var since = page.QuerySelector("#since-last-submission")!.TextContent;
        Assert.Contains("Since submission 1", since, StringComparison.Ordinal);
        Assert.Contains("1 of 2 marked as resolved", since, StringComparison.Ordinal);
        Assert.Contains("30%", since, StringComparison.Ordinal);
        Assert.Equal(nameof(RubricRating.Developing),
            page.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("select[name='Form.Criteria[3].Rating']")!.Value);
    }

    [DbFact]
    public async Task Ese_staff_find_lakesides_plan_waiting_on_their_home_page_and_not_rivertons()
    {
        var lakeside = await PlanOfAsync(Demo.OtherDistrict);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        var due = (await ese.GetPageAsync("/")).QuerySelectorAll("main .due-list li.due-action a").Select(i => i.TextContent).ToList();

        var item = Assert.Single(due, line => line.StartsWith("Review ", StringComparison.Ordinal) && line.Contains("waiting", StringComparison.Ordinal));
        Assert.Contains(lakeside.Title, item, StringComparison.Ordinal);
        Assert.Contains("waiting 6 days", item, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Lakesides_leaders_see_their_plan_submitted_and_can_no_longer_change_it()
    {
        var lakeside = await PlanOfAsync(Demo.OtherDistrict);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.OtherManager);

        var overview = await manager.GetPageAsync($"/plans/{lakeside.Id}");

        Assert.Contains("Submitted", overview.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await manager.Http.GetAsync(new Uri($"/plans/{lakeside.Id}/section-1", UriKind.Relative))).StatusCode);
    }

    [DbFact]
    public async Task Riverton_has_the_last_periods_report_in_review_and_the_two_quarters_before_published_with_rated_evidence_and_moving_ratings()
    {
        var today = Aip.Domain.Common.Dates.Day(DateTimeOffset.UtcNow);
        var plan = await PlanOfAsync(Demo.District);
        var ese = await app.UserIdAsync(Demo.Ese);
        var (reports, versions) = await app.WithDbAsync(async db => (
            await db.ProgressReports.AsNoTracking().Include(r => r.Comments).Where(r => r.PlanId == plan.Id).ToListAsync(),
            await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == plan.Id).ToListAsync()));

        var inReview = Assert.Single(reports, r => r.Stage == ReportStage.InReview);
        Assert.Equal(ReportingPeriod.LastEnded(today), inReview.Period);
        var open = Assert.Single(inReview.Comments, c => c.IsOpen);
        Assert.Equal((ReportCommentKind.Review, ReportPart.Initiative, ese), (open.Kind, open.Part, open.AuthorId));
        Assert.All(inReview.RatedInitiatives, i => Assert.True(i.IsRated));

        // Seeded in the first month of a period (the demo's December), the plan was in force in the two Quarterly periods before; later, in one.
        var expected = new List<ReportingPeriod>();
        for (var period = inReview.Period.Previous; expected.Count < 2 && period.VersionsInForce(versions).Count > 0; period = period.Previous)
        {
            if (ReportingYear.Default(period.SchoolYear).KindOf(period, plan.FirstSchoolYear, plan.LastSchoolYear) == ReportKind.Quarterly)
            {
                expected.Insert(0, period);
            }
        }

        var published = reports.Where(r => r.Stage == ReportStage.Published).OrderBy(r => r.Period.Order).ToList();
        Assert.Equal(expected, published.Select(r => r.Period));
        Assert.Equal(reports.Count, published.Count + 1);
        Assert.All(published, r => Assert.All(r.RatedInitiatives, i => Assert.True(i.IsRated && i.ProcessEvidence.Count > 0 && i.PerformanceEvidence.Count > 0, i.Number)));
        Assert.All(published, r => Assert.Equal(
            [(ReportCommentKind.Review, ReportResponse.Answered), (ReportCommentKind.FactualCorrection, ReportResponse.Accepted)],
            r.Comments.OrderBy(c => c.At).Select(c => (c.Kind, c.Response))));
        Assert.All(published, r => Assert.True(r.FactCheckDoneAt < r.MonitorConfirmedAt && r.MonitorConfirmedAt <= r.EseConfirmedAt && r.EseConfirmedAt == r.PublishedAt));
        Assert.NotNull(published[0].PresentedToCommitteeOn);
        if (published is [var older, var newer])
        {
            Assert.Contains(newer.RatedInitiatives, i => older.RatedInitiatives.Single(o => o.InitiativeId == i.InitiativeId) is var before
                && (before.Process, before.Performance) != (i.Process, i.Performance) && i.ChangeNote is not null);
            Assert.True(older.PublishedAt < newer.BegunAt && newer.PublishedAt < inReview.BegunAt);
        }
    }

    [DbFact]
    public async Task The_seeded_history_mails_nobody_and_the_demo_people_see_both_groups_of_notifications()
    {
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync()));
        foreach (var email in new[] { Demo.Ese, Demo.Monitor, Demo.Superintendent, Demo.Manager })
        {
            var id = await app.UserIdAsync(email);
            var kinds = await app.WithDbAsync(db => db.Notifications.Where(n => n.RecipientId == id).Select(n => n.Kind).Distinct().ToListAsync());
            Assert.True(kinds.Count == 2, $"{email} sees {string.Join(", ", kinds)}");
        }
    }

    private Task<Plan> PlanOfAsync(string districtCode) => app.WithDbAsync(async db =>
    {
        var districtId = await db.Districts.Where(d => d.Code == districtCode).Select(d => d.Id).SingleAsync();
        return await db.Plans.AsNoTracking()
            .Include(p => p.Objectives).ThenInclude(o => o.Initiatives).ThenInclude(i => i.Benchmarks).ThenInclude(b => b.Targets)
            .Include(p => p.Objectives).ThenInclude(o => o.Initiatives).ThenInclude(i => i.Activities)
            .Include(p => p.FinalOutcomes)
            .AsSplitQuery()
            .SingleAsync(p => p.DistrictId == districtId);
    });
}

public sealed class DemoDataOnSqlite(SqliteApp app) : DemoDataTests(app), IClassFixture<SqliteApp>;

public sealed class DemoDataOnPostgres(PostgresApp app) : DemoDataTests(app), IClassFixture<PostgresApp>;

public sealed class DemoDataOnSqlServer(SqlServerApp app) : DemoDataTests(app), IClassFixture<SqlServerApp>;
