using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Tests.People;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Domain.Tests.Plans;
using Aip.Domain.Versions;

namespace Aip.Domain.Tests.Reviews;

public class PlanReviewTests
{
    [Fact]
    public void A_review_starts_with_all_five_criteria_unrated()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);

        var review = PlanReview.Start(plan, ReviewBuilder.ReviewerId, ReviewBuilder.StartedAt);

        Assert.Equal(plan.Id, review.PlanId);
        Assert.Equal(1, review.SubmissionNumber);
        Assert.Equal(ReviewBuilder.ReviewerId, review.ReviewerId);
        Assert.Equal(ReviewBuilder.StartedAt, review.StartedAt);
        Assert.Equal(RubricCriterionFacts.All, review.Ratings.Select(r => r.Criterion));
        Assert.All(review.Ratings, r => Assert.Null(r.Rating));
        Assert.False(review.IsComplete);
        Assert.Null(review.Decision);
    }

    [Theory]
    [InlineData(PlanStatus.Draft)]
    [InlineData(PlanStatus.Returned)]
    [InlineData(PlanStatus.Approved)]
    public void A_review_starts_only_on_a_submitted_plan(PlanStatus status)
    {
        var plan = PlanBuilder.InStatus(status);

        var refusal = Assert.Throws<DomainException>(() => PlanReview.Start(plan, ReviewBuilder.ReviewerId, ReviewBuilder.StartedAt));

        Assert.Equal("A review starts only once the plan has been submitted.", refusal.Message);
    }

    [Fact]
    public void A_review_needs_its_reviewer()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);

        Assert.Throws<DomainException>(() => PlanReview.Start(plan, Guid.Empty, ReviewBuilder.StartedAt));
    }

    [Fact]
    public void Rating_every_criterion_and_the_overall_completes_the_review()
    {
        var review = ReviewBuilder.Complete(PlanBuilder.InStatus(PlanStatus.Submitted));

        Assert.True(review.IsComplete);
        Assert.Empty(review.Unrated);
    }

    [Fact]
    public void A_review_with_one_criterion_unrated_is_not_complete_and_names_it()
    {
        var review = ReviewBuilder.Complete(PlanBuilder.InStatus(PlanStatus.Submitted));

        review.Rate(RubricCriterion.BuildsLongTermCapacity, null, "Still weighing this one");

        Assert.False(review.IsComplete);
        Assert.Equal([RubricCriterion.BuildsLongTermCapacity], review.Unrated);
    }

    [Fact]
    public void A_review_without_the_overall_rating_is_not_complete()
    {
        var review = ReviewBuilder.Complete(PlanBuilder.InStatus(PlanStatus.Submitted));

        review.SetOverall(null, "Not sure yet");

        Assert.False(review.IsComplete);
        Assert.Empty(review.Unrated);
    }

    [Fact]
    public void The_refusal_of_an_incomplete_review_names_what_is_missing()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var review = ReviewBuilder.Started(plan);
        foreach (var criterion in RubricCriterionFacts.All.Skip(3))
        {
            review.Rate(criterion, RubricRating.Strong, null);
        }

        var refusal = Assert.Throws<DomainException>(() => plan.Approve(review, Actors.As(Role.EseStaff), ReviewBuilder.StartedAt));

        Assert.Equal(
            "The review is not complete: rate Provides Focus, Addresses Systemic Root Causes, Quickly Targets the Instructional Core and give the overall rating.",
            refusal.Message);
    }

    [Fact]
    public void A_rating_keeps_its_reasons_trimmed()
    {
        var review = ReviewBuilder.Started(PlanBuilder.InStatus(PlanStatus.Submitted));

        review.Rate(RubricCriterion.ProvidesFocus, RubricRating.Emerging, "  Objectives are not ranked.  ");

        var rating = review.Ratings.Single(r => r.Criterion == RubricCriterion.ProvidesFocus);
        Assert.Equal(RubricRating.Emerging, rating.Rating);
        Assert.Equal("Objectives are not ranked.", rating.Comment);
    }

    [Fact]
    public void A_blank_comment_on_a_rating_is_no_comment()
    {
        var review = ReviewBuilder.Started(PlanBuilder.InStatus(PlanStatus.Submitted));

        review.Rate(RubricCriterion.ProvidesFocus, RubricRating.Emerging, "   ");

        Assert.Null(review.Ratings[0].Comment);
    }

    [Fact]
    public void A_comment_on_a_rating_over_4000_characters_is_refused()
    {
        var review = ReviewBuilder.Started(PlanBuilder.InStatus(PlanStatus.Submitted));

        var refusal = Assert.Throws<DomainException>(() =>
            review.Rate(RubricCriterion.ProvidesFocus, RubricRating.Emerging, new string('x', PlanReview.CommentMaxLength + 1)));

        Assert.Equal("The comment on Provides Focus must be 4000 characters or fewer.", refusal.Message);
        Assert.Null(review.Ratings[0].Rating);
    }

    [Fact]
    public void An_overall_comment_of_4000_characters_is_kept()
    {
        var review = ReviewBuilder.Started(PlanBuilder.InStatus(PlanStatus.Submitted));

        review.SetOverall(RubricRating.Strong, new string('x', PlanReview.CommentMaxLength));

        Assert.Equal(RubricRating.Strong, review.OverallRating);
        Assert.Equal(PlanReview.CommentMaxLength, review.OverallComment!.Length);
    }

    [Fact]
    public void A_rating_that_is_not_on_the_rubric_is_refused()
    {
        var review = ReviewBuilder.Started(PlanBuilder.InStatus(PlanStatus.Submitted));

        var refusal = Assert.Throws<DomainException>(() => review.Rate(RubricCriterion.ProvidesFocus, (RubricRating)9, null));

        Assert.Equal("There is no such rating on the AIP rubric.", refusal.Message);
    }

    [Fact]
    public void A_criterion_that_is_not_on_the_rubric_is_refused()
    {
        var review = ReviewBuilder.Started(PlanBuilder.InStatus(PlanStatus.Submitted));

        var refusal = Assert.Throws<DomainException>(() => review.Rate((RubricCriterion)9, RubricRating.Strong, null));

        Assert.Equal("There is no such criterion on the AIP rubric.", refusal.Message);
    }

    [Fact]
    public void A_decided_review_no_longer_changes()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var review = ReviewBuilder.Complete(plan);
        plan.Approve(review, Actors.As(Role.EseStaff), PlanBuilder.DecidedAt);

        var refusal = Assert.Throws<DomainException>(() => review.Rate(RubricCriterion.ProvidesFocus, RubricRating.Developing, null));

        Assert.Equal("The review has been decided and can no longer change.", refusal.Message);
        Assert.Throws<DomainException>(() => review.SetOverall(RubricRating.Developing, null));
        Assert.Equal(RubricRating.ReadyToImplement, review.OverallRating);
    }
}

public class ResubmissionReviewTests
{
    [Fact]
    public void The_review_of_a_resubmission_starts_from_the_previous_ratings_and_keeps_the_plan_as_submitted()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var first = ReviewBuilder.Complete(plan, RubricRating.Developing);
        first.Rate(RubricCriterion.ProvidesFocus, RubricRating.Strong, "Focused.");
        Assert.Equal(plan.Objectives[0].Statement, first.SubmittedContent!.Objectives[0].Statement);

        // Refused while the first is still open: only a decided review of an earlier submission is a starting point.
        Assert.Throws<DomainException>(() => PlanReview.Start(plan, ReviewBuilder.ReviewerId, ReviewBuilder.StartedAt, first));
        plan.Return(first, Role.EseStaff, PlanBuilder.DecidedAt);
        plan.UpdateObjective(plan.Objectives[0].Id, "A sharper objective", plan.Objectives[0].Lead);
        plan.Submit(Role.Superintendent, PlanBuilder.DecidedAt.AddDays(7));

        var second = PlanReview.Start(plan, ReviewBuilder.ReviewerId, PlanBuilder.DecidedAt.AddDays(8), first);
        Assert.Equal(2, second.SubmissionNumber);
        Assert.Equal((RubricRating?)RubricRating.Strong, second.Ratings.Single(r => r.Criterion == RubricCriterion.ProvidesFocus).Rating);
        Assert.Equal("Focused.", second.Ratings.Single(r => r.Criterion == RubricCriterion.ProvidesFocus).Comment);
        Assert.All(second.Ratings.Where(r => r.Criterion != RubricCriterion.ProvidesFocus), r => Assert.Equal((RubricRating?)RubricRating.Developing, r.Rating));
        Assert.Null(second.OverallRating);
        Assert.False(second.IsComplete);
        Assert.Equal("A sharper objective", second.SubmittedContent!.Objectives[0].Statement);
        Assert.False(PlanDiff.Compare(first.SubmittedContent!, second.SubmittedContent).IsEmpty);

        // Another plan's review is not a starting point.
        var other = PlanBuilder.InStatus(PlanStatus.Submitted);
        var otherReview = ReviewBuilder.Complete(other);
        other.Return(otherReview, Role.EseStaff, PlanBuilder.DecidedAt);
        Assert.Throws<DomainException>(() => PlanReview.Start(plan, ReviewBuilder.ReviewerId, PlanBuilder.DecidedAt.AddDays(8), otherReview));
    }
}
