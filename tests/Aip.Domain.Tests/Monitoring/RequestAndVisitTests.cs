using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.People;
using Microsoft.Extensions.Time.Testing;

namespace Aip.Domain.Tests.Monitoring;

public class RequestAndVisitTests
{
    private static readonly Actor Monitor = new(Guid.NewGuid(), Role.PlanMonitor, "Marcus Oyelaran");
    private static readonly Actor Manager = new(Guid.NewGuid(), Role.PlanManager, "Priya Natarajan");

    /// <summary>Tuesday 1 December 2026, 23:30 in Massachusetts: already Wednesday in UTC.</summary>
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 4, 30, 0, TimeSpan.Zero));

    [Fact]
    public void A_request_gives_three_weeks_counted_in_massachusetts_days_or_a_reason_and_stays_flagged()
    {
        var refused = Assert.Throws<DomainException>(() => Request(new(2026, 12, 21), reason: null));
        Assert.Contains("the earliest due date is 22 December 2026", refused.Message, StringComparison.Ordinal);

        var onTime = Request(new(2026, 12, 22), reason: null);
        var early = Request(new(2026, 12, 15), reason: "The QPR draft is due on the 18th.");

        Assert.False(onTime.ShortNotice);
        Assert.True(early.ShortNotice);
        Assert.Equal("The QPR draft is due on the 18th.", early.ShortNoticeReason);
        Assert.IsType<EvidenceRequested>(Assert.Single(early.PendingEvents()));
    }

    [Fact]
    public void The_district_answers_or_declines_once_and_lateness_is_counted_on_the_due_day()
    {
        var request = Request(new(2026, 12, 22), reason: null);
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 23, 4, 0, 0, TimeSpan.Zero)); // 22 December, 23:00 EST: still the due day

        Assert.Equal(DeadlineStanding.DueToday, request.Deadline.Standing(Dates.Day(_clock.GetUtcNow())));
        Assert.Throws<DomainException>(() => request.Fulfil(" ", [], Manager, _clock.GetUtcNow()));
        var logs = Guid.NewGuid();
        request.Fulfil(null, [logs], Manager, _clock.GetUtcNow());

        Assert.Equal((RequestStatus.Answered, new DateOnly(2026, 12, 22), "1 evidence item attached."), (request.Status, request.AnsweredOn, request.Answer));
        Assert.Equal([logs], request.AnsweredWith);
        Assert.True(Assert.IsType<EvidenceRequestClosed>(request.PendingEvents()[^1]).OnTime);
        Assert.Equal("This request is already answered.", Assert.Throws<DomainException>(() => request.Decline("No", Manager, _clock.GetUtcNow())).Message);
        Assert.Throws<DomainException>(() => Request(new(2027, 1, 20), reason: null).Decline(" ", Manager, _clock.GetUtcNow()));
    }

    [Fact]
    public void A_visit_needs_two_weeks_notice_and_at_most_two_days_a_month_unless_a_reason_is_given()
    {
        var refused = Assert.Throws<DomainException>(() => Visit(new(2026, 12, 14), daysAlready: 0, reason: null));
        Assert.Contains("at least two weeks ahead (the earliest date is 15 December 2026)", refused.Message, StringComparison.Ordinal);
        var third = Assert.Throws<DomainException>(() => Visit(new(2026, 12, 17), daysAlready: 2, reason: null));
        Assert.Contains("already has 2 days of visits in December 2026", third.Message, StringComparison.Ordinal);

        var visit = Visit(new(2026, 12, 15), daysAlready: 1, reason: null);
        var extra = Visit(new(2026, 12, 17), daysAlready: 2, reason: "The middle-school team meets only that week.");

        Assert.False(visit.ShortNotice || visit.OverMonthlyLimit);
        Assert.True(extra.OverMonthlyLimit);
        Assert.True(Assert.IsType<VisitScheduled>(Assert.Single(extra.PendingEvents())).RuleSetAside);
    }

    [Fact]
    public void Notes_come_after_the_visit_and_a_cancelled_visit_no_longer_counts()
    {
        var visit = Visit(new(2026, 12, 15), daysAlready: 0, reason: null);
        Assert.Throws<DomainException>(() => visit.RecordNotes("Early", _clock.GetUtcNow()));

        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 15, 20, 0, 0, TimeSpan.Zero));
        visit.RecordNotes("Six classrooms observed; objectives posted in five.", _clock.GetUtcNow());
        Assert.Throws<DomainException>(() => visit.Cancel(_clock.GetUtcNow()));

        var later = Visit(new(2027, 1, 12), daysAlready: 0, reason: null);
        later.Cancel(_clock.GetUtcNow());
        Assert.False(later.Counts);
    }

    private EvidenceRequest Request(DateOnly due, string? reason) =>
        EvidenceRequest.Make(Guid.NewGuid(), Guid.NewGuid(), RequestKind.Evidence, "Coaching logs for October", due, reason, Monitor, _clock.GetUtcNow());

    private MonitoringVisit Visit(DateOnly day, int daysAlready, string? reason) =>
        MonitoringVisit.Schedule(Guid.NewGuid(), Guid.NewGuid(), VisitKind.ClassroomObservations, day, "Grade 3-5 literacy blocks", daysAlready, reason, Monitor, _clock.GetUtcNow());
}
