using Aip.Domain.Monitoring;

namespace Aip.Domain.Tests.Monitoring;

public class CoverageTests
{
    private static readonly DateOnly Approved = new(2026, 9, 1);
    private static readonly Guid Item = Guid.NewGuid();

    [Fact]
    public void An_item_discussed_at_least_every_three_months_is_covered_in_every_window()
    {
        var coverage = Coverage.For(Item, Approved, new DateOnly(2027, 3, 1),
            [new(2026, 10, 15), new(2027, 1, 10)], nextDiscussion: new DateOnly(2027, 3, 20));

        Assert.True(coverage.EveryWindowCovered);
        Assert.Equal(new DateOnly(2027, 1, 10), coverage.LastDiscussed);
        Assert.Equal(new DateOnly(2027, 4, 10), coverage.CoverBy);
        Assert.False(coverage.AtRisk);
    }

    [Fact]
    public void A_gap_longer_than_three_months_is_a_missed_window_even_if_discussed_since()
    {
        var coverage = Coverage.For(Item, Approved, new DateOnly(2027, 3, 1), [new(2026, 9, 20), new(2027, 1, 5)], new DateOnly(2027, 3, 20));

        Assert.False(coverage.EveryWindowCovered);
    }

    [Fact]
    public void An_item_whose_window_closes_before_the_next_discussion_is_at_risk()
    {
        var noneScheduled = Coverage.For(Item, Approved, new DateOnly(2026, 11, 1), [new(2026, 9, 15)], nextDiscussion: null);
        var tooLate = Coverage.For(Item, Approved, new DateOnly(2026, 11, 1), [new(2026, 9, 15)], nextDiscussion: new DateOnly(2026, 12, 16));

        Assert.True(noneScheduled.AtRisk);
        Assert.True(tooLate.AtRisk);
        Assert.True(tooLate.EveryWindowCovered);
    }

    [Fact]
    public void A_never_discussed_item_counts_from_the_plans_approval()
    {
        var coverage = Coverage.For(Item, Approved, new DateOnly(2026, 12, 15), [], nextDiscussion: new DateOnly(2026, 12, 20));

        Assert.Null(coverage.LastDiscussed);
        Assert.Equal(new DateOnly(2026, 12, 1), coverage.CoverBy);
        Assert.False(coverage.EveryWindowCovered);
        Assert.True(coverage.AtRisk);
    }

    [Theory]
    [InlineData(8, "Summer work")]
    [InlineData(9, "Baseline data")]
    [InlineData(10, "Baseline data")]
    [InlineData(11, "Accomplishments, challenges, risks")]
    [InlineData(6, "Accomplishments, challenges, risks")]
    public void Each_month_offers_the_guidances_theme(int month, string start)
    {
        Assert.StartsWith(start, DiscussionThemes.For(month), StringComparison.Ordinal);
        Assert.Null(DiscussionThemes.For(7));
    }
}
