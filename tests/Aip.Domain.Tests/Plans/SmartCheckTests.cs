using Aip.Domain.Plans;

namespace Aip.Domain.Tests.Plans;

public class SmartCheckTests
{
    private static readonly PlanPeriod Period = PlanPeriod.ForSchoolYears(2026, 2027);
    private static readonly DateOnly November = new(2026, 11, 30);
    private static readonly DateOnly January = new(2027, 1, 31);

    [Fact]
    public void A_measured_evidenced_benchmark_with_dated_targets_in_the_plan_years_has_no_findings()
    {
        var benchmark = PlanBuilder.Ready().Objectives[0].Initiatives[0].Benchmarks[0];

        Assert.Empty(SmartCheck.Check(benchmark, Period));
    }

    [Fact]
    public void A_benchmark_without_a_measure_is_asked_for_one()
    {
        var finding = Assert.Single(SmartCheck.Check(Benchmark(measure: null), Period));

        Assert.Equal(new SmartFinding(SmartRule.HasMeasure, "Say how this benchmark is measured."), finding);
    }

    [Fact]
    public void A_benchmark_without_evidence_is_asked_to_name_it()
    {
        var finding = Assert.Single(SmartCheck.Check(Benchmark(evidence: " "), Period));

        Assert.Equal(new SmartFinding(SmartRule.HasEvidence, "Name the evidence that will show this benchmark."), finding);
    }

    [Fact]
    public void A_benchmark_without_targets_is_asked_for_a_dated_one()
    {
        var finding = Assert.Single(SmartCheck.Check(Benchmark(targets: []), Period));

        Assert.Equal(new SmartFinding(SmartRule.HasDatedTarget, "Add at least one dated target, e.g. 60% by November."), finding);
    }

    [Fact]
    public void Targets_entered_out_of_date_order_are_pointed_out()
    {
        var finding = Assert.Single(SmartCheck.Check(Benchmark(targets: [(January, "80%"), (November, "60%")]), Period));

        Assert.Equal(new SmartFinding(SmartRule.TargetsInDateOrder, "Put the targets in date order."), finding);
    }

    [Fact]
    public void Targets_on_the_same_date_are_in_order()
    {
        Assert.Empty(SmartCheck.Check(Benchmark(targets: [(November, "60% grade 3"), (November, "50% grade 4"), (January, "80%")]), Period));
    }

    [Fact]
    public void A_target_outside_the_plan_years_is_named_with_the_plan_period()
    {
        var finding = Assert.Single(SmartCheck.Check(Benchmark(targets: [(November, "60%"), (new DateOnly(2031, 5, 15), "90%")]), Period));

        Assert.Equal(
            new SmartFinding(SmartRule.TargetsInsidePlanYears, "The target of 15 May 2031 falls outside the plan's years (1 July 2026 – 31 August 2028)."),
            finding);
    }

    [Fact]
    public void Each_target_outside_the_plan_years_is_a_finding_of_its_own()
    {
        var findings = SmartCheck.Check(Benchmark(targets: [(new DateOnly(2026, 6, 30), "10%"), (new DateOnly(2028, 9, 1), "90%")]), Period);

        Assert.Equal(2, findings.Count(f => f.Rule == SmartRule.TargetsInsidePlanYears));
    }

    [Fact]
    public void Targets_on_the_first_and_last_days_of_the_plan_are_inside_its_years()
    {
        Assert.Empty(SmartCheck.Check(Benchmark(targets: [(Period.Start, "10%"), (Period.End, "90%")]), Period));
    }

    [Theory]
    [InlineData("120%")]
    [InlineData("-5%")]
    [InlineData("\u22125%")]
    [InlineData("abc%")]
    [InlineData("%")]
    [InlineData("100.5%")]
    [InlineData("1,000%")]
    [InlineData("60% to 120%")]
    public void A_percentage_outside_0_to_100_is_a_finding(string value)
    {
        var finding = Assert.Single(SmartCheck.Check(Benchmark(targets: [(November, value)]), Period));

        Assert.Equal(new SmartFinding(SmartRule.PercentageInRange, $"The target \"{value}\" is not a percentage between 0 and 100."), finding);
    }

    [Theory]
    [InlineData("0%")]
    [InlineData("60%")]
    [InlineData("100%")]
    [InlineData("87.5 %")]
    [InlineData("60% of grade 3-5 teams")]
    [InlineData("40-60%")]
    [InlineData("all grade 3-5 teams")]
    public void A_percentage_from_0_to_100_or_a_value_without_one_is_fine(string value)
    {
        Assert.Empty(SmartCheck.Check(Benchmark(targets: [(November, value)]), Period));
    }

    [Fact]
    public void A_bare_benchmark_gets_every_finding_that_applies()
    {
        var findings = SmartCheck.Check(Benchmark(measure: null, evidence: null, targets: []), Period);

        Assert.Equal([SmartRule.HasMeasure, SmartRule.HasEvidence, SmartRule.HasDatedTarget], findings.Select(f => f.Rule));
    }

    private static Benchmark Benchmark(
        string? measure = "Share of teams with protocol notes",
        string? evidence = "Planning-time minutes",
        (DateOnly Date, string? Value)[]? targets = null)
    {
        var (plan, initiative) = BenchmarkTests.PlanWithInitiative();
        return plan.AddBenchmark(initiative.Id, BenchmarkKind.EarlyEvidenceOfChange, "Teams use the protocol", measure, evidence, "monthly", targets ?? [(November, "60%")]);
    }
}
