using Aip.Domain.Monitoring;

namespace Aip.Domain.Tests.Monitoring;

public class DeadlineTests
{
    private static readonly Deadline DueFriday = new(new DateOnly(2026, 12, 4));

    [Theory]
    [InlineData("2026-12-01", DeadlineStanding.Upcoming, "due 4 December 2026 (in 3 days)")]
    [InlineData("2026-12-03", DeadlineStanding.Upcoming, "due 4 December 2026 (in 1 day)")]
    [InlineData("2026-12-04", DeadlineStanding.DueToday, "due today")]
    [InlineData("2026-12-05", DeadlineStanding.Overdue, "overdue by 1 day (was due 4 December 2026)")]
    [InlineData("2026-12-08", DeadlineStanding.Overdue, "overdue by 4 days (was due 4 December 2026)")]
    public void An_open_deadline_reads_as_due_due_today_or_overdue_by_calendar_days(string today, DeadlineStanding standing, string text)
    {
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(standing, DueFriday.Standing(day));
        Assert.Equal(text, DueFriday.Describe(day));
    }

    [Fact]
    public void Done_on_the_due_day_is_on_time_and_a_day_after_is_late_whatever_today_is()
    {
        var later = new DateOnly(2027, 1, 10);

        Assert.Equal(DeadlineStanding.MetOnTime, DueFriday.Standing(later, doneOn: new DateOnly(2026, 12, 4)));
        Assert.Equal(DeadlineStanding.MetLate, DueFriday.Standing(later, doneOn: new DateOnly(2026, 12, 5)));
        Assert.Equal("done 5 December 2026, 1 day late", DueFriday.Describe(later, new DateOnly(2026, 12, 5)));
        Assert.Equal(1, DueFriday.DaysLate(later, new DateOnly(2026, 12, 5)));
        Assert.Equal(0, DueFriday.DaysLate(new DateOnly(2026, 12, 2)));
    }

    [Fact]
    public void Weekends_count_as_the_guidance_means_calendar_days()
    {
        // A discussion on Thursday: the draft is due on Sunday, not the next working day.
        var clocks = MinutesClocks.For(new DateOnly(2026, 12, 3), sentForReviewOn: null);

        Assert.Equal(new DateOnly(2026, 12, 6), clocks.Draft.DueOn);
        Assert.Equal(new DateOnly(2026, 12, 10), clocks.Final.DueOn);
    }

    [Fact]
    public void The_reviewers_three_days_run_from_when_they_received_the_draft()
    {
        var discussion = new DateOnly(2026, 12, 3);

        Assert.Equal(new DateOnly(2026, 12, 9), MinutesClocks.For(discussion, sentForReviewOn: null).Comments.DueOn);
        Assert.Equal(new DateOnly(2026, 12, 7), MinutesClocks.For(discussion, sentForReviewOn: new DateOnly(2026, 12, 4)).Comments.DueOn);
    }
}
