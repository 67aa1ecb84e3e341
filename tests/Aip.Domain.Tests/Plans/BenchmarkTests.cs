using Aip.Domain.Common;
using Aip.Domain.Plans;

namespace Aip.Domain.Tests.Plans;

public class BenchmarkTests
{
    private static readonly DateOnly November = new(2026, 11, 30);
    private static readonly DateOnly January = new(2027, 1, 31);

    [Fact]
    public void A_benchmark_keeps_its_trimmed_texts_and_its_targets_in_the_order_entered()
    {
        var (plan, initiative) = PlanWithInitiative();

        var benchmark = plan.AddBenchmark(
            initiative.Id, BenchmarkKind.EarlyEvidenceOfChange, " Teams use the protocol ", " Share of teams ", " Minutes ", " monthly ",
            [(January, " 80% "), (November, "60%")]);

        Assert.Equal(
            (initiative.Id, BenchmarkKind.EarlyEvidenceOfChange, "Teams use the protocol", "Share of teams", "Minutes", "monthly"),
            (benchmark.InitiativeId, benchmark.Kind, benchmark.Description, benchmark.Measure, benchmark.Evidence, benchmark.Frequency));
        Assert.Equal([(January, "80%"), (November, "60%")], benchmark.Targets.Select(t => (t.Date, t.Value)));
        Assert.All(benchmark.Targets, t => Assert.Equal(benchmark.Id, t.BenchmarkId));
    }

    [Fact]
    public void Early_evidence_is_listed_before_short_term_outcomes_each_in_the_order_added()
    {
        var (plan, initiative) = PlanWithInitiative();

        plan.AddBenchmark(initiative.Id, BenchmarkKind.ShortTermOutcome, "Outcome 1", null, null, null, []);
        plan.AddBenchmark(initiative.Id, BenchmarkKind.EarlyEvidenceOfChange, "Evidence 1", null, null, null, []);
        plan.AddBenchmark(initiative.Id, BenchmarkKind.ShortTermOutcome, "Outcome 2", null, null, null, []);
        plan.AddBenchmark(initiative.Id, BenchmarkKind.EarlyEvidenceOfChange, "Evidence 2", null, null, null, []);

        Assert.Equal(["Evidence 1", "Evidence 2", "Outcome 1", "Outcome 2"], initiative.Benchmarks.Select(b => b.Description));
    }

    [Fact]
    public void Updating_a_benchmark_replaces_its_texts_and_targets()
    {
        var (plan, initiative) = PlanWithInitiative();
        var benchmark = plan.AddBenchmark(initiative.Id, BenchmarkKind.EarlyEvidenceOfChange, "Old", "Old", "Old", "Old", [(November, "60%")]);

        plan.UpdateBenchmark(benchmark.Id, BenchmarkKind.ShortTermOutcome, "New", null, "Reports", "quarterly", [(January, "45%"), (new DateOnly(2027, 6, 15), "55%")]);

        Assert.Equal(
            (BenchmarkKind.ShortTermOutcome, "New", (string?)null, "Reports", "quarterly"),
            (benchmark.Kind, benchmark.Description, benchmark.Measure, benchmark.Evidence, benchmark.Frequency));
        Assert.Equal(["45%", "55%"], benchmark.Targets.Select(t => t.Value));
    }

    [Fact]
    public void A_target_given_with_its_id_stays_the_same_target_and_one_given_without_is_new()
    {
        var (plan, initiative) = PlanWithInitiative();
        var benchmark = plan.AddBenchmark(initiative.Id, BenchmarkKind.EarlyEvidenceOfChange, "Walks", null, null, null, [(November, "60%"), (January, "80%")]);
        var (first, second) = (benchmark.Targets[0], benchmark.Targets[1]);

        plan.UpdateBenchmark(benchmark.Id, benchmark.Kind, "Walks", null, null, null,
            [new(January, "85%", second.Id), new(November.AddDays(-10), "60%", first.Id), new(new DateOnly(2027, 5, 31), "90%", Guid.NewGuid())]);

        Assert.Equal([second.Id, first.Id], benchmark.Targets.Take(2).Select(t => t.Id));
        Assert.Same(first, benchmark.Targets[1]);
        Assert.Equal([(January, "85%", 1), (November.AddDays(-10), "60%", 2)], benchmark.Targets.Take(2).Select(t => (t.Date, t.Value, t.Position)));
        Assert.Equal(3, benchmark.Targets.Count);
        Assert.DoesNotContain(benchmark.Targets, t => t.Id == Guid.Empty);
    }

    [Fact]
    public void A_target_id_of_another_benchmark_is_not_taken_over()
    {
        var (plan, initiative) = PlanWithInitiative();
        var other = plan.AddBenchmark(initiative.Id, BenchmarkKind.ShortTermOutcome, "Other", null, null, null, [(January, "45%")]);
        var benchmark = plan.AddBenchmark(initiative.Id, BenchmarkKind.EarlyEvidenceOfChange, "Walks", null, null, null, []);

        plan.UpdateBenchmark(benchmark.Id, benchmark.Kind, "Walks", null, null, null, [new(November, "60%", other.Targets[0].Id)]);

        Assert.NotEqual(other.Targets[0].Id, Assert.Single(benchmark.Targets).Id);
        Assert.Equal("45%", Assert.Single(other.Targets).Value);
    }

    [Fact]
    public void A_refused_update_leaves_targets_given_with_their_ids_as_they_were()
    {
        var (plan, initiative) = PlanWithInitiative();
        var benchmark = plan.AddBenchmark(initiative.Id, BenchmarkKind.EarlyEvidenceOfChange, "Walks", null, null, null, [(November, "60%")]);
        var target = benchmark.Targets[0];

        Assert.Throws<DomainException>(() => plan.UpdateBenchmark(benchmark.Id, benchmark.Kind, "Walks", null, null, null,
            [new(January, "70%", target.Id), new(January, " ")]));

        Assert.Equal((November, "60%", 1), (target.Date, target.Value, target.Position));
    }

    [Fact]
    public void A_refused_update_leaves_the_benchmark_and_its_targets_as_they_were()
    {
        var (plan, initiative) = PlanWithInitiative();
        var benchmark = plan.AddBenchmark(initiative.Id, BenchmarkKind.EarlyEvidenceOfChange, "Old", "Measure", null, null, [(November, "60%")]);

        Assert.Throws<DomainException>(() => plan.UpdateBenchmark(benchmark.Id, BenchmarkKind.EarlyEvidenceOfChange, "New", null, null, null, [(January, " ")]));

        Assert.Equal(("Old", "Measure"), (benchmark.Description, benchmark.Measure));
        Assert.Equal(["60%"], benchmark.Targets.Select(t => t.Value));
    }

    [Fact]
    public void A_benchmark_without_targets_can_be_saved_while_drafting()
    {
        var (plan, initiative) = PlanWithInitiative();

        var benchmark = plan.AddBenchmark(initiative.Id, BenchmarkKind.ShortTermOutcome, "Outcome", null, null, null, []);

        Assert.Empty(benchmark.Targets);
    }

    [Theory]
    [InlineData(" ", "2026-11-30", "60%", "Enter the benchmark.")]
    [InlineData("Benchmark", "0001-01-01", "60%", "Enter the date of each target.")]
    [InlineData("Benchmark", "2026-11-30", " ", "Enter the target value.")]
    public void A_benchmark_with_a_missing_part_is_refused(string description, string date, string value, string message)
    {
        var (plan, initiative) = PlanWithInitiative();

        var refusal = Assert.Throws<DomainException>(() => plan.AddBenchmark(
            initiative.Id, BenchmarkKind.ShortTermOutcome, description, null, null, null,
            [(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), value)]));

        Assert.Equal(message, refusal.Message);
        Assert.Empty(initiative.Benchmarks);
    }

    [Fact]
    public void A_benchmark_of_no_known_kind_is_refused()
    {
        var (plan, initiative) = PlanWithInitiative();

        var refusal = Assert.Throws<DomainException>(() => plan.AddBenchmark(initiative.Id, (BenchmarkKind)0, "Benchmark", null, null, null, []));

        Assert.Equal("Choose whether this is early evidence of change or a short-term outcome.", refusal.Message);
    }

    [Fact]
    public void Benchmark_texts_longer_than_their_limits_are_refused()
    {
        var (plan, initiative) = PlanWithInitiative();
        var kind = BenchmarkKind.ShortTermOutcome;

        Assert.Throws<DomainException>(() => plan.AddBenchmark(initiative.Id, kind, new string('d', Benchmark.DescriptionMaxLength + 1), null, null, null, []));
        Assert.Throws<DomainException>(() => plan.AddBenchmark(initiative.Id, kind, "B", new string('m', Benchmark.MeasureMaxLength + 1), null, null, []));
        Assert.Throws<DomainException>(() => plan.AddBenchmark(initiative.Id, kind, "B", null, new string('e', Benchmark.EvidenceMaxLength + 1), null, []));
        Assert.Throws<DomainException>(() => plan.AddBenchmark(initiative.Id, kind, "B", null, null, new string('f', Benchmark.FrequencyMaxLength + 1), []));
        Assert.Throws<DomainException>(() => plan.AddBenchmark(initiative.Id, kind, "B", null, null, null, [(November, new string('v', BenchmarkTarget.ValueMaxLength + 1))]));
        Assert.Empty(initiative.Benchmarks);
    }

    [Fact]
    public void Targets_up_to_the_limit_are_accepted()
    {
        var (plan, initiative) = PlanWithInitiative();
        var targets = Enumerable.Range(0, Benchmark.MaxTargets).Select(i => (November.AddDays(i), (string?)"60%"));

        var benchmark = plan.AddBenchmark(initiative.Id, BenchmarkKind.ShortTermOutcome, "B", null, null, null, targets);

        Assert.Equal(Enumerable.Range(1, Benchmark.MaxTargets), benchmark.Targets.Select(t => t.Position));
    }

    [Fact]
    public void More_targets_than_the_limit_are_refused()
    {
        var (plan, initiative) = PlanWithInitiative();
        var targets = Enumerable.Range(0, Benchmark.MaxTargets + 1).Select(i => (November.AddDays(i), (string?)"60%"));

        var refusal = Assert.Throws<DomainException>(() => plan.AddBenchmark(initiative.Id, BenchmarkKind.ShortTermOutcome, "B", null, null, null, targets));

        Assert.Equal("A benchmark has at most 36 targets.", refusal.Message);
    }

    [Fact]
    public void Removing_a_benchmark_takes_it_off_its_initiative()
    {
        var plan = PlanBuilder.Ready();
        var initiative = plan.Objectives[0].Initiatives[0];
        var benchmark = initiative.Benchmarks[0];

        plan.RemoveBenchmark(benchmark.Id);

        Assert.DoesNotContain(benchmark, initiative.Benchmarks);
        Assert.Single(initiative.Benchmarks);
    }

    [Fact]
    public void A_benchmark_is_found_by_its_id_and_a_missing_one_is_not_found()
    {
        var plan = PlanBuilder.Ready();
        var benchmark = plan.Objectives[2].Initiatives[1].Benchmarks[1];

        Assert.Same(benchmark, plan.FindBenchmark(benchmark.Id));
        Assert.Equal("This benchmark is not in the plan; it may have been removed.", Assert.Throws<DomainException>(() => plan.RemoveBenchmark(Guid.NewGuid())).Message);
    }

    [Fact]
    public void Benchmark_kinds_use_the_names_of_the_guidance()
    {
        Assert.Equal("Early evidence of change", BenchmarkKind.EarlyEvidenceOfChange.DisplayName());
        Assert.Equal("Short-term outcome", BenchmarkKind.ShortTermOutcome.DisplayName());
    }

    internal static (Plan Plan, Initiative Initiative) PlanWithInitiative()
    {
        var plan = PlanBuilder.Empty();
        var objective = plan.AddObjective("Objective", null);
        return (plan, plan.AddInitiative(objective.Id, "Initiative", null, null));
    }
}
