using Aip.Domain.Progress;

namespace Aip.Domain.Tests.Progress;

public class MeasuresTests
{
    [Theory]
    [InlineData("60%", 60)]
    [InlineData("average of 2.5", 2.5)]
    [InlineData("1,200 home visits", 1200)]
    [InlineData(" 72 % ", 72)]
    public void A_value_with_one_number_reads_as_that_number(string value, double expected) =>
        Assert.Equal((decimal)expected, Measures.Number(value));

    [Theory]
    [InlineData("all six schools")]
    [InlineData("grade 3-5 teams")]
    [InlineData("")]
    public void A_value_with_no_number_or_several_is_text(string value) => Assert.Null(Measures.Number(value));

    [Fact]
    public void Targets_that_all_carry_a_per_cent_sign_are_a_percentage_and_one_word_target_makes_them_text()
    {
        Assert.Equal(MeasureKind.Percentage, Measures.KindOf(["60%", "80%"]));
        Assert.Equal(MeasureKind.Number, Measures.KindOf(["average of 2.5", "average of 3.0"]));
        Assert.Equal(MeasureKind.Text, Measures.KindOf(["60%", "all teams"]));
        Assert.Equal(MeasureKind.Text, Measures.KindOf([]));
    }

    [Fact]
    public void The_direction_is_the_districts_setting_else_the_targets_else_the_baseline_else_assumed_higher()
    {
        Assert.Equal((MeasureDirection.LowerIsBetter, DirectionSource.Set), Measures.DirectionOf(MeasureDirection.LowerIsBetter, [10m, 20m], null));
        Assert.Equal((MeasureDirection.LowerIsBetter, DirectionSource.Targets), Measures.DirectionOf(null, [34m, 30m, 25m], null));
        Assert.Equal((MeasureDirection.HigherIsBetter, DirectionSource.Targets), Measures.DirectionOf(null, [60m, 80m], 90m));
        Assert.Equal((MeasureDirection.LowerIsBetter, DirectionSource.Baseline), Measures.DirectionOf(null, [20m], 24m));
        Assert.Equal((MeasureDirection.HigherIsBetter, DirectionSource.Assumed), Measures.DirectionOf(null, [95m, 95m], null));
    }
}
