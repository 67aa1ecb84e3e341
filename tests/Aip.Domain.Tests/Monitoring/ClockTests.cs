using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Microsoft.Extensions.Time.Testing;

namespace Aip.Domain.Tests.Monitoring;

/// <summary>
/// The guidance's clocks read on a running clock (a fake one): calendar days in Massachusetts, whatever the UTC date, across
/// the weekend and the changes to and from daylight saving time.
/// </summary>
public class ClockTests
{
    [Fact]
    public void The_draft_deadline_over_the_spring_change_turns_due_today_at_massachusetts_midnight_then_overdue()
    {
        // Held Friday 12 March 2027, 16:00 EST; the clocks go forward on Sunday 14 March. The draft is due Monday 15 March.
        var held = Dates.At(new DateOnly(2027, 3, 12), new TimeOnly(16, 0));
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 15, 3, 30, 0, TimeSpan.Zero)); // Sunday 23:30 EDT, Monday in UTC
        var draft = MinutesClocks.For(Dates.Day(held), null).Draft;

        Assert.Equal(new DateOnly(2027, 3, 15), draft.DueOn);
        Assert.Equal("due 15 March 2027 (in 1 day)", draft.Describe(Dates.Day(clock.GetUtcNow())));
        clock.Advance(TimeSpan.FromHours(1)); // Monday 00:30 EDT
        Assert.Equal(DeadlineStanding.DueToday, draft.Standing(Dates.Day(clock.GetUtcNow())));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal("overdue by 1 day (was due 15 March 2027)", draft.Describe(Dates.Day(clock.GetUtcNow())));
    }

    [Fact]
    public void The_final_deadline_over_the_autumn_change_counts_the_weekend_and_the_longer_night()
    {
        // Held Friday 30 October 2026; the clocks go back on Sunday 1 November. The final Minutes are due Friday 6 November.
        var held = Dates.At(new DateOnly(2026, 10, 30), new TimeOnly(15, 30));
        var final = MinutesClocks.For(Dates.Day(held), null).Final;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 6, 4, 30, 0, TimeSpan.Zero)); // Thursday 23:30 EST

        Assert.Equal(new DateOnly(2026, 11, 6), final.DueOn);
        Assert.Equal(DeadlineStanding.Upcoming, final.Standing(Dates.Day(clock.GetUtcNow())));
        clock.Advance(TimeSpan.FromHours(1)); // Friday 00:30 EST
        Assert.Equal(DeadlineStanding.DueToday, final.Standing(Dates.Day(clock.GetUtcNow())));
        Assert.Equal(DeadlineStanding.MetOnTime, final.Standing(Dates.Day(clock.GetUtcNow()), Dates.Day(clock.GetUtcNow())));
    }

    [Fact]
    public void A_weeks_notice_is_counted_in_massachusetts_days_across_the_spring_change()
    {
        var discussion = Dates.At(new DateOnly(2027, 3, 15), new TimeOnly(9, 0)); // Monday, EDT
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 9, 4, 30, 0, TimeSpan.Zero)); // Monday 8 March 23:30 EST

        Assert.True(NoticeRule.IsMet(clock.GetUtcNow(), discussion));
        clock.Advance(TimeSpan.FromHours(1)); // Tuesday 9 March 00:30 EST: six days ahead
        Assert.False(NoticeRule.IsMet(clock.GetUtcNow(), discussion));
    }

    [Fact]
    public void Minutes_sent_on_a_saturday_give_the_reviewers_until_tuesday()
    {
        var held = Dates.At(new DateOnly(2026, 12, 10), new TimeOnly(15, 30)); // Thursday
        var clock = new FakeTimeProvider(held.AddHours(3));
        var minutes = Minutes.Begin(HighlightDiscussionTests.Schedule(held, reason: null), clock.GetUtcNow());
        minutes.Write(MinutesSection.Accomplishments, "PD attendance.");
        clock.Advance(TimeSpan.FromDays(2)); // Saturday evening

        minutes.SendForReview(clock.GetUtcNow());

        Assert.Equal(new DateOnly(2026, 12, 15), minutes.Clocks.Comments.DueOn);
        Assert.Equal(DeadlineStanding.MetOnTime, minutes.Clocks.Draft.Standing(Dates.Day(clock.GetUtcNow()), minutes.SentForReviewOn));
    }
}
