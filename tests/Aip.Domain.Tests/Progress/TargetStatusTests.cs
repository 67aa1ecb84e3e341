using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Domain.Progress;
using Aip.Domain.Tests.Plans;
using Microsoft.Extensions.Time.Testing;

namespace Aip.Domain.Tests.Progress;

/// <summary>
/// Each dated target's status on a fixed day. The builder's early-evidence benchmark has targets of 60% by 30 November 2026,
/// 80% by 31 January 2027 and 90% by 31 May 2027.
/// </summary>
public class TargetStatusTests
{
    private static readonly DateOnly November30 = new(2026, 11, 30);
    private static readonly DateOnly January31 = new(2027, 1, 31);
    private static readonly DateOnly Today = new(2027, 2, 10);

    private readonly Plan _plan = PlanBuilder.InStatus(PlanStatus.Approved);

    private Benchmark Walks => _plan.Objectives[0].Initiatives[0].Benchmarks[0];

    [Fact]
    public void A_result_at_or_above_a_rising_target_is_met_and_below_it_not_met()
    {
        var results = new[] { Result(Walks, November30, "60%"), Result(Walks, January31, "78%") };

        var progress = BenchmarkProgress.Of(Walks, null, results, Today);

        Assert.Equal([TargetStatus.Met, TargetStatus.NotMet, TargetStatus.NotYetDue], progress.Targets.Select(t => t.Status));
        Assert.Equal(MeasureKind.Percentage, progress.Kind);
        Assert.Equal((MeasureDirection.HigherIsBetter, DirectionSource.Targets), (progress.Direction, progress.DirectionSource));
    }

    [Fact]
    public void A_past_target_without_a_result_is_overdue()
    {
        var progress = BenchmarkProgress.Of(Walks, null, [Result(Walks, January31, "81%")], Today);

        Assert.Equal([TargetStatus.Overdue, TargetStatus.Met, TargetStatus.NotYetDue], progress.Targets.Select(t => t.Status));
    }

    [Fact]
    public void A_target_is_due_through_its_own_day_in_massachusetts_and_overdue_the_next_morning()
    {
        // 04:30 UTC on 1 December is still 30 November, 23:30, in Massachusetts.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 4, 30, 0, TimeSpan.Zero));

        Assert.Equal(TargetStatus.NotYetDue, BenchmarkProgress.On(clock, Walks, null, []).Targets[0].Status);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(TargetStatus.Overdue, BenchmarkProgress.On(clock, Walks, null, []).Targets[0].Status);
    }

    [Fact]
    public void When_lower_is_better_a_result_at_or_below_the_target_is_met()
    {
        var absence = AddBenchmark([(November30, "20%"), (January31, "18%")]);
        var results = new[] { Result(absence, November30, "19.5%"), Result(absence, January31, "18.4%") };

        var progress = BenchmarkProgress.Of(absence, null, results, Today);

        Assert.Equal(MeasureDirection.LowerIsBetter, progress.Direction);
        Assert.Equal([TargetStatus.Met, TargetStatus.NotMet], progress.Targets.Select(t => t.Status));
    }

    [Fact]
    public void The_districts_setting_on_the_baseline_decides_the_direction_when_the_targets_do_not_rise_or_fall()
    {
        var flat = AddBenchmark([(November30, "20%"), (January31, "20%")]);
        var baseline = BenchmarkBaseline.Record(_plan, flat, "20%", new DateOnly(2026, 9, 30), MeasureDirection.LowerIsBetter, Today);

        var progress = BenchmarkProgress.Of(flat, baseline, [Result(flat, November30, "18%")], Today);

        Assert.Equal((MeasureDirection.LowerIsBetter, DirectionSource.Set), (progress.Direction, progress.DirectionSource));
        Assert.Equal(TargetStatus.Met, progress.Targets[0].Status);
    }

    [Fact]
    public void A_text_measure_is_met_when_the_recorder_says_so()
    {
        var plans = AddBenchmark([(November30, "all six schools"), (January31, "all six schools")]);
        var results = new[] { Result(plans, November30, "five of six schools", met: false), Result(plans, January31, "all six", met: true) };

        var progress = BenchmarkProgress.Of(plans, null, results, Today);

        Assert.Equal(MeasureKind.Text, progress.Kind);
        Assert.Equal([TargetStatus.NotMet, TargetStatus.Met], progress.Targets.Select(t => t.Status));
    }

    [Fact]
    public void A_result_needs_a_number_when_the_targets_are_numbers_and_a_judgement_when_they_are_not()
    {
        var text = AddBenchmark([(November30, "all six schools")]);

        Assert.Equal("The target is a number: enter the result as one number, for example 72%.",
            Assert.Throws<DomainException>(() => Result(Walks, November30, "most teams")).Message);
        Assert.Equal("Say whether the result met the target: it is not a number to compare.",
            Assert.Throws<DomainException>(() => Result(text, November30, "five schools")).Message);
    }

    [Fact]
    public void A_result_answers_one_of_the_benchmarks_targets_and_is_not_dated_after_today()
    {
        Assert.Equal("Choose one of the benchmark's dated targets.",
            Assert.Throws<DomainException>(() => Result(Walks, new DateOnly(2026, 12, 1), "60%")).Message);
        Assert.Contains("cannot be after today",
            Assert.Throws<DomainException>(() => BenchmarkResult.Record(_plan, Walks, November30, "60%", Today.AddDays(1), null, null, null, Today)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_is_recorded_only_on_the_plan_in_force_and_needs_no_amendment()
    {
        var draft = PlanBuilder.Ready();
        var benchmark = draft.Objectives[0].Initiatives[0].Benchmarks[0];

        Assert.StartsWith("Progress is recorded on the plan in force",
            Assert.Throws<DomainException>(() => BenchmarkResult.Record(draft, benchmark, November30, "60%", November30, null, null, null, Today)).Message, StringComparison.Ordinal);
        Assert.False(_plan.IsEditable);
        Assert.Equal("60%", Result(Walks, November30, "60%").Value);
    }

    [Fact]
    public void A_result_whose_target_date_an_amendment_moved_is_kept_aside()
    {
        var result = Result(Walks, November30, "61%");
        _plan.StartAmendment("Move the first learning-walk target to December.", Aip.Domain.Tests.People.Actors.As(Aip.Domain.People.Role.PlanManager), new DateTimeOffset(2027, 2, 1, 12, 0, 0, TimeSpan.Zero));
        _plan.UpdateBenchmark(Walks.Id, Walks.Kind, Walks.Description, Walks.Measure, Walks.Evidence, Walks.Frequency,
            [(new DateOnly(2026, 12, 15), "60%"), (January31, "80%")]);

        var progress = BenchmarkProgress.Of(Walks, null, [result], Today);

        Assert.Equal([result], progress.Unmatched);
        Assert.Equal(TargetStatus.Overdue, progress.Targets[0].Status);
    }

    private BenchmarkResult Result(Benchmark benchmark, DateOnly target, string value, bool? met = null) =>
        BenchmarkResult.Record(_plan, benchmark, target, value, target, "Learning-walk summary", null, met, Today);

    /// <summary>A benchmark added through an amendment, as a district would add one to its plan in force.</summary>
    private Benchmark AddBenchmark(IEnumerable<(DateOnly, string?)> targets)
    {
        if (_plan.OpenAmendmentStage is null)
        {
            _plan.StartAmendment("Add a benchmark.", Aip.Domain.Tests.People.Actors.As(Aip.Domain.People.Role.PlanManager), new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));
        }

        return _plan.AddBenchmark(Walks.InitiativeId, BenchmarkKind.ShortTermOutcome, "Chronic absence falls", "Share of students chronically absent", "Attendance report", "monthly", targets);
    }
}
