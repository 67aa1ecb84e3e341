using Aip.Domain.Plans;

namespace Aip.Domain.Tests.Plans;

public class QuarterTests
{
    [Theory]
    [InlineData(2026, 9, 1, Quarter.SeptDec)]
    [InlineData(2026, 12, 31, Quarter.SeptDec)]
    [InlineData(2027, 1, 1, Quarter.JanMarch)]
    [InlineData(2027, 3, 31, Quarter.JanMarch)]
    [InlineData(2027, 4, 1, Quarter.AprilJune)]
    [InlineData(2027, 6, 30, Quarter.AprilJune)]
    [InlineData(2027, 7, 1, Quarter.JulyAug)]
    [InlineData(2027, 8, 31, Quarter.JulyAug)]
    public void Each_date_falls_in_one_quarter_of_the_school_year(int year, int month, int day, Quarter quarter)
    {
        Assert.Equal(quarter, QuarterFacts.QuarterOf(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Quarters_use_the_names_of_the_strategy_sheet_in_school_year_order()
    {
        Assert.Equal(["Sept–Dec", "Jan–March", "April–June", "July–Aug"], QuarterFacts.All.Select(q => q.DisplayName()));
    }
}
