using Aip.Domain.Plans;
using Aip.Domain.Reviews;

namespace Aip.Domain.Tests.Reviews;

/// <summary>Reviews of a submitted plan: started, or complete (every criterion and the overall rating given).</summary>
public static class ReviewBuilder
{
    public static readonly Guid ReviewerId = Guid.NewGuid();

    public static readonly DateTimeOffset StartedAt = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);

    public static PlanReview Started(Plan plan) => PlanReview.Start(plan, ReviewerId, StartedAt);

    public static PlanReview Complete(Plan plan, RubricRating rating = RubricRating.ReadyToImplement)
    {
        var review = Started(plan);
        foreach (var criterion in RubricCriterionFacts.All)
        {
            review.Rate(criterion, rating, $"Reasons for {criterion.DisplayName()}");
        }

        review.SetOverall(rating, "Overall, the plan is focused.");
        return review;
    }
}
