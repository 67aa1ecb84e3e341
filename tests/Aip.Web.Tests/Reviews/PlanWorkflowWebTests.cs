using System.Net;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using AngleSharp.Html.Dom;
using Aip.Web.Features.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Reviews;

/// <summary>Submission, ESE review, return, resubmission and approval through the screens, with every refusal.</summary>
public abstract class PlanWorkflowWebTests(AipApp app)
{
    private const string Form = "main form[method=post][novalidate]";

    [DbFact]
    public async Task The_plan_goes_from_draft_to_approved_through_a_return_with_a_pinned_comment()
    {
        var planId = await app.AddReadyPlanAsync();
        var firstInitiative = await FirstInitiativeIdAsync(planId);
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        // The district answers a guiding question, then the superintendent submits.
        await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/self-assessment"), Form,
            new() { ["Form.Answers[0]"] = "Three objectives, each tied to a District Review finding.", ["Form.Ratings[1]"] = "Strong" });
        var submitted = await superintendent.PostAsync($"/plans/{planId}/submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(PlanStatus.Submitted, await StatusAsync(planId));

        // ESE rates, pins a comment to an initiative, and returns the plan.
        var review = await ese.GetPageAsync($"/plans/{planId}/review");
        Assert.Contains("Three objectives, each tied to", review.Body!.TextContent, StringComparison.Ordinal);
        // ESE sees the district's own rating beside its own on the criterion, and in the self-assessment section.
        var rootCauses = review.QuerySelectorAll("main form fieldset.card").Single(f => f.QuerySelector("legend")!.TextContent.Contains("Addresses Systemic Root Causes", StringComparison.Ordinal));
        Assert.Equal("The district's own rating: Strong", rootCauses.QuerySelector(".self-rating")!.TextContent.Trim());
        Assert.Contains("not rated", review.QuerySelectorAll(".self-rating")[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(["Not rated", "Strong", "Not rated", "Not rated", "Not rated"], review.QuerySelectorAll(".self-ratings tbody td:last-child").Select(td => td.TextContent));
        // Question 10's four sub-prompts are read back with it, on the review page and on the self-assessment page.
        foreach (var page in new[] { review, await ese.GetPageAsync($"/plans/{planId}/self-assessment") })
        {
            var self = page.QuerySelectorAll("dt").Single(dt => dt.TextContent.TrimStart().StartsWith("10.", StringComparison.Ordinal));
            Assert.Equal(4, self.QuerySelectorAll("li").Length);
            Assert.Contains("telling a clear, causal story", self.TextContent, StringComparison.Ordinal);
        }
        await ese.SubmitAsync(review, $"{CommentAt(CommentArea.Initiative, firstInitiative)} form", new() { ["NewComment.Text"] = "Name the evidence for the walkthrough target." });
        await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), "form[action$='/review']", TestPlans.ReviewValues(RubricRating.Emerging, "return"));
        Assert.Equal(PlanStatus.Returned, await StatusAsync(planId));

        // The district sees the comment in place, revises and resubmits.
        var sheet = await manager.GetPageAsync($"/plans/{planId}/initiatives/{firstInitiative}");
        Assert.Contains("Name the evidence for the walkthrough target.", sheet.QuerySelector(".review-comments")!.TextContent, StringComparison.Ordinal);
        var overview = await manager.GetPageAsync($"/plans/{planId}");
        Assert.Contains("Submission 1", overview.QuerySelector(".plan-steps")!.TextContent, StringComparison.Ordinal);
        await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/section-1"), "main form[method=post]",
            new() { ["TheoryOfAction"] = "If teachers plan from student work, then reading results rise." });
        Assert.Equal(HttpStatusCode.Redirect, (await superintendent.PostAsync($"/plans/{planId}/submit")).StatusCode);

        // The second review starts from the first one's ratings, shows what changed since and the comment still open.
        var again = await ese.GetPageAsync($"/plans/{planId}/review");
        var since = again.QuerySelector("#since-last-submission")!.TextContent;
        Assert.Contains("Since submission 1", since, StringComparison.Ordinal);
        Assert.Contains("If teachers plan from student work", since, StringComparison.Ordinal);
        Assert.Contains("Open", again.QuerySelector("#since-last-submission li")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Name the evidence for the walkthrough target.", since, StringComparison.Ordinal);
        Assert.Equal(nameof(RubricRating.Emerging), again.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("select[name='Form.Criteria[0].Rating']")!.Value);
        Assert.Equal(string.Empty, again.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("select[name='Form.OverallRating']")!.Value);

        // ESE approves the second submission: version 1 is frozen.
        var approved = await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), "form[action$='/review']", TestPlans.ReviewValues(RubricRating.ReadyToImplement, "approve"));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var (status, versions, reviews) = await app.WithDbAsync(async db => (
            (await db.Plans.SingleAsync(p => p.Id == planId)).Status,
            await db.PlanVersions.Where(v => v.PlanId == planId).ToListAsync(),
            await db.PlanReviews.Where(r => r.PlanId == planId).OrderBy(r => r.SubmissionNumber).Select(r => r.Decision).ToListAsync()));
        Assert.Equal(PlanStatus.Approved, status);
        Assert.Equal([ReviewDecision.Returned, ReviewDecision.Approved], reviews);
        var version = Assert.Single(versions);
        Assert.Equal((1, true, "If teachers plan from student work, then reading results rise."), (version.Number, version.EseApproved, version.Content.TheoryOfAction));
    }

    [DbFact]
    public async Task Each_step_notifies_the_people_concerned_in_the_app_and_by_mail()
    {
        var planId = await app.AddReadyPlanAsync();
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);

        await superintendent.PostAsync($"/plans/{planId}/submit");

        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var list = await ese.GetPageAsync("/notifications");
        var item = list.QuerySelectorAll(".notification-list li").First(li => li.TextContent.Contains("was submitted to ESE", StringComparison.Ordinal));
        Assert.Contains("unread", item.TextContent, StringComparison.Ordinal);
        Assert.Contains((await app.MailsToAsync(Demo.Ese)).Select(Mails.DecodeQuotedPrintable), m => m.Contains("was submitted to ESE for review", StringComparison.Ordinal));
        Assert.Contains((await app.MailsToAsync(Demo.Manager)).Select(Mails.DecodeQuotedPrintable), m => m.Contains("was submitted to ESE for review", StringComparison.Ordinal));
        Assert.Contains((await app.MailsToAsync(Demo.Monitor)).Select(Mails.DecodeQuotedPrintable), m => m.Contains("was submitted to ESE for review", StringComparison.Ordinal));
        Assert.DoesNotContain((await app.MailsToAsync(Demo.OtherSuperintendent)).Select(Mails.DecodeQuotedPrintable), m => m.Contains("was submitted to ESE", StringComparison.Ordinal));
        Assert.DoesNotContain((await app.MailsToAsync(Demo.Superintendent)).Select(Mails.DecodeQuotedPrintable), m => m.Contains("was submitted to ESE", StringComparison.Ordinal));

        var opened = await ese.SubmitAsync(list, $"form[action='{item.QuerySelector("form")!.GetAttribute("action")}']");
        Assert.Equal($"/plans/{planId}", opened.Headers.Location!.OriginalString);
        var notificationId = Guid.Parse(item.QuerySelector("form")!.GetAttribute("action")!.Split('/')[2]);
        using var other = await app.NewClient().SignedInAsAsync(Demo.OtherSuperintendent);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/notifications/{notificationId}/open")).StatusCode);
    }

    [DbFact]
    public async Task Only_the_superintendent_submits_and_only_a_ready_plan_once()
    {
        var planId = await app.AddReadyPlanAsync();
        var notReady = await app.AddPlanAsync(p => p.AddObjective("Alone", null), "Unready plan");
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);

        var byManager = await TestClient.ParseAsync(await manager.PostAsync($"/plans/{planId}/submit"));
        var unready = await TestClient.ParseAsync(await superintendent.PostAsync($"/plans/{notReady}/submit"));
        await superintendent.PostAsync($"/plans/{planId}/submit");
        var twice = await TestClient.ParseAsync(await superintendent.PostAsync($"/plans/{planId}/submit"));

        Assert.Contains("Only the superintendent submits the plan.", byManager.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The plan is not ready to submit", unready.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The plan has already been submitted.", twice.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Draft, await StatusAsync(notReady));
    }

    [DbFact]
    public async Task Approving_a_plan_rated_developing_is_refused_with_the_rubrics_next_step_and_the_ratings_kept()
    {
        var planId = await app.AddReadyPlanAsync();
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        await superintendent.PostAsync($"/plans/{planId}/submit");
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        var refused = await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), "form[action$='/review']",
            TestPlans.ReviewValues(RubricRating.Developing, "approve"));

        var page = await TestClient.ParseAsync(refused);
        Assert.Contains("A plan rated Developing overall is not approved", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Submitted, await StatusAsync(planId));
    }

    [DbFact]
    public async Task A_submitted_plan_cannot_be_edited_and_a_draft_cannot_be_reviewed_or_approved()
    {
        var planId = await app.AddReadyPlanAsync();
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);

        var draftReview = await ese.Http.GetAsync(new Uri($"/plans/{planId}/review", UriKind.Relative));
        var approveDraft = await TestClient.ParseAsync(await ese.PostAsync($"/plans/{planId}/review", TestPlans.ReviewValues(RubricRating.Strong, "approve", submission: 1)));
        await superintendent.PostAsync($"/plans/{planId}/submit");
        var edit = await manager.Http.GetAsync(new Uri($"/plans/{planId}/section-1", UriKind.Relative));
        var districtApproves = await superintendent.PostAsync($"/plans/{planId}/review", TestPlans.ReviewValues(RubricRating.Strong, "approve", submission: 1));
        var monitorApproves = await (await app.NewClient().SignedInAsAsync(Demo.Monitor)).PostAsync($"/plans/{planId}/review", TestPlans.ReviewValues(RubricRating.Strong, "approve", submission: 1));

        Assert.Equal(HttpStatusCode.Redirect, draftReview.StatusCode);
        Assert.Contains("no longer waiting for review: it is draft", approveDraft.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, districtApproves.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, monitorApproves.StatusCode);
        Assert.Equal(PlanStatus.Submitted, await StatusAsync(planId));
    }

    [DbFact]
    public async Task An_incomplete_review_cannot_decide_and_keeps_what_the_reviewer_typed()
    {
        var planId = await SubmittedPlanAsync();
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        var values = TestPlans.ReviewValues(RubricRating.Strong, "approve");
        values.Remove("Form.OverallRating");
        values["Form.Criteria[1].Rating"] = string.Empty;
        values["Form.Criteria[0].Comment"] = "Clear focus on literacy.";
        var page = await TestClient.ParseAsync(await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), "form[action$='/review']", values));

        Assert.Contains("The review is not complete: rate Addresses Systemic Root Causes and give the overall rating.",
            page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Clear focus on literacy.", page.QuerySelector<IHtmlTextAreaElement>("#Form_Criteria_0__Comment")!.Value);
        Assert.Equal(PlanStatus.Submitted, await StatusAsync(planId));
        Assert.Equal(0, await app.WithDbAsync(db => db.PlanReviews.CountAsync(r => r.PlanId == planId)));
    }

    [DbFact]
    public async Task The_review_page_shows_the_plan_in_place_with_a_comment_control_at_each_part_and_the_rubric_beside_it()
    {
        var planId = await SubmittedPlanAsync();
        var (objectiveId, initiativeId, benchmarkId) = await FirstItemsAsync(planId);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        var page = await ese.GetPageAsync($"/plans/{planId}/review");

        var theory = await app.WithDbAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.TheoryOfAction).SingleAsync());
        Assert.Contains(theory!, page.QuerySelector("main #section-1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(StrategySheetLabels.ShortTermOutcomes, page.QuerySelector($"main #initiative-{initiativeId}")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Targets", page.QuerySelector($"main #benchmark-{benchmarkId}")!.TextContent, StringComparison.Ordinal);
        foreach (var (place, summary) in new[]
        {
            (CommentAt(CommentArea.Plan), "Comment on the plan as a whole"),
            (CommentAt(CommentArea.Section1), "Comment on Section 1: Explanation of key issues"),
            (CommentAt(CommentArea.Objective, objectiveId), "Comment on objective 1"),
            (CommentAt(CommentArea.Initiative, initiativeId), "Comment on initiative 1.1"),
            (CommentAt(CommentArea.Benchmark, benchmarkId), "Comment on initiative 1.1, short-term outcome 1"),
            (CommentAt(CommentArea.FinalOutcomes), "Comment on final outcomes"),
        })
        {
            Assert.Equal(summary, page.QuerySelector($"{place} > details > summary")!.TextContent.Trim());
        }

        // No drop-down of places; every comment form's text has an id of its own, and the rubric is in the side column.
        Assert.Null(page.QuerySelector("select[name='NewComment.Place']"));
        var ids = page.QuerySelectorAll(".comment-here textarea").Select(t => t.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.NotNull(page.QuerySelector("main .review-panel form[action$='/review'] select[name='Form.OverallRating']"));
    }

    [DbFact]
    public async Task A_comment_pinned_from_an_objectives_own_form_is_shown_there_and_to_the_district_in_place_once_decided()
    {
        var planId = await SubmittedPlanAsync();
        var (objectiveId, _, _) = await FirstItemsAsync(planId);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var at = CommentAt(CommentArea.Objective, objectiveId);

        var pinned = await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), $"{at} form", new() { ["NewComment.Text"] = "Say what the objective changes in classrooms." });
        var review = await ese.GetPageAsync($"/plans/{planId}/review");
        var before = await manager.GetPageAsync($"/plans/{planId}");

        // Back at the place it was pinned, and shown there.
        Assert.Equal($"/plans/{planId}/review{at}", pinned.Headers.Location!.OriginalString);
        Assert.Contains("Say what the objective changes in classrooms.", review.QuerySelector($"{at} .review-comments")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(new CommentPlace(CommentArea.Objective, objectiveId), await app.WithDbAsync(db => db.ReviewComments.Where(c => c.PlanId == planId).Select(c => new CommentPlace(c.Area, c.ItemId)).SingleAsync()));
        Assert.Null(before.QuerySelector($"#objective-{objectiveId} .review-comments"));

        await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), "form[action$='/review']", TestPlans.ReviewValues(RubricRating.Developing, "return"));
        var after = await manager.GetPageAsync($"/plans/{planId}");
        Assert.Contains("Say what the objective changes in classrooms.", after.QuerySelector($"#objective-{objectiveId} .review-comments")!.TextContent, StringComparison.Ordinal);

        var resolved = await manager.SubmitAsync(after, $"#objective-{objectiveId} .review-comments form");
        Assert.Equal($"/plans/{planId}", resolved.Headers.Location!.OriginalString);
        Assert.True(await app.WithDbAsync(db => db.ReviewComments.Where(c => c.PlanId == planId).Select(c => c.Resolved).SingleAsync()));
    }

    [DbFact]
    public async Task A_comment_pinned_at_a_benchmark_is_read_and_resolved_by_the_district_on_its_Strategy_Sheet()
    {
        var planId = await SubmittedPlanAsync();
        var (_, initiativeId, benchmarkId) = await FirstItemsAsync(planId);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        const string Text = "The 60% target needs a baseline from the September walks.";

        await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), $"{CommentAt(CommentArea.Benchmark, benchmarkId)} form", new() { ["NewComment.Text"] = Text });
        await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), "form[action$='/review']", TestPlans.ReviewValues(RubricRating.Emerging, "return"));
        var reviewId = await app.WithDbAsync(db => db.PlanReviews.Where(r => r.PlanId == planId).Select(r => r.Id).SingleAsync());

        // On the Strategy Sheet, at the benchmark itself (not at the sheet's top); in the review's list by its name.
        var sheet = await manager.GetPageAsync($"/plans/{planId}/initiatives/{initiativeId}");
        Assert.Contains(Text, sheet.QuerySelector($"#benchmark-{benchmarkId} .review-comments")!.TextContent, StringComparison.Ordinal);
        Assert.Single(sheet.QuerySelectorAll(".review-comments"));
        Assert.Contains("Initiative 1.1, short-term outcome 1:", (await manager.GetPageAsync($"/plans/{planId}/reviews/{reviewId}")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 ESE comment", (await manager.GetPageAsync($"/plans/{planId}")).QuerySelector($"#initiative-{initiativeId}")!.TextContent, StringComparison.Ordinal);

        var resolved = await manager.SubmitAsync(sheet, $"#benchmark-{benchmarkId} .review-comments form");
        Assert.Equal($"/plans/{planId}/initiatives/{initiativeId}", resolved.Headers.Location!.OriginalString);
        Assert.True(await app.WithDbAsync(db => db.ReviewComments.Where(c => c.PlanId == planId).Select(c => c.Resolved).SingleAsync()));
    }

    [DbFact]
    public async Task A_comment_on_an_activity_is_shown_to_the_district_at_the_activity_on_its_Strategy_Sheet()
    {
        // The demo's approved plan: ESE's review commented on the home visits activity, still open.
        var (planId, activityId, text) = await app.WithDbAsync(db => db.ReviewComments.Where(c => c.Area == CommentArea.Activity)
            .Select(c => new ValueTuple<Guid, Guid, string>(c.PlanId, c.ItemId!.Value, c.Text)).FirstAsync());
        var initiativeId = await app.WithDbAsync(db => db.Set<Activity>().Where(a => a.Id == activityId).Select(a => a.InitiativeId).SingleAsync());
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var sheet = await manager.GetPageAsync($"/plans/{planId}/initiatives/{initiativeId}");

        var row = sheet.QuerySelectorAll("main table.table-cards tbody tr").Single(tr => tr.QuerySelector(".review-comments") is not null);
        Assert.Contains(text, row.QuerySelector(".review-comments")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector(".review-comments form[action$='/resolve']"));
    }

    [DbFact]
    public async Task An_empty_or_too_long_comment_is_refused_next_to_its_own_field_at_its_place_with_the_text_kept()
    {
        var planId = await SubmittedPlanAsync();
        var (objectiveId, _, _) = await FirstItemsAsync(planId);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var at = CommentAt(CommentArea.Objective, objectiveId);
        var tooLongText = new string('x', ReviewComment.TextMaxLength + 1);

        var empty = await TestClient.ParseAsync(await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), $"{at} form", new() { ["NewComment.Text"] = string.Empty }));
        var tooLong = await TestClient.ParseAsync(await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), $"{at} form", new() { ["NewComment.Text"] = tooLongText }));

        // At its place: open, the message beside its own field (which the summary links to), the form leading back there.
        var place = empty.QuerySelector(at)!;
        Assert.True(place.QuerySelector("details")!.HasAttribute("open"));
        Assert.Equal("Write the comment.", place.QuerySelector(".field-error")!.TextContent);
        Assert.Equal("true", place.QuerySelector("textarea")!.GetAttribute("aria-invalid"));
        Assert.Equal("#" + place.QuerySelector("textarea")!.Id, empty.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.EndsWith(at, place.QuerySelector("form")!.GetAttribute("action"), StringComparison.Ordinal);
        // And nowhere else.
        Assert.Single(empty.QuerySelectorAll(".comment-here .field-error"), e => e.TextContent.Length > 0);
        Assert.Single(empty.QuerySelectorAll(".comment-here details[open]"));
        Assert.Equal("The comment must be 4,000 characters or fewer.", tooLong.QuerySelector($"{at} .field-error")!.TextContent);
        Assert.Equal(tooLongText, tooLong.QuerySelector<IHtmlTextAreaElement>($"{at} textarea")!.Value);
        Assert.Single(tooLong.QuerySelectorAll<IHtmlTextAreaElement>(".comment-here textarea"), t => t.Value.Length > 0);
        Assert.Equal(0, await app.WithDbAsync(db => db.ReviewComments.CountAsync(c => c.PlanId == planId)));
    }

    [DbFact]
    public async Task Only_ESE_pins_comments_the_district_its_monitor_and_another_district_are_refused()
    {
        var planId = await SubmittedPlanAsync();
        var values = new Dictionary<string, string> { ["NewComment.SubmissionNumber"] = "1", ["NewComment.Place"] = "Section1", ["NewComment.Text"] = "Not ours to pin." };

        foreach (var email in new[] { Demo.Superintendent, Demo.Manager, Demo.Monitor, Demo.OtherSuperintendent })
        {
            using var client = await app.NewClient().SignedInAsAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/plans/{planId}/review/comments", values)).StatusCode);
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.ReviewComments.CountAsync(c => c.PlanId == planId)));
    }

    [DbFact]
    public async Task The_decided_review_is_readable_by_the_district_and_its_monitor_but_not_by_another_district()
    {
        var planId = await SubmittedPlanAsync();
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), "form[action$='/review']", TestPlans.ReviewValues(RubricRating.Emerging, "save"));
        var reviewId = await app.WithDbAsync(db => db.PlanReviews.Where(r => r.PlanId == planId).Select(r => r.Id).SingleAsync());
        using (var early = await app.NewClient().SignedInAsAsync(Demo.Superintendent))
        {
            // While ESE is still reviewing, the review is theirs alone.
            Assert.Equal(HttpStatusCode.NotFound, (await early.Http.GetAsync(new Uri($"/plans/{planId}/reviews/{reviewId}", UriKind.Relative))).StatusCode);
        }

        await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), "form[action$='/review']", TestPlans.ReviewValues(RubricRating.Emerging, "return"));

        foreach (var email in new[] { Demo.Superintendent, Demo.Monitor })
        {
            using var reader = await app.NewClient().SignedInAsAsync(email);
            var page = await reader.GetPageAsync($"/plans/{planId}/reviews/{reviewId}");
            Assert.Contains("Overall rating: Emerging", page.Body!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Strengthen some key areas", page.Body!.TextContent, StringComparison.Ordinal);
        }

        using var other = await app.NewClient().SignedInAsAsync(Demo.OtherSuperintendent);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Http.GetAsync(new Uri($"/plans/{planId}/reviews/{reviewId}", UriKind.Relative))).StatusCode);
    }

    [DbFact]
    public async Task Two_reviewers_saving_the_same_review_the_second_is_told_and_keeps_input()
    {
        var planId = await SubmittedPlanAsync();
        using var first = await app.NewClient().SignedInAsAsync(Demo.Ese);
        await first.SubmitAsync(await first.GetPageAsync($"/plans/{planId}/review"), "form[action$='/review']", TestPlans.ReviewValues(RubricRating.Emerging, "save"));
        using var second = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var stale = await second.GetPageAsync($"/plans/{planId}/review");

        // Each saves a change to one criterion only: the review's own row does not change, the check must run all the same.
        var firstChange = TestPlans.ReviewValues(RubricRating.Emerging, "save");
        firstChange["Form.Criteria[0].Rating"] = nameof(RubricRating.Strong);
        await first.SubmitAsync(await first.GetPageAsync($"/plans/{planId}/review"), "form[action$='/review']", firstChange);
        var secondChange = TestPlans.ReviewValues(RubricRating.Emerging, "save");
        secondChange["Form.Criteria[2].Rating"] = nameof(RubricRating.Developing);
        secondChange["Form.Criteria[2].Comment"] = "Second reviewer's words";
        var page = await TestClient.ParseAsync(await second.SubmitAsync(stale, "form[action$='/review']", secondChange));

        Assert.Contains("Someone else saved", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Second reviewer's words", page.QuerySelector<IHtmlTextAreaElement>("#Form_Criteria_2__Comment")!.Value);
        var saved = await app.WithDbAsync(db => db.PlanReviews.Include(r => r.Ratings).SingleAsync(r => r.PlanId == planId));
        Assert.Equal((RubricRating.Strong, RubricRating.Emerging), (saved.Ratings[0].Rating, saved.Ratings[2].Rating));
    }

    [DbFact]
    public async Task A_reviewer_page_of_an_earlier_submission_cannot_decide_the_next_one()
    {
        var planId = await SubmittedPlanAsync();
        using var first = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var second = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        var stale = await second.GetPageAsync($"/plans/{planId}/review");
        await first.SubmitAsync(await first.GetPageAsync($"/plans/{planId}/review"), "form[action$='/review']", TestPlans.ReviewValues(RubricRating.Emerging, "return"));
        await superintendent.PostAsync($"/plans/{planId}/submit");

        var approve = await second.SubmitAsync(stale, "form[action$='/review']", TestPlans.ReviewValues(RubricRating.Strong, "approve"));
        var comment = await second.SubmitAsync(stale, $"{CommentAt(CommentArea.Section1)} form", new() { ["NewComment.Text"] = "Late" });

        Assert.Equal(HttpStatusCode.Conflict, approve.StatusCode);
        Assert.Contains("resubmitted the plan since you opened this review", (await TestClient.ParseAsync(approve)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, comment.StatusCode);
        Assert.Equal(PlanStatus.Submitted, await StatusAsync(planId));
        Assert.Equal(1, await app.WithDbAsync(db => db.PlanReviews.CountAsync(r => r.PlanId == planId)));
    }

    [DbFact]
    public async Task A_comment_cannot_be_pinned_to_a_place_that_is_not_offered_and_the_district_cannot_resolve_one_still_under_review()
    {
        var planId = await SubmittedPlanAsync();
        var initiativeId = await FirstInitiativeIdAsync(planId);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var activityId = await app.WithDbAsync(db => db.Set<Activity>().Where(a => a.InitiativeId == initiativeId).Select(a => a.Id).FirstAsync());
        var refusals = new List<AngleSharp.Html.Dom.IHtmlDocument>();
        // Another kind's id, an activity (in the plan, but not commented on from the review page), an item of no plan.
        foreach (var place in new[] { $"Objective:{initiativeId}", $"Activity:{activityId}", $"Benchmark:{Guid.NewGuid()}", "Nowhere" })
        {
            var response = await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), "form[action*='/review/comments#']",
                new() { ["NewComment.Place"] = place, ["NewComment.Text"] = "Pinned to the wrong place" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            refusals.Add(await TestClient.ParseAsync(response));
        }

        await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), $"{CommentAt(CommentArea.Section1)} form",
            new() { ["NewComment.Text"] = "Still being written" });
        var commentId = await app.WithDbAsync(db => db.ReviewComments.Where(c => c.PlanId == planId).Select(c => c.Id).SingleAsync());
        var resolve = await manager.PostAsync($"/plans/{planId}/comments/{commentId}/resolve");

        Assert.All(refusals, page => Assert.Contains("That place is not in the plan", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, resolve.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ReviewComments.Where(c => c.Id == commentId).Select(c => c.Resolved).SingleAsync()));
    }

    [DbFact]
    public async Task A_comment_keeps_the_name_of_its_place_as_the_reviewer_read_it_after_the_district_reorders()
    {
        var planId = await SubmittedPlanAsync();
        var initiativeId = await FirstInitiativeIdAsync(planId);
        var objectiveId = await app.WithDbAsync(db => db.Set<Initiative>().Where(i => i.Id == initiativeId).Select(i => i.ObjectiveId).SingleAsync());
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), $"{CommentAt(CommentArea.Initiative, initiativeId)} form", new() { ["NewComment.Text"] = "Name the evidence." });
        await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), "form[action$='/review']", TestPlans.ReviewValues(RubricRating.Emerging, "return"));
        var reviewId = await app.WithDbAsync(db => db.PlanReviews.Where(r => r.PlanId == planId).Select(r => r.Id).SingleAsync());

        // The district moves the first objective down: its initiative is now numbered 2.1.
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostAsync($"/plans/{planId}/objectives/{objectiveId}/move", new() { ["rank"] = "2" })).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<Objective>().Where(o => o.Id == objectiveId).Select(o => o.Rank).SingleAsync()));

        var page = await manager.GetPageAsync($"/plans/{planId}/reviews/{reviewId}");
        var stored = await app.WithDbAsync(db => db.ReviewComments.Where(c => c.ReviewId == reviewId).Select(c => c.PlaceName).SingleAsync());
        Assert.Equal("Initiative 1.1", stored);
        Assert.Contains("Initiative 1.1", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Initiative 2.1", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_returned_plan_is_not_called_ready_for_submission_while_an_ESE_comment_is_open()
    {
        var planId = await SubmittedPlanAsync();
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), $"{CommentAt(CommentArea.Section1)} form",
            new() { ["NewComment.Text"] = "Tighten the theory of action." });
        await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), "form[action$='/review']", TestPlans.ReviewValues(RubricRating.Emerging, "return"));

        foreach (var url in new[] { $"/plans/{planId}", $"/plans/{planId}/submit" })
        {
            var panel = (await manager.GetPageAsync(url)).QuerySelector(".readiness")!.TextContent;
            Assert.Contains("ESE comment is still open", panel, StringComparison.Ordinal);
            Assert.DoesNotContain("Ready for submission", panel, StringComparison.Ordinal);
        }

        var commentId = await app.WithDbAsync(db => db.ReviewComments.Where(c => c.PlanId == planId).Select(c => c.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostAsync($"/plans/{planId}/comments/{commentId}/resolve")).StatusCode);
        var resolved = (await manager.GetPageAsync($"/plans/{planId}")).QuerySelector(".readiness")!.TextContent;
        Assert.Contains("Ready for submission", resolved, StringComparison.Ordinal);
        Assert.DoesNotContain("still open", resolved, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Two_district_leaders_answering_the_self_assessment_the_second_is_told_and_keeps_input()
    {
        var planId = await app.AddReadyPlanAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/self-assessment"), Form, new() { ["Form.Answers[0]"] = "First answer" });
        var stale = await superintendent.GetPageAsync($"/plans/{planId}/self-assessment");
        await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/self-assessment"), Form, new() { ["Form.Answers[0]"] = "Manager's newer answer" });

        var page = await TestClient.ParseAsync(await superintendent.SubmitAsync(stale, Form, new() { ["Form.Answers[0]"] = "Superintendent's answer" }));

        Assert.Contains("Someone else saved", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Superintendent's answer", page.QuerySelector<IHtmlTextAreaElement>("#Form_Answers_0_")!.Value);
        Assert.Equal("Manager's newer answer", await app.WithDbAsync(db => db.SelfAssessments.Include(a => a.Answers).Where(a => a.PlanId == planId).Select(a => a.Answers.Single().Text).SingleAsync()));
    }

    [DbFact]
    public async Task A_blocked_submission_is_shown_disabled_with_its_reasons_and_a_plan_manager_asks_the_superintendent()
    {
        var ready = await app.AddReadyPlanAsync();
        var unready = await app.AddPlanAsync(p => p.AddObjective("Alone", null), "Plan with one objective");
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        // Blocked: the main action is disabled, not primary, with the reason beside it, on the panel and the submit page.
        foreach (var (client, label) in new[] { (superintendent, "Submit to ESE"), (manager, "Ask the superintendent to submit") })
        {
            foreach (var url in new[] { $"/plans/{unready}", $"/plans/{unready}/submit" })
            {
                var action = (await client.GetPageAsync(url)).QuerySelector("main .submission-action")!;
                var button = action.QuerySelector("button")!;
                Assert.Equal(label, button.TextContent.Trim());
                Assert.True(button.HasAttribute("disabled"));
                Assert.Null(action.QuerySelector(".btn-primary"));
                Assert.Null(action.QuerySelector("form"));
                Assert.Contains("items in the readiness panel still stop submission.", action.QuerySelector(".submission-reasons")!.TextContent, StringComparison.Ordinal);
            }
        }

        // Ready: the plan manager's main action asks the superintendent, who is told, as a step of theirs, with a link to submit.
        var panel = await manager.GetPageAsync($"/plans/{ready}");
        Assert.NotNull(panel.QuerySelector($".plan-steps form[action='/plans/{ready}/submit/ask'] button.btn-primary"));
        var asked = await manager.SubmitAsync(panel, $"form[action='/plans/{ready}/submit/ask']");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var superintendentId = await app.UserIdAsync(Demo.Superintendent);
        var notices = await app.WithDbAsync(db => db.Notifications.Where(n => n.Link == $"/plans/{ready}/submit").ToListAsync());
        var notice = Assert.Single(notices);
        Assert.Equal(superintendentId, notice.RecipientId);
        Assert.Equal(Domain.Notifications.NotificationKind.Action, notice.Kind);
        Assert.Contains("asks you to submit", notice.Message, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Draft, await StatusAsync(ready));
        var submitPage = await superintendent.GetPageAsync($"/plans/{ready}/submit");
        Assert.NotNull(submitPage.QuerySelector($"main .submission-action form[action='/plans/{ready}/submit'] button.btn-primary:not([disabled])"));

        // Refusals: the superintendent has nobody to ask; nobody is asked about an unready plan.
        var bySuperintendent = await TestClient.ParseAsync(await superintendent.PostAsync($"/plans/{ready}/submit/ask"));
        var aboutUnready = await TestClient.ParseAsync(await manager.PostAsync($"/plans/{unready}/submit/ask"));
        Assert.Contains("there is nobody to ask", bySuperintendent.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The plan is not ready to submit", aboutUnready.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.Link.StartsWith($"/plans/{ready}/submit") || n.Link.StartsWith($"/plans/{unready}/submit"))));
    }

    [DbFact]
    public async Task Open_ESE_comments_leave_the_submission_allowed_but_not_primary_with_the_caution_beside_it()
    {
        var planId = await SubmittedPlanAsync();
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), $"{CommentAt(CommentArea.Section1)} form",
            new() { ["NewComment.Text"] = "Say who leads the data team." });
        await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), "form[action$='/review']", TestPlans.ReviewValues(RubricRating.Emerging, "return"));

        var action = (await superintendent.GetPageAsync($"/plans/{planId}")).QuerySelector("main .plan-steps .submission-action")!;

        var link = action.QuerySelector($"a[href='/plans/{planId}/submit']")!;
        Assert.Contains("btn-outline-primary", link.ClassName, StringComparison.Ordinal);
        Assert.Contains("1 ESE comment is still open", action.QuerySelector(".submission-reasons")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<Guid> SubmittedPlanAsync()
    {
        var planId = await app.AddReadyPlanAsync();
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        Assert.Equal(HttpStatusCode.Redirect, (await superintendent.PostAsync($"/plans/{planId}/submit")).StatusCode);
        return planId;
    }

    /// <summary>The comment control of a place on the review page (a CSS selector).</summary>
    private static string CommentAt(CommentArea area, Guid? itemId = null) => "#" + CommentPlaces.AnchorOf(new CommentPlace(area, itemId));

    /// <summary>Objective 1, its initiative 1.1 and that initiative's first short-term outcome.</summary>
    private Task<(Guid Objective, Guid Initiative, Guid Benchmark)> FirstItemsAsync(Guid planId) => app.WithDbAsync(async db =>
    {
        var initiativeId = await FirstInitiativeIdAsync(planId);
        var objectiveId = await db.Set<Initiative>().Where(i => i.Id == initiativeId).Select(i => i.ObjectiveId).SingleAsync();
        var benchmarkId = await db.Set<Benchmark>().Where(b => b.InitiativeId == initiativeId && b.Kind == BenchmarkKind.ShortTermOutcome)
            .OrderBy(b => b.Position).Select(b => b.Id).FirstAsync();
        return (objectiveId, initiativeId, benchmarkId);
    });

    private Task<Guid> FirstInitiativeIdAsync(Guid planId) => app.WithDbAsync(db =>
        db.Set<Initiative>().Where(i => db.Set<Objective>().Any(o => o.Id == i.ObjectiveId && o.PlanId == planId && o.Rank == 1) && i.Rank == 1)
            .Select(i => i.Id).SingleAsync());

    private Task<PlanStatus> StatusAsync(Guid planId) => app.WithDbAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync());
}

public sealed class PlanWorkflowWebOnSqlite(SqliteApp app) : PlanWorkflowWebTests(app), IClassFixture<SqliteApp>;

public sealed class PlanWorkflowWebOnPostgres(PostgresApp app) : PlanWorkflowWebTests(app), IClassFixture<PostgresApp>;

public sealed class PlanWorkflowWebOnSqlServer(SqlServerApp app) : PlanWorkflowWebTests(app), IClassFixture<SqlServerApp>;
