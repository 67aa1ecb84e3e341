using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Domain.Tests.Plans;

namespace Aip.Domain.Tests.Reviews;

public class ReviewCommentTests
{
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly DateTimeOffset At = new(2026, 10, 6, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_comment_is_pinned_to_an_item_of_the_plan()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var review = ReviewBuilder.Started(plan);
        var initiative = plan.Objectives[0].Initiatives[0];

        var comment = review.AddComment(new(CommentArea.Initiative, initiative.Id), "  Who leads the coaches?  ", Author, At);

        Assert.Equal(plan.Id, comment.PlanId);
        Assert.Equal(review.Id, comment.ReviewId);
        Assert.Equal(new CommentPlace(CommentArea.Initiative, initiative.Id), comment.Place);
        Assert.Equal("Who leads the coaches?", comment.Text);
        Assert.Equal(Author, comment.AuthorId);
        Assert.Equal(At, comment.At);
        Assert.False(comment.Resolved);
    }

    [Fact]
    public void A_comment_keeps_the_name_its_place_had_when_it_was_written()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var review = ReviewBuilder.Started(plan);
        var initiative = plan.Objectives[0].Initiatives[0];

        var named = review.AddComment(new(CommentArea.Initiative, initiative.Id), "Who leads?", Author, At, "  Initiative 1.1 ");
        var unnamed = review.AddComment(new(CommentArea.Section1), "Tighten this.", Author, At);

        Assert.Equal("Initiative 1.1", named.PlaceName);
        Assert.Null(unnamed.PlaceName);
        Assert.Throws<DomainException>(() =>
            review.AddComment(new(CommentArea.Section1), "Too long a name.", Author, At, new string('x', ReviewComment.PlaceNameMaxLength + 1)));
    }

    [Theory]
    [InlineData(CommentArea.Plan)]
    [InlineData(CommentArea.Section1)]
    [InlineData(CommentArea.FinalOutcomes)]
    public void A_comment_on_an_area_as_a_whole_needs_no_item(CommentArea area)
    {
        var review = ReviewBuilder.Started(PlanBuilder.InStatus(PlanStatus.Submitted));

        var comment = review.AddComment(new(area), "Tighten this.", Author, At);

        Assert.Null(comment.ItemId);
    }

    [Fact]
    public void A_comment_may_be_pinned_to_one_final_outcome()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var review = ReviewBuilder.Started(plan);

        var comment = review.AddComment(new(CommentArea.FinalOutcomes, plan.FinalOutcomes[0].Id), "Is 75 ambitious enough?", Author, At);

        Assert.Equal(plan.FinalOutcomes[0].Id, comment.ItemId);
    }

    [Theory]
    [InlineData(CommentArea.Objective, "Choose the objective the comment is about.")]
    [InlineData(CommentArea.Initiative, "Choose the initiative the comment is about.")]
    [InlineData(CommentArea.Benchmark, "Choose the benchmark the comment is about.")]
    [InlineData(CommentArea.Activity, "Choose the activity the comment is about.")]
    public void A_comment_on_an_item_area_needs_the_item(CommentArea area, string message)
    {
        var review = ReviewBuilder.Started(PlanBuilder.InStatus(PlanStatus.Submitted));

        var refusal = Assert.Throws<DomainException>(() => review.AddComment(new(area), "Unclear.", Author, At));

        Assert.Equal(message, refusal.Message);
    }

    [Fact]
    public void A_comment_on_the_whole_plan_is_not_pinned_to_an_item()
    {
        var review = ReviewBuilder.Started(PlanBuilder.InStatus(PlanStatus.Submitted));

        Assert.Throws<DomainException>(() => review.AddComment(new(CommentArea.Plan, Guid.NewGuid()), "Unclear.", Author, At));
    }

    [Fact]
    public void A_comment_in_an_unknown_area_is_refused()
    {
        var review = ReviewBuilder.Started(PlanBuilder.InStatus(PlanStatus.Submitted));

        var refusal = Assert.Throws<DomainException>(() => review.AddComment(new((CommentArea)42), "Unclear.", Author, At));

        Assert.Equal("Choose where in the plan the comment belongs.", refusal.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_comment_needs_its_text(string? text)
    {
        var review = ReviewBuilder.Started(PlanBuilder.InStatus(PlanStatus.Submitted));

        var refusal = Assert.Throws<DomainException>(() => review.AddComment(CommentPlace.WholePlan, text, Author, At));

        Assert.Equal("Enter the comment.", refusal.Message);
    }

    [Fact]
    public void A_comment_of_4000_characters_is_kept_and_one_longer_is_refused()
    {
        var review = ReviewBuilder.Started(PlanBuilder.InStatus(PlanStatus.Submitted));

        var kept = review.AddComment(CommentPlace.WholePlan, new string('x', ReviewComment.TextMaxLength), Author, At);
        var refusal = Assert.Throws<DomainException>(() =>
            review.AddComment(CommentPlace.WholePlan, new string('x', ReviewComment.TextMaxLength + 1), Author, At));

        Assert.Equal(ReviewComment.TextMaxLength, kept.Text.Length);
        Assert.Equal("The comment must be 4000 characters or fewer.", refusal.Message);
    }

    [Fact]
    public void A_comment_needs_its_author()
    {
        var review = ReviewBuilder.Started(PlanBuilder.InStatus(PlanStatus.Submitted));

        Assert.Throws<DomainException>(() => review.AddComment(CommentPlace.WholePlan, "Unclear.", Guid.Empty, At));
    }

    [Fact]
    public void A_comment_is_resolved_after_the_plan_is_returned()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var review = ReviewBuilder.Complete(plan);
        var comment = review.AddComment(new(CommentArea.Section1), "Rank the objectives.", Author, At);
        plan.Return(review, Role.EseStaff, PlanBuilder.DecidedAt);

        comment.Resolve();

        Assert.True(comment.Resolved);
        Assert.Equal(review.Id, comment.ReviewId);
    }

    [Fact]
    public void No_comment_is_added_once_the_review_is_decided()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var review = ReviewBuilder.Complete(plan);
        plan.Return(review, Role.EseStaff, PlanBuilder.DecidedAt);

        var refusal = Assert.Throws<DomainException>(() => review.AddComment(CommentPlace.WholePlan, "Late thought.", Author, At));

        Assert.Equal("The review has been decided and can no longer change.", refusal.Message);
    }
}
