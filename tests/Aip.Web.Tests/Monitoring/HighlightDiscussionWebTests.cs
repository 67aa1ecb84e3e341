using System.Net;
using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aip.Web.Tests.Monitoring;

/// <summary>Scheduling Highlight Discussions and writing their Minutes through the screens, with the refusals.</summary>
public abstract class HighlightDiscussionWebTests(AipApp app)
{
    private const string Form = "main form[method=post][novalidate]";

    [DbFact]
    public async Task The_manager_schedules_a_discussion_a_week_ahead_and_everyone_including_ese_is_told()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var page = await manager.GetPageAsync($"/plans/{planId}/discussions/new");
        var day = Dates.Day(DateTimeOffset.UtcNow).AddDays(10);

        var response = await manager.SubmitAsync(page, Form, Values(day));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var discussion = await app.WithDbAsync(db => db.HighlightDiscussions.SingleAsync(d => d.PlanId == planId));
        Assert.False(discussion.ShortNotice);
        Assert.Equal(day, discussion.Day);
        var eseNotice = await app.WithDbAsync(db => db.Notifications
            .Where(n => n.Link == $"/plans/{planId}/discussions/{discussion.Id}" && db.Users.Any(u => u.Id == n.RecipientId && u.Email == Demo.Ese))
            .Select(n => n.Message).SingleAsync());
        Assert.StartsWith("Riverton Public Schools: a Highlight Discussion is scheduled for", eseNotice, StringComparison.Ordinal);
        var details = await manager.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Room 12, Riverton district office", details.Body!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Less_than_a_week_ahead_is_refused_without_a_reason_keeping_what_was_typed_and_flagged_with_one()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var day = Dates.Day(DateTimeOffset.UtcNow).AddDays(3);

        var refused = await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/discussions/new"), Form, Values(day));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await TestClient.ParseAsync(refused);
        Assert.Contains("at least one week ahead", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Room 12, Riverton district office", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Form.Place']")!.Value);
        Assert.Equal(0, await app.WithDbAsync(db => db.HighlightDiscussions.CountAsync(d => d.PlanId == planId)));

        var values = Values(day);
        values["Form.ShortNoticeReason"] = "The superintendent is away the week after.";
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(page, Form, values)).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.HighlightDiscussions.Where(d => d.PlanId == planId).Select(d => d.ShortNotice).SingleAsync()));
    }

    [DbFact]
    public async Task Moving_needs_a_reason_and_keeps_the_history_cancelling_tells_everyone_and_ends_the_changes()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var scheduled = await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/discussions/new"), Form, Values(Dates.Day(DateTimeOffset.UtcNow).AddDays(10)));
        var url = scheduled.Headers.Location!.OriginalString;

        var later = Values(Dates.Day(DateTimeOffset.UtcNow).AddDays(14));
        var refused = await manager.SubmitAsync(await manager.GetPageAsync(url + "/reschedule"), Form, later);
        Assert.Equal("Give the reason for the new date: everyone invited reads it.", (await TestClient.ParseAsync(refused)).QuerySelector("#error-Form_Reason")!.TextContent.Trim());
        later["Form.Reason"] = "The MCAS results arrive that week.";
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(await manager.GetPageAsync(url + "/reschedule"), Form, later)).StatusCode);

        var discussion = await app.WithDbAsync(db => db.HighlightDiscussions.SingleAsync(d => d.PlanId == planId));
        Assert.Equal(2, discussion.History.Count);
        Assert.Equal(Dates.Day(DateTimeOffset.UtcNow).AddDays(14), discussion.Day);
        var moved = await app.WithDbAsync(db => db.Notifications.Where(n => n.Link == $"/plans/{planId}/discussions/{discussion.Id}" && n.Message.Contains("moves to"))
            .Select(n => n.RecipientId).ToListAsync());
        Assert.Contains(await app.UserIdAsync(Demo.Ese), moved);
        Assert.Contains(await app.UserIdAsync(Demo.Monitor), moved);

        var details = await manager.GetPageAsync(url);
        var noReason = await manager.SubmitAsync(details, "form[action$='/cancel']");
        Assert.Equal("Give the reason for cancelling: everyone invited is told.", (await TestClient.ParseAsync(noReason)).QuerySelector("#error-Cancel_Reason")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(details, "form[action$='/cancel']", new() { ["Cancel.Reason"] = "The plan manager is on leave." })).StatusCode);
        Assert.Equal(DiscussionStatus.Cancelled, await app.WithDbAsync(db => db.HighlightDiscussions.Where(d => d.Id == discussion.Id).Select(d => d.Status).SingleAsync()));

        later["Form.Reason"] = "Back on.";
        var afterCancel = await manager.SubmitAsync(await manager.GetPageAsync(url + "/reschedule"), Form, later);
        Assert.Contains("was cancelled; it cannot be rescheduled", (await TestClient.ParseAsync(afterCancel)).Body!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_plan_not_in_force_has_no_discussions_yet()
    {
        var planId = await app.AddReadyPlanAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var refused = await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/discussions/new"), Form, Values(Dates.Day(DateTimeOffset.UtcNow).AddDays(10)));

        Assert.Contains("Highlight Discussions are held on a plan in force", (await TestClient.ParseAsync(refused)).Body!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Minutes_go_from_draft_through_a_discrepancy_to_final_and_then_only_take_addenda_and_ese_questions()
    {
        var (planId, discussionId) = await HeldDiscussionAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var minutesUrl = $"/plans/{planId}/discussions/{discussionId}/minutes";

        var draft = await manager.GetPageAsync(minutesUrl);
        Assert.Contains("due", draft.QuerySelector("#clocks-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var sent = await manager.SubmitAsync(draft, Form, new()
        {
            ["Form.Sections[0]"] = "All 31 grade 3-5 teachers attended the literacy PD.",
            ["Form.Sections[6]"] = "- Walkthrough data for grades 3-5\n- Coaching logs for October",
            ["then"] = "send",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(MinutesStage.InReview, await StageAsync(discussionId));

        // The monitor pins a discrepancy; the manager cannot make the Minutes final until it is resolved.
        var review = await monitor.GetPageAsync(minutesUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await monitor.SubmitAsync(review, "form[action$='/minutes/comments']",
            new() { ["NewComment.Section"] = nameof(MinutesSection.Accomplishments), ["NewComment.Text"] = "Only 28 of 31 attended." })).StatusCode);
        var refused = await manager.SubmitAsync(await manager.GetPageAsync(minutesUrl), "form[action$='/minutes/final']");
        Assert.Contains("1 comment is still open", (await TestClient.ParseAsync(refused)).Body!.TextContent, StringComparison.Ordinal);

        var page = await manager.GetPageAsync(minutesUrl);
        await manager.SubmitAsync(page, Form, new() { ["Form.Sections[0]"] = "28 of 31 grade 3-5 teachers attended the literacy PD.", ["then"] = "save" });
        page = await manager.GetPageAsync(minutesUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(page, "form[action*='/resolve']", new() { ["Reply.Text"] = "Corrected the count." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(await manager.GetPageAsync(minutesUrl), "form[action$='/minutes/final']")).StatusCode);
        Assert.Equal(MinutesStage.Final, await StageAsync(discussionId));

        // Final: the text cannot change (a stale editor's post is refused), ESE asks, the manager answers, the PDF reads.
        var late = await manager.PostAsync(minutesUrl, new() { ["Form.Sections[0]"] = "Changed after the fact", ["then"] = "save" });
        Assert.Contains("final and cannot change", (await TestClient.ParseAsync(late)).Body!.TextContent, StringComparison.Ordinal);
        var readable = await ese.GetPageAsync(minutesUrl);
        Assert.Contains("28 of 31 grade 3-5 teachers", readable.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ese.SubmitAsync(readable, "form[action$='/minutes/questions']",
            new() { ["NewComment.Section"] = nameof(MinutesSection.Accomplishments), ["NewComment.Text"] = "Were the three absent teachers offered a make-up?" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(await manager.GetPageAsync(minutesUrl), "form[action*='/resolve']",
            new() { ["Reply.Text"] = "Yes, on 4 December." })).StatusCode);
        var pdf = await ese.Http.GetAsync(new Uri(minutesUrl + "/pdf", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = PdfTools.Text(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("Inventory of specific evidence, listed by initiative", text, StringComparison.Ordinal);
        Assert.Contains("Yes, on 4 December.", text, StringComparison.Ordinal);

        // The next discussion's agenda starts from section 6.
        var schedule = await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/discussions/new"), Form, Values(Dates.Day(DateTimeOffset.UtcNow).AddDays(20)));
        var next = await manager.GetPageAsync(schedule.Headers.Location!.OriginalString);
        Assert.Equal(["Walkthrough data for grades 3-5", "Coaching logs for October"],
            next.QuerySelectorAll("#agenda + ol li > span.fw-semibold").Select(e => e.TextContent));
    }

    [DbFact]
    public async Task Two_editors_of_one_draft_the_second_is_told_and_loses_nothing_typed()
    {
        var (planId, discussionId) = await HeldDiscussionAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        var url = $"/plans/{planId}/discussions/{discussionId}/minutes";
        await manager.SubmitAsync(await manager.GetPageAsync(url), Form, new() { ["Form.Sections[0]"] = "First text.", ["then"] = "save" });
        var managerPage = await manager.GetPageAsync(url);
        var superintendentPage = await superintendent.GetPageAsync(url);

        await manager.SubmitAsync(managerPage, Form, new() { ["Form.Sections[2]"] = "Substitute shortage.", ["then"] = "save" });
        var conflict = await superintendent.SubmitAsync(superintendentPage, Form, new() { ["Form.Sections[3]"] = "Coach vacancy at Lincoln.", ["then"] = "save" });

        var page = await TestClient.ParseAsync(conflict);
        Assert.Contains("Someone else saved", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Coach vacancy at Lincoln.", page.QuerySelector("textarea[name='Form.Sections[3]']")!.TextContent);
        Assert.Equal("Substitute shortage.", await app.WithDbAsync(db => db.Minutes.Where(m => m.DiscussionId == discussionId).Select(m => m).SingleAsync()).ContinueWith(t => t.Result.Section(MinutesSection.Challenges)));
    }

    [DbFact]
    public async Task The_monitors_questions_reach_the_district_only_once_shared()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);
        var scheduled = await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/discussions/new"), Form, Values(Dates.Day(DateTimeOffset.UtcNow).AddDays(12)));
        var url = scheduled.Headers.Location!.OriginalString;
        await manager.SubmitAsync(await manager.GetPageAsync(url), "form[novalidate][action$='/agenda']",
            new() { ["NewTopic.Topic"] = "Walkthrough data" });

        Assert.Equal(HttpStatusCode.Redirect, (await monitor.SubmitAsync(await monitor.GetPageAsync(url), "form[action$='/questions']",
            new() { ["Questions"] = "How many classrooms were observed?" })).StatusCode);
        Assert.DoesNotContain("How many classrooms", (await manager.GetPageAsync(url)).Body!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await monitor.SubmitAsync(await monitor.GetPageAsync(url), "form[action$='/questions/share']")).StatusCode);
        Assert.Contains("How many classrooms were observed?", (await manager.GetPageAsync(url)).Body!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_scheduler_reminds_the_manager_once_when_the_draft_is_overdue()
    {
        var (planId, discussionId) = await HeldDiscussionAsync(daysAgo: 5);
        var manager = await app.UserIdAsync(Demo.Manager);

        for (var run = 0; run < 2; run++)
        {
            using var scope = app.Services.CreateScope();
            await scope.ServiceProvider.GetServices<Aip.Web.Infrastructure.Scheduling.IScheduledJob>().OfType<Aip.Web.Features.Monitoring.MonitoringReminderJob>().Single().RunAsync(CancellationToken.None);
        }

        var reminders = await app.WithDbAsync(db => db.Notifications
            .Where(n => n.RecipientId == manager && n.Link == $"/plans/{planId}/discussions/{discussionId}/minutes").Select(n => n.Message).ToListAsync());
        var overdue = Assert.Single(reminders);
        Assert.Contains("the draft Minutes go to the Superintendent and the Monitor; overdue since", overdue, StringComparison.Ordinal);
        Assert.StartsWith("Riverton Public Schools, Highlight Discussion of", overdue, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_risk_is_raised_reviewed_and_closed_only_with_what_the_register_needs()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var url = $"/plans/{planId}/risks";

        var refused = await manager.SubmitAsync(await manager.GetPageAsync(url), "form[action$='/risks']", new() { ["NewRisk.Description"] = "Coach vacancy at Lincoln" });
        var page = await TestClient.ParseAsync(refused);
        Assert.Equal("Describe the mitigation plan.", page.QuerySelector("#error-NewRisk_Mitigation")!.TextContent.Trim());
        Assert.Equal("Coach vacancy at Lincoln", page.QuerySelector("textarea[name='NewRisk.Description']")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(page, "form[action$='/risks']",
            new() { ["NewRisk.Description"] = "Coach vacancy at Lincoln", ["NewRisk.Mitigation"] = "District coach covers two days a week", ["NewRisk.Owner"] = "Priya Natarajan" })).StatusCode);
        var riskId = await app.WithDbAsync(db => db.Risks.Where(r => r.PlanId == planId).Select(r => r.Id).SingleAsync());
        var review = await manager.GetPageAsync($"{url}?review={riskId}");
        var closing = await manager.SubmitAsync(review, $"form[action$='/risks/{riskId}']", new() { ["ReviewForm.Close"] = "true", ["ReviewForm.StatusNote"] = "" });
        Assert.Equal("Say how the risk was closed.", (await TestClient.ParseAsync(closing)).QuerySelector("#error-ReviewForm_StatusNote")!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(review, $"form[action$='/risks/{riskId}']",
            new() { ["ReviewForm.Close"] = "true", ["ReviewForm.StatusNote"] = "The new coach started." })).StatusCode);
        Assert.Equal(RiskStatus.Closed, await app.WithDbAsync(db => db.Risks.Where(r => r.Id == riskId).Select(r => r.Status).SingleAsync()));
    }

    [DbFact]
    public async Task A_topic_is_taken_off_the_agenda_before_the_meeting()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var scheduled = await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/discussions/new"), Form, Values(Dates.Day(DateTimeOffset.UtcNow).AddDays(12)));
        var url = scheduled.Headers.Location!.OriginalString;
        await manager.SubmitAsync(await manager.GetPageAsync(url), "form[novalidate][action$='/agenda']", new() { ["NewTopic.Topic"] = "Walkthrough data" });

        var removed = await manager.SubmitAsync(await manager.GetPageAsync(url), "form[action$='/remove']");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<AgendaItem>().CountAsync(a => db.HighlightDiscussions.Any(d => d.PlanId == planId && d.Id == a.DiscussionId))));
        Assert.Contains("No topics yet.", (await manager.GetPageAsync(url)).Body!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_same_topic_added_twenty_times_at_once_is_on_the_agenda_once()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var scheduled = await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/discussions/new"), Form, Values(Dates.Day(DateTimeOffset.UtcNow).AddDays(12)));
        var page = await manager.GetPageAsync(scheduled.Headers.Location!.OriginalString);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => manager.SubmitAsync(page, "form[novalidate][action$='/agenda']", new() { ["NewTopic.Topic"] = "Walkthrough data" })));

        Assert.Equal(1, await app.WithDbAsync(db => db.Set<AgendaItem>().CountAsync(a => db.HighlightDiscussions.Any(d => d.PlanId == planId && d.Id == a.DiscussionId))));
    }

    private static Dictionary<string, string> Values(DateOnly day) => new()
    {
        ["Form.Date"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Form.Time"] = "15:30",
        ["Form.Place"] = "Room 12, Riverton district office",
    };

    /// <summary>An approved plan with a discussion held two days ago (scheduled ten days before it), written straight to the database.</summary>
    private async Task<(Guid PlanId, Guid DiscussionId)> HeldDiscussionAsync(int daysAgo = 2)
    {
        var planId = await app.AddReviewedPlanAsync();
        var manager = await app.UserIdAsync(Demo.Manager);
        return await app.WithDbAsync(async db =>
        {
            var plan = await db.Plans.SingleAsync(p => p.Id == planId);
            var held = DateTimeOffset.UtcNow.AddDays(-daysAgo);
            var discussion = HighlightDiscussion.Schedule(plan, held, "Room 12", [new DiscussionParticipant(manager, "Priya Natarajan", "Plan Manager")],
                null, "Priya Natarajan", held.AddDays(-10));
            db.HighlightDiscussions.Add(discussion);
            await db.SaveChangesAsync();
            return (planId, discussion.Id);
        });
    }

    private Task<MinutesStage> StageAsync(Guid discussionId) =>
        app.WithDbAsync(db => db.Minutes.Where(m => m.DiscussionId == discussionId).Select(m => m.Stage).SingleAsync());
}

public sealed class HighlightDiscussionWebOnSqlite(SqliteApp app) : HighlightDiscussionWebTests(app), IClassFixture<SqliteApp>;

public sealed class HighlightDiscussionWebOnPostgres(PostgresApp app) : HighlightDiscussionWebTests(app), IClassFixture<PostgresApp>;

public sealed class HighlightDiscussionWebOnSqlServer(SqlServerApp app) : HighlightDiscussionWebTests(app), IClassFixture<SqlServerApp>;
