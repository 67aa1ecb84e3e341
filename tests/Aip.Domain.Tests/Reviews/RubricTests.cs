using Aip.Domain.Reviews;

namespace Aip.Domain.Tests.Reviews;

public class RubricTests
{
    [Theory]
    [InlineData(RubricRating.Developing, "Developing", "Revise")]
    [InlineData(RubricRating.Emerging, "Emerging", "Strengthen some key areas to maximize potential impact on improving student outcomes and teaching and learning.")]
    [InlineData(RubricRating.ReadyToImplement, "Ready to implement", "Implement, but continue refining during implementation.")]
    [InlineData(RubricRating.Strong, "Strong", "Implement. Refine as needed to make mid-course corrections.")]
    public void Each_rating_has_the_rubrics_name_and_next_step(RubricRating rating, string name, string nextStep)
    {
        Assert.Equal(name, rating.DisplayName());
        Assert.Equal(nextStep, rating.NextStep());
    }

    [Theory]
    [InlineData(RubricCriterion.ProvidesFocus, "Provides Focus")]
    [InlineData(RubricCriterion.AddressesSystemicRootCauses, "Addresses Systemic Root Causes")]
    [InlineData(RubricCriterion.QuicklyTargetsInstructionalCore, "Quickly Targets the Instructional Core")]
    [InlineData(RubricCriterion.UsefulForTrackingSufficiencyOfProgress, "Useful for Tracking the Sufficiency of Progress")]
    [InlineData(RubricCriterion.BuildsLongTermCapacity, "Builds Long-Term Capacity")]
    public void Each_criterion_has_the_rubrics_name(RubricCriterion criterion, string name)
    {
        Assert.Equal(name, criterion.DisplayName());
    }

    [Fact]
    public void The_rubric_has_five_criteria_and_four_ratings_in_its_order()
    {
        Assert.Equal(Enum.GetValues<RubricCriterion>(), RubricCriterionFacts.All);
        Assert.Equal(5, RubricCriterionFacts.All.Count);
        Assert.Equal(Enum.GetValues<RubricRating>(), RubricRatingFacts.All);
        Assert.True(RubricRating.Developing < RubricRating.Strong);
    }

    [Fact]
    public void Every_criterion_is_described_at_every_level()
    {
        foreach (var criterion in RubricCriterionFacts.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(criterion.Description()));
            Assert.Equal(4, RubricRatingFacts.All.Select(r => criterion.LevelDescription(r)).Distinct().Count());
        }

        Assert.Equal(4, RubricRatingFacts.All.Select(r => r.Definition()).Distinct().Count());
    }

    [Fact]
    public void The_level_descriptions_keep_the_rubrics_wording()
    {
        Assert.Equal(
            "To track the sufficiency of progress, benchmarks need to be strengthened. The plan meets less than two of the specified standard benchmarks.",
            RubricCriterion.UsefulForTrackingSufficiencyOfProgress.LevelDescription(RubricRating.Developing));
        Assert.Contains(
            "1. There are “quick wins” planned for students and/or teachers.",
            RubricCriterion.QuicklyTargetsInstructionalCore.LevelDescription(RubricRating.Strong),
            StringComparison.Ordinal);
    }
}
