using Aip.Domain.People;
using Aip.Domain.Reviews;
using Aip.Domain.Versions;
using Aip.Web.Data;
using Aip.Web.Features.Documents;
using Aip.Web.Features.Reviews;
using static Aip.Web.Tests.Documents.DocumentFixtures;

namespace Aip.Web.Tests.Documents;

public class ReviewDocumentTests
{
    private static readonly DateTimeOffset SubmittedAt = new(2026, 9, 20, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DecidedAt = new(2026, 10, 2, 15, 0, 0, TimeSpan.Zero);

    [PdfToolsFact]
    public void The_review_prints_the_decision_each_criterion_and_the_overall_next_step()
    {
        var (review, content, comments) = ReturnedReview();

        var pdf = Render(review, content, comments);
        var text = PlanDocumentTests.Squeezed(PdfTools.DrawnText(pdf));

        TextAssert.InOrder(text, new[]
        {
            ReviewDocument.Title, content.Title, District, "Submission 1", "Jane Doe", "Returned to the district for revision", "2 October 2026",
            // Each criterion is a row of the rubric's grid, its four levels side by side, ESE's level marked in its cell.
            "1. Provides Focus", "Developing Emerging Ready to implement Strong", $"{ReviewDocument.EseMark}.",
            "ESE's rating Strong", "Reasons Objectives are few and ranked.", "The district's own rating Not rated",
            "2. Addresses Systemic Root Causes", "ESE's rating Ready to implement", "Reasons Root causes are named.",
            "3. Quickly Targets the Instructional Core", "ESE's rating Emerging", "Reasons Quick wins are unclear.",
            "4. Useful for Tracking the Sufficiency of Progress", "ESE's rating Developing", "Reasons Several targets have no date.",
            "5. Builds Long-Term Capacity", "Reasons Not given",
            "Overall rating", "Overall rating Emerging", "Next step Strengthen some key areas", "Tighten the benchmarks before resubmitting.",
            ReviewDocument.SelfAssessmentTitle, "The district did not fill in a self-assessment.",
        }.Select(PlanDocumentTests.Squeezed));
        Assert.Contains(content.Title, PdfTools.Info(pdf)["Title"], StringComparison.Ordinal);
        Assert.Equal("Jane Doe", PdfTools.Info(pdf)["Author"]);
    }

    [PdfToolsFact]
    public void The_chosen_levels_are_marked_in_the_grid_and_the_districts_self_assessment_follows()
    {
        var (review, content, comments) = ReturnedReview();
        var self = SelfAssessment.Start(review.PlanId);
        self.Rate(RubricCriterion.ProvidesFocus, RubricRating.Strong);
        self.Rate(RubricCriterion.UsefulForTrackingSufficiencyOfProgress, RubricRating.ReadyToImplement);
        self.Answer(4, "Principals can say which objective is theirs.");

        var pdf = Renderer.Render(ReviewDocument.Compose(review, content,
            new ReviewDocumentInfo(District, "Jane Doe", new DateOnly(2026, 10, 3)) { SelfAssessment = self }, comments));
        var text = PlanDocumentTests.Squeezed(PdfTools.DrawnText(pdf));

        // Criterion 1: ESE and the district chose the same level, both marks in the one cell, before its words.
        TextAssert.InOrder(text, new[]
        {
            "1. Provides Focus", $"{ReviewDocument.EseMark}. {ReviewDocument.DistrictMark}.", "The district's own rating Strong",
            "4. Useful for Tracking the Sufficiency of Progress", "The district's own rating Ready to implement",
            ReviewDocument.SelfAssessmentTitle, "1. Provides Focus Strong", "3. Quickly Targets the Instructional Core Not rated",
            "Not answered.", "Principals can say which objective is theirs.",
        }.Select(PlanDocumentTests.Squeezed));
        // Each mark once per row it applies to: ESE's on the five criteria and the overall rating, the district's on the two it rated.
        var squeezedEse = PlanDocumentTests.Squeezed($"{ReviewDocument.EseMark}.");
        var squeezedDistrict = PlanDocumentTests.Squeezed($"{ReviewDocument.DistrictMark}.");
        Assert.Equal(6, text.Split(squeezedEse).Length - 1);
        Assert.Equal(2, text.Split(squeezedDistrict).Length - 1);
    }

    [PdfToolsFact]
    public void Pinned_comments_are_grouped_under_their_place_in_plan_order()
    {
        var (review, content, comments) = ReturnedReview();

        var text = PdfTools.DrawnText(Render(review, content, comments));

        TextAssert.InOrder(text,
        [
            "Comments pinned to the plan", "4 comments, 1 resolved",
            CommentPlaces.Section1, "Say which District Review findings come first.", "Resolved",
            "Initiative 2.1", "Name one lead, not a team.", "Open", "Give the coaching cycle a length.",
            "Initiative 2.1, activity 1", "When does the first data meeting happen?",
        ]);
    }

    [Fact]
    public void A_comment_place_is_named_as_the_printed_plan_numbers_it()
    {
        var content = DemoPlanContent();
        var initiative = content.Objectives[1].Initiatives[0];
        var outcome = initiative.Benchmarks.First(b => b.Kind == Domain.Plans.BenchmarkKind.ShortTermOutcome);

        Assert.Equal("Initiative 2.1", CommentPlaces.Label(new CommentPlace(CommentArea.Initiative, initiative.Id), content));
        Assert.Equal("Objective 2", CommentPlaces.Label(new CommentPlace(CommentArea.Objective, content.Objectives[1].Id), content));
        Assert.Equal("Initiative 2.1, short-term outcome 1", CommentPlaces.Label(new CommentPlace(CommentArea.Benchmark, outcome.Id), content));
        Assert.Equal("Final outcome 2", CommentPlaces.Label(new CommentPlace(CommentArea.FinalOutcomes, content.FinalOutcomes[1].Id), content));
        Assert.Equal(CommentPlaces.WholePlan, CommentPlaces.Label(CommentPlace.WholePlan, content));
        Assert.Equal("An initiative no longer in the plan", CommentPlaces.Label(new CommentPlace(CommentArea.Initiative, Guid.NewGuid()), content));
    }

    [PdfToolsFact]
    public void An_undecided_review_without_comments_says_so()
    {
        var plan = DemoPlan.Build(Guid.NewGuid(), FirstYear);
        plan.Submit(Role.Superintendent, SubmittedAt);
        var review = PlanReview.Start(plan, Guid.NewGuid(), SubmittedAt);

        var text = PdfTools.DrawnText(Render(review, PlanContent.Of(plan), []));

        Assert.Contains(ReviewDocument.NotDecided, text, StringComparison.Ordinal);
        Assert.Contains(ReviewDocument.NotRated, text, StringComparison.Ordinal);
        Assert.Contains("The reviewer pinned no comments to the plan.", text, StringComparison.Ordinal);
    }

    private static byte[] Render(PlanReview review, PlanContent content, IReadOnlyList<PinnedComment> comments) =>
        Renderer.Render(ReviewDocument.Compose(review, content, new ReviewDocumentInfo(District, "Jane Doe", new DateOnly(2026, 10, 3)), comments));

    /// <summary>The demo plan, submitted once, rated and returned, with comments pinned in no particular order.</summary>
    private static (PlanReview Review, PlanContent Content, IReadOnlyList<PinnedComment> Comments) ReturnedReview()
    {
        var plan = DemoPlan.Build(Guid.NewGuid(), FirstYear);
        plan.Submit(Role.Superintendent, SubmittedAt);
        var review = PlanReview.Start(plan, Guid.NewGuid(), SubmittedAt);
        review.Rate(RubricCriterion.ProvidesFocus, RubricRating.Strong, "Objectives are few and ranked.");
        review.Rate(RubricCriterion.AddressesSystemicRootCauses, RubricRating.ReadyToImplement, "Root causes are named.");
        review.Rate(RubricCriterion.QuicklyTargetsInstructionalCore, RubricRating.Emerging, "Quick wins are unclear.");
        review.Rate(RubricCriterion.UsefulForTrackingSufficiencyOfProgress, RubricRating.Developing, "Several targets have no date.");
        review.Rate(RubricCriterion.BuildsLongTermCapacity, RubricRating.Emerging, null);
        review.SetOverall(RubricRating.Emerging, "Tighten the benchmarks before resubmitting.");
        var initiative = plan.Objectives[1].Initiatives[0];
        var firstActivity = PlanContent.Of(plan).Objectives[1].Initiatives[0].Activities.OrderBy(a => a.Start).ThenBy(a => a.End).First();
        var reviewer = Guid.NewGuid();
        ReviewComment[] comments =
        [
            review.AddComment(new CommentPlace(CommentArea.Activity, firstActivity.Id), "When does the first data meeting happen?", reviewer, SubmittedAt.AddDays(3)),
            review.AddComment(new CommentPlace(CommentArea.Initiative, initiative.Id), "Give the coaching cycle a length.", reviewer, SubmittedAt.AddDays(2)),
            review.AddComment(new CommentPlace(CommentArea.Initiative, initiative.Id), "Name one lead, not a team.", reviewer, SubmittedAt.AddDays(1)),
            review.AddComment(new CommentPlace(CommentArea.Section1), "Say which District Review findings come first.", reviewer, SubmittedAt.AddDays(1)),
        ];
        comments[3].Resolve();
        plan.Return(review, Role.EseStaff, DecidedAt);
        var content = PlanContent.Of(plan);
        return (review, content, [.. comments.Select(c => PinnedComment.Of(c, content))]);
    }
}
