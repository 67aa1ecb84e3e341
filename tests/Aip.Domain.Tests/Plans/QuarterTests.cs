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

    [Theory]
    [InlineData("2026-08-17", "Before Year 1: July–Aug 2026")]
    [InlineData("2026-09-08", "Year 1: Sept–Dec 2026")]
    [InlineData("2027-01-04", "Year 1: Jan–March 2027")]
    [InlineData("2027-09-01", "Year 2: Sept–Dec 2027")]
    [InlineData("2028-07-10", "Year 2: July–Aug 2028")]
    [InlineData("2028-09-05", "After the plan: Sept–Dec 2028")]
    public void A_quarter_is_named_with_the_plans_school_year_and_its_months_calendar_year(string day, string name) =>
        Assert.Equal(name, SchoolQuarter.Of(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).InPlan(2026, 2027));

    [Fact]
    public void Quarters_order_by_time_across_school_years() =>
        Assert.True(new SchoolQuarter(2026, Quarter.JulyAug).Order < new SchoolQuarter(2027, Quarter.SeptDec).Order
            && new SchoolQuarter(2026, Quarter.SeptDec).Order < new SchoolQuarter(2026, Quarter.JanMarch).Order);
}
