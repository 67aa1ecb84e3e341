using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Domain.Progress;
using Aip.Domain.Tests.Plans;
using Microsoft.Extensions.Time.Testing;

namespace Aip.Domain.Tests.Progress;

/// <summary>The builder's activity runs from 8 September to 18 December 2026.</summary>
public class ActivityStandingTests
{
    private readonly Plan _plan = PlanBuilder.InStatus(PlanStatus.Approved);

    private Activity Coaching => _plan.Objectives[0].Initiatives[0].Activities[0];

    [Fact]
    public void An_activity_with_no_status_is_not_started_and_late_only_after_its_completion_day_in_massachusetts()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 19, 4, 30, 0, TimeSpan.Zero)); // 18 December, 23:30 EST

        Assert.False(ActivityStanding.Of(Coaching, null, Dates.Day(clock.GetUtcNow())).IsLate);
        clock.Advance(TimeSpan.FromHours(1));
        var standing = ActivityStanding.Of(Coaching, null, Dates.Day(clock.GetUtcNow()));
        Assert.True(standing.IsLate);
        Assert.Equal("Late (not started; due 18 December 2026)", standing.Describe());
    }

    [Fact]
    public void A_done_activity_is_never_late_and_one_in_progress_past_its_date_is()
    {
        var today = new DateOnly(2027, 1, 10);
        var progress = ActivityProgress.Record(_plan, Coaching, ActivityStatus.InProgress, new DateOnly(2026, 9, 8), null, today);
        Assert.True(ActivityStanding.Of(Coaching, progress, today).IsLate);

        progress.Change(_plan, ActivityStatus.Done, new DateOnly(2027, 1, 8), "All grade-level meetings modelled.", today);

        var standing = ActivityStanding.Of(Coaching, progress, today);
        Assert.False(standing.IsLate);
        Assert.Equal((ActivityStatus.Done, new DateOnly(2027, 1, 8)), (standing.Status, standing.ChangedOn));
    }

    [Fact]
    public void The_late_rule_needs_only_the_end_date_and_the_status()
    {
        var end = new DateOnly(2026, 12, 18);

        Assert.False(ActivityStanding.Late(end, null, end));
        Assert.True(ActivityStanding.Late(end, null, end.AddDays(1)));
        Assert.True(ActivityStanding.Late(end, ActivityStatus.InProgress, end.AddDays(1)));
        Assert.False(ActivityStanding.Late(end, ActivityStatus.Done, end.AddDays(30)));
    }

    [Fact]
    public void A_status_change_is_not_dated_after_today()
    {
        var today = new DateOnly(2026, 10, 1);

        Assert.Equal("The date of the change cannot be after today (1 October 2026).",
            Assert.Throws<DomainException>(() => ActivityProgress.Record(_plan, Coaching, ActivityStatus.InProgress, today.AddDays(1), null, today)).Message);
    }

    [Fact]
    public void An_outcome_actual_belongs_to_a_school_year_of_the_plan()
    {
        var outcome = _plan.FinalOutcomes[0];

        Assert.Equal("PPI 71", OutcomeActual.Record(_plan, outcome, 2026, "PPI 71", null).Value);
        Assert.StartsWith("Choose a school year of the plan",
            Assert.Throws<DomainException>(() => OutcomeActual.Record(_plan, outcome, 2030, "PPI 71", null)).Message, StringComparison.Ordinal);
    }
}
