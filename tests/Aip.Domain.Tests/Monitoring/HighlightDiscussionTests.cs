using Aip.Domain.Common;
using Aip.Domain.Monitoring;

namespace Aip.Domain.Tests.Monitoring;

public class HighlightDiscussionTests
{
    private static readonly DiscussionParticipant[] People =
    [
        new(Guid.NewGuid(), "Dr. Elena Marquez", "Superintendent"),
        new(Guid.NewGuid(), "Priya Natarajan", "Plan Manager"),
        new(Guid.NewGuid(), "Marcus Oyelaran", "Plan Monitor"),
    ];

    /// <summary>Tuesday 1 December 2026, 10:00 in Massachusetts (EST, UTC-5).</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_discussion_a_week_or_more_ahead_is_scheduled_with_notice()
    {
        var discussion = Schedule(Now.AddDays(7), reason: null);

        Assert.False(discussion.ShortNotice);
        Assert.Null(discussion.ShortNoticeReason);
        Assert.Equal(DiscussionStatus.Scheduled, discussion.Status);
        var scheduled = Assert.IsType<DiscussionScheduled>(Assert.Single(discussion.PendingEvents()));
        Assert.False(scheduled.ShortNotice);
    }

    [Fact]
    public void Less_than_a_week_ahead_needs_a_reason_and_stays_flagged()
    {
        var refusal = Assert.Throws<DomainException>(() => Schedule(Now.AddDays(6), reason: null));
        Assert.Contains("at least one week ahead; this date is 6 days away", refusal.Message, StringComparison.Ordinal);

        var discussion = Schedule(Now.AddDays(6), reason: "The superintendent is away the following week.");

        Assert.True(discussion.ShortNotice);
        Assert.Equal("The superintendent is away the following week.", discussion.ShortNoticeReason);
        Assert.True(Assert.IsType<DiscussionScheduled>(Assert.Single(discussion.PendingEvents())).ShortNotice);
    }

    [Fact]
    public void The_week_is_counted_in_massachusetts_days_across_the_change_of_clocks()
    {
        // Told on Sunday 1 March 2026 at 23:30 in Boston (04:30 UTC on 2 March); the meeting on Sunday 8 March, after
        // the clocks go forward at 02:00 that morning: seven Massachusetts days, although fewer than 7 × 24 hours.
        var toldAt = new DateTimeOffset(2026, 3, 2, 4, 30, 0, TimeSpan.Zero);
        var startsAt = new DateTimeOffset(2026, 3, 8, 13, 0, 0, TimeSpan.Zero);

        Assert.True(NoticeRule.IsMet(toldAt, startsAt));
        Assert.False(NoticeRule.IsMet(toldAt.AddHours(1), startsAt));
    }

    [Fact]
    public void Rescheduling_keeps_the_history_needs_a_reason_and_checks_the_notice_again()
    {
        var discussion = Schedule(Now.AddDays(14), reason: null);
        discussion.ClearPendingEvents();

        Assert.Throws<DomainException>(() => discussion.Reschedule(Now.AddDays(10), "Room 12", reason: null, shortNoticeReason: null, "Priya", Now));
        Assert.Throws<DomainException>(() => discussion.Reschedule(Now.AddDays(3), "Room 12", "Snow day", shortNoticeReason: null, "Priya", Now));
        discussion.Reschedule(Now.AddDays(3), "Room 12", "Snow day", "The next free date of the monitor", "Priya", Now);

        Assert.True(discussion.ShortNotice);
        Assert.Equal(2, discussion.History.Count);
        Assert.Equal(Now.AddDays(14), discussion.History[1].OldStartsAt);
        Assert.Equal("Snow day", discussion.History[1].Reason);
        var moved = Assert.IsType<DiscussionRescheduled>(Assert.Single(discussion.PendingEvents()));
        Assert.Equal(Now.AddDays(14), moved.OldStartsAt);
    }

    [Fact]
    public void A_cancelled_or_begun_discussion_cannot_move_and_a_cancelled_one_has_no_minutes()
    {
        var cancelled = Schedule(Now.AddDays(8), reason: null);
        cancelled.Cancel("The plan is being amended first.", "Priya", Now);
        Assert.Throws<DomainException>(() => cancelled.Reschedule(Now.AddDays(9), "Room 12", "Later", null, "Priya", Now));
        Assert.Throws<DomainException>(() => Minutes.Begin(cancelled, Now.AddDays(9)));

        var held = Schedule(Now.AddDays(8), reason: null);
        Assert.Throws<DomainException>(() => held.Cancel("Too late", "Priya", Now.AddDays(8)));
        Assert.Throws<DomainException>(() => Minutes.Begin(held, Now.AddDays(7)));
        Assert.Equal(held.Id, Minutes.Begin(held, Now.AddDays(8)).DiscussionId);
    }

    [Fact]
    public void A_discussion_needs_a_future_time_a_place_and_people()
    {
        Assert.Throws<DomainException>(() => Schedule(Now.AddMinutes(-1), reason: "x"));
        Assert.Throws<DomainException>(() => HighlightDiscussion.Schedule(Guid.NewGuid(), Guid.NewGuid(), Now.AddDays(8), "  ", People, null, "Priya", Now));
        Assert.Throws<DomainException>(() => HighlightDiscussion.Schedule(Guid.NewGuid(), Guid.NewGuid(), Now.AddDays(8), "Room 12", [], null, "Priya", Now));
    }

    internal static HighlightDiscussion Schedule(DateTimeOffset startsAt, string? reason) =>
        HighlightDiscussion.Schedule(Guid.NewGuid(), Guid.NewGuid(), startsAt, "District office, room 12", People, reason, "Priya Natarajan", Now);
}
