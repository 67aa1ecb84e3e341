using Aip.Domain.Plans;

namespace Aip.Domain.Tests.Plans;

public class ReadinessTests
{
    [Fact]
    public void A_complete_plan_is_ready_with_nothing_to_fix()
    {
        var report = Readiness.Check(PlanBuilder.Ready());

        Assert.True(report.IsReady);
        Assert.Empty(report.Items);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void Three_to_five_objectives_are_ready(int objectives)
    {
        Assert.True(Readiness.Check(new PlanBuilder().WithObjectives(objectives).Build()).IsReady);
    }

    [Fact]
    public void An_empty_plan_lists_what_it_needs_in_plan_order()
    {
        var report = Readiness.Check(PlanBuilder.Empty());

        Assert.False(report.IsReady);
        Assert.Equal(
            ["Write the explanation of key issues.", "Write the theory of action.", "A plan needs at least 3 strategic objectives; this one has 0.", "Add at least one final outcome."],
            report.Items.Select(i => i.Message));
    }

    [Fact]
    public void Fewer_than_three_objectives_block()
    {
        var plan = new PlanBuilder().WithObjectives(2).Build();

        var item = Assert.Single(Readiness.Check(plan).Items);

        Assert.Equal(Blocker("A plan needs at least 3 strategic objectives; this one has 2.", ReadinessArea.Objective), item);
    }

    [Fact]
    public void An_objective_without_an_overall_lead_blocks()
    {
        var plan = PlanBuilder.Ready();
        var second = plan.Objectives[1];
        plan.UpdateObjective(second.Id, second.Statement, null);

        var item = Assert.Single(Readiness.Check(plan).Items);

        Assert.Equal(Blocker("Objective 2 needs an overall lead.", ReadinessArea.Objective, second.Id), item);
    }

    [Fact]
    public void An_objective_without_initiatives_blocks()
    {
        var plan = new PlanBuilder().WithInitiativesPerObjective(1).Build();
        var second = plan.Objectives[1];
        plan.RemoveInitiative(second.Initiatives[0].Id);

        var report = Readiness.Check(plan);

        Assert.Contains(Blocker("Objective 2 needs at least one initiative.", ReadinessArea.Objective, second.Id), report.Items);
        Assert.False(report.IsReady);
    }

    [Fact]
    public void An_objective_with_one_initiative_is_a_warning_and_the_plan_stays_ready()
    {
        var plan = PlanBuilder.Ready();
        var third = plan.Objectives[2];
        plan.RemoveInitiative(third.Initiatives[1].Id);

        var report = Readiness.Check(plan);

        var item = Assert.Single(report.Items);
        Assert.Equal(
            new ReadinessItem(ReadinessSeverity.Warning, "Objective 3 has one initiative; the guidance suggests 2–4 initiatives per objective.", new(ReadinessArea.Objective, third.Id)),
            item);
        Assert.True(report.IsReady);
        Assert.Equal([item], report.Warnings);
        Assert.Empty(report.Blockers);
    }

    [Fact]
    public void An_initiative_without_a_lead_blocks()
    {
        var plan = PlanBuilder.Ready();
        var initiative = plan.Objectives[1].Initiatives[1];
        plan.UpdateInitiative(initiative.Id, initiative.Description, " ", initiative.KeyResources);

        var item = Assert.Single(Readiness.Check(plan).Items);

        Assert.Equal(Blocker("Initiative 2.2 needs a lead.", ReadinessArea.Initiative, initiative.Id), item);
    }

    [Theory]
    [InlineData(BenchmarkKind.EarlyEvidenceOfChange, "Initiative 1.2 needs at least one early evidence of change indicator.")]
    [InlineData(BenchmarkKind.ShortTermOutcome, "Initiative 1.2 needs at least one short-term outcome.")]
    public void An_initiative_without_a_benchmark_of_each_kind_blocks(BenchmarkKind kind, string message)
    {
        var plan = PlanBuilder.Ready();
        var initiative = plan.Objectives[0].Initiatives[1];
        plan.RemoveBenchmark(initiative.Benchmarks.Single(b => b.Kind == kind).Id);

        var item = Assert.Single(Readiness.Check(plan).Items);

        Assert.Equal(Blocker(message, ReadinessArea.Initiative, initiative.Id), item);
    }

    [Fact]
    public void An_initiative_without_activities_blocks()
    {
        var plan = PlanBuilder.Ready();
        var initiative = plan.Objectives[2].Initiatives[0];
        plan.RemoveActivity(initiative.Activities[0].Id);

        var item = Assert.Single(Readiness.Check(plan).Items);

        Assert.Equal(Blocker("Initiative 3.1 needs at least one activity.", ReadinessArea.Initiative, initiative.Id), item);
    }

    [Fact]
    public void A_plan_without_final_outcomes_blocks()
    {
        var plan = PlanBuilder.Ready();
        plan.RemoveFinalOutcome(plan.FinalOutcomes[0].Id);

        var item = Assert.Single(Readiness.Check(plan).Items);

        Assert.Equal(Blocker("Add at least one final outcome.", ReadinessArea.FinalOutcomes), item);
    }

    [Fact]
    public void A_final_outcome_dated_outside_the_plan_years_blocks()
    {
        var plan = PlanBuilder.Ready();
        var outcome = plan.AddFinalOutcome("Math proficiency rises", null, null, new DateOnly(2029, 8, 31));

        var item = Assert.Single(Readiness.Check(plan).Items);

        Assert.Equal(
            Blocker("Final outcome \"Math proficiency rises\": The date of 31 August 2029 falls outside the plan's years (1 July 2026 – 31 August 2028).", ReadinessArea.FinalOutcomes, outcome.Id),
            item);
    }

    [Fact]
    public void Missing_key_issues_block()
    {
        var plan = PlanBuilder.Ready();
        plan.UpdateSection1(null, plan.TheoryOfAction, plan.WhyTheseObjectives);

        var item = Assert.Single(Readiness.Check(plan).Items);

        Assert.Equal(Blocker("Write the explanation of key issues.", ReadinessArea.Section1), item);
    }

    [Fact]
    public void Key_issues_over_1000_words_block_with_their_count()
    {
        var plan = PlanBuilder.Ready();
        plan.UpdateSection1(PlanTests.Words(1043), plan.TheoryOfAction, plan.WhyTheseObjectives);

        var item = Assert.Single(Readiness.Check(plan).Items);

        Assert.Equal(Blocker("Key issues are 1,043 words; the limit is 1,000.", ReadinessArea.Section1), item);
    }

    [Fact]
    public void Key_issues_of_exactly_1000_words_are_ready()
    {
        var plan = PlanBuilder.Ready();
        plan.UpdateSection1(PlanTests.Words(Plan.KeyIssuesWordLimit), plan.TheoryOfAction, plan.WhyTheseObjectives);

        Assert.True(Readiness.Check(plan).IsReady);
    }

    [Fact]
    public void A_missing_theory_of_action_blocks()
    {
        var plan = PlanBuilder.Ready();
        plan.UpdateSection1(plan.KeyIssues, null, plan.WhyTheseObjectives);

        var item = Assert.Single(Readiness.Check(plan).Items);

        Assert.Equal(Blocker("Write the theory of action.", ReadinessArea.Section1), item);
    }

    [Theory]
    [InlineData("2026-09-08", "2030-06-30", "The completion date of 30 June 2030")]
    [InlineData("2026-05-01", "2026-07-31", "The start date of 1 May 2026")]
    public void An_activity_with_a_date_outside_the_plan_years_blocks(string start, string end, string problem)
    {
        var plan = PlanBuilder.Ready();
        var initiative = plan.Objectives[1].Initiatives[0];
        var activity = plan.AddActivity(initiative.Id, QuarterFacts.QuarterOf(Date(start)), "Coach cycles", null, Date(start), Date(end), null);

        var item = Assert.Single(Readiness.Check(plan).Items);

        Assert.Equal(
            Blocker($"Initiative 2.1, activity \"Coach cycles\": {problem} falls outside the plan's years (1 July 2026 – 31 August 2028).", ReadinessArea.Activity, activity.Id),
            item);
    }

    [Fact]
    public void An_activity_listed_under_another_quarter_than_it_starts_in_is_a_warning()
    {
        var plan = PlanBuilder.Ready();
        var initiative = plan.Objectives[1].Initiatives[0];
        var activity = plan.AddActivity(initiative.Id, Quarter.JanMarch, "Coach cycles", null, Date("2026-10-05"), Date("2026-12-18"), null);

        var item = Assert.Single(Readiness.Check(plan).Items);

        Assert.Equal(ReadinessSeverity.Warning, item.Severity);
        Assert.Equal("Initiative 2.1, activity \"Coach cycles\": it starts on 5 October 2026, in Sept–Dec, but is listed under Jan–March; choose the quarter it starts in.", item.Message);
        Assert.Equal(new ReadinessPlace(ReadinessArea.Activity, activity.Id), item.Place);
    }

    [Fact]
    public void Changing_the_plan_years_shows_every_date_left_outside_them()
    {
        var plan = PlanBuilder.Ready();

        plan.UpdateDetails(plan.Title, 2027, 2028);

        var report = Readiness.Check(plan);
        Assert.False(report.IsReady);
        Assert.Contains(report.Items, i => i.Place.Area == ReadinessArea.Activity);
        Assert.Contains(report.Items, i => i.Place.Area == ReadinessArea.Benchmark);
    }

    [Fact]
    public void Each_smart_finding_blocks_and_names_the_initiative_and_the_benchmark()
    {
        var plan = PlanBuilder.Ready();
        var benchmark = plan.Objectives[1].Initiatives[1].Benchmarks[0];
        plan.UpdateBenchmark(benchmark.Id, benchmark.Kind, benchmark.Description, null, benchmark.Evidence, benchmark.Frequency, [(new DateOnly(2026, 11, 30), "120%")]);

        var items = Readiness.Check(plan).Items;

        Assert.Equal(
            [
                Blocker($"Initiative 2.2, early evidence \"{PlanBuilder.EarlyEvidence}\": Say how this benchmark is measured.", ReadinessArea.Benchmark, benchmark.Id),
                Blocker($"Initiative 2.2, early evidence \"{PlanBuilder.EarlyEvidence}\": The target \"120%\" is not a percentage between 0 and 100.", ReadinessArea.Benchmark, benchmark.Id),
            ],
            items);
    }

    [Fact]
    public void A_short_term_outcome_is_named_as_one()
    {
        var plan = PlanBuilder.Ready();
        var benchmark = plan.Objectives[0].Initiatives[0].Benchmarks[1];
        plan.UpdateBenchmark(benchmark.Id, benchmark.Kind, benchmark.Description, benchmark.Measure, null, benchmark.Frequency, [(new DateOnly(2027, 1, 31), "45%")]);

        var item = Assert.Single(Readiness.Check(plan).Items);

        Assert.Equal($"Initiative 1.1, short-term outcome \"{PlanBuilder.ShortTermOutcome}\": Name the evidence that will show this benchmark.", item.Message);
    }

    [Fact]
    public void A_long_description_is_shortened_to_one_line_in_the_message()
    {
        var plan = PlanBuilder.Ready();
        var benchmark = plan.Objectives[0].Initiatives[0].Benchmarks[0];
        var description = "Teams analyse student work\nin common planning time using the protocol that coaches model at each meeting";
        plan.UpdateBenchmark(benchmark.Id, benchmark.Kind, description, null, benchmark.Evidence, benchmark.Frequency, [(new DateOnly(2026, 11, 30), "60%")]);

        var item = Assert.Single(Readiness.Check(plan).Items);

        Assert.Equal("Initiative 1.1, early evidence \"Teams analyse student work in common planning time using the…\": Say how this benchmark is measured.", item.Message);
    }

    [Fact]
    public void A_long_description_without_spaces_is_cut_at_the_limit()
    {
        var plan = PlanBuilder.Ready();
        var benchmark = plan.Objectives[0].Initiatives[0].Benchmarks[0];
        plan.UpdateBenchmark(benchmark.Id, benchmark.Kind, new string('x', 100), null, benchmark.Evidence, benchmark.Frequency, [(new DateOnly(2026, 11, 30), "60%")]);

        var item = Assert.Single(Readiness.Check(plan).Items);

        Assert.StartsWith($"Initiative 1.1, early evidence \"{new string('x', 60)}…\":", item.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_follow_the_numbers_after_a_move()
    {
        var plan = PlanBuilder.Ready();
        var third = plan.Objectives[2];
        plan.UpdateObjective(third.Id, third.Statement, null);

        plan.MoveObjective(third.Id, 1);

        Assert.Equal("Objective 1 needs an overall lead.", Assert.Single(Readiness.Check(plan).Items).Message);
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static ReadinessItem Blocker(string message, ReadinessArea area, Guid? id = null) =>
        new(ReadinessSeverity.Blocker, message, new(area, id));
}
