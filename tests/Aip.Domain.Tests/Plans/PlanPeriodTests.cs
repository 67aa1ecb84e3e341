using Aip.Domain.Common;
using Aip.Domain.Plans;

namespace Aip.Domain.Tests.Plans;

public class PlanPeriodTests
{
    private static readonly PlanPeriod Period = PlanPeriod.ForSchoolYears(2026, 2027);

    [Fact]
    public void A_period_runs_from_1_July_before_the_first_school_year_to_31_August_after_the_last()
    {
        Assert.Equal(new DateOnly(2026, 7, 1), Period.Start);
        Assert.Equal(new DateOnly(2028, 8, 31), Period.End);
    }

    [Theory]
    [InlineData("2026-07-01", true)]
    [InlineData("2028-08-31", true)]
    [InlineData("2027-03-15", true)]
    [InlineData("2026-06-30", false)]
    [InlineData("2028-09-01", false)]
    public void A_period_contains_its_first_and_last_days_and_nothing_outside(string date, bool contained)
    {
        Assert.Equal(contained, Period.Contains(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_period_reads_as_a_range_of_dates_in_words()
    {
        Assert.Equal("1 July 2026 – 31 August 2028", Period.ToString());
    }

    [Fact]
    public void Periods_of_the_same_years_are_equal()
    {
        Assert.Equal(PlanPeriod.ForSchoolYears(2026, 2027), Period);
    }

    [Fact]
    public void A_period_of_impossible_school_years_is_refused()
    {
        Assert.Throws<DomainException>(() => PlanPeriod.ForSchoolYears(2027, 2026));
    }

    [Theory]
    [InlineData(2027, 2027, "2027–28")]
    [InlineData(2026, 2027, "2026–27 to 2027–28")]
    [InlineData(2099, 2099, "2099–00")]
    public void School_years_read_as_the_guidance_writes_them(int first, int last, string text)
    {
        Assert.Equal(text, PlanPeriod.SchoolYears(first, last));
    }
}
