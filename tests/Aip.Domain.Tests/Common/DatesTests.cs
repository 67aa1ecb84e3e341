using Aip.Domain.Common;

namespace Aip.Domain.Tests.Common;

public class DatesTests
{
    [Fact]
    public void Moments_are_shown_in_massachusetts_time_whatever_the_server_runs_in()
    {
        var lateEveningInBoston = new DateTimeOffset(2026, 11, 24, 3, 30, 0, TimeSpan.Zero);
        var summerAfternoon = new DateTimeOffset(2027, 7, 1, 18, 5, 0, TimeSpan.Zero);

        Assert.Equal("23 November 2026", Dates.Display(lateEveningInBoston));
        Assert.Equal("23 November 2026, 22:30", Dates.DisplayWithTime(lateEveningInBoston));
        Assert.Equal("1 July 2027, 14:05", Dates.DisplayWithTime(summerAfternoon));
    }

    [Fact]
    public void Dates_are_written_in_full()
    {
        Assert.Equal("5 May 2031", Dates.Display(new DateOnly(2031, 5, 5)));
    }
}
