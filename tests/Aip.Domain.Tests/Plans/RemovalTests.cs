using Aip.Domain.Plans;

namespace Aip.Domain.Tests.Plans;

/// <summary>What removing each part of a plan takes with it, as the confirmation page says it (<see cref="Removals"/>).</summary>
public class RemovalTests
{
    [Fact]
    public void An_objective_takes_its_initiatives_their_sheets_and_finding_links_and_the_later_objectives_move_up()
    {
        var plan = new PlanBuilder().WithObjectives(3).WithInitiativesPerObjective(2).Build();
        var objective = plan.Objectives[0];
        var finding = Guid.NewGuid();
        plan.AddressFindings(objective.Initiatives[0].Id, [finding], [finding]);
        plan.AddressFindings(objective.Id, [finding], [finding]);

        var removal = Removals.OfObjective(plan, objective.Id);

        Assert.Equal(("objective 1", "Objective statement 1"), (removal.What, removal.Text));
        Assert.Equal(
            [
                "2 initiatives (1.1, 1.2) and their Strategy Sheets",
                "4 benchmarks with 10 dated targets",
                "2 activities",
                "its link to 1 District Review finding (the finding stays)",
            ],
            removal.GoesWithIt);
        Assert.Equal(
            [
                "Objective 2 becomes objective 1, and its initiatives are renumbered with it.",
                "Objective 3 becomes objective 2, and its initiatives are renumbered with it.",
            ],
            removal.Renumbered);
    }

    [Fact]
    public void An_initiative_takes_its_sheet_and_the_next_initiatives_of_its_objective_move_up()
    {
        var plan = new PlanBuilder().WithObjectives(3).WithInitiativesPerObjective(3).Build();
        var initiative = plan.Objectives[1].Initiatives[1];

        var removal = Removals.OfInitiative(plan, initiative.Id);

        Assert.Equal("initiative 2.2", removal.What);
        Assert.Equal(["its Strategy Sheet", "2 benchmarks with 5 dated targets", "1 activity"], removal.GoesWithIt);
        Assert.Equal(["Initiative 2.3 becomes initiative 2.2."], removal.Renumbered);
    }

    [Fact]
    public void A_benchmark_takes_its_targets_and_an_activity_or_a_final_outcome_nothing()
    {
        var plan = PlanBuilder.Ready();
        var initiative = plan.Objectives[0].Initiatives[0];
        var shortTerm = initiative.Benchmarks.Single(b => b.Kind == BenchmarkKind.ShortTermOutcome);

        var benchmark = Removals.OfBenchmark(plan, shortTerm.Id);
        var activity = Removals.OfActivity(plan, initiative.Activities[0].Id);
        var outcome = Removals.OfFinalOutcome(plan, plan.FinalOutcomes[0].Id);

        Assert.Equal("this short-term outcome of initiative 1.1", benchmark.What);
        Assert.Equal(["2 dated targets"], benchmark.GoesWithIt);
        Assert.Equal(("this activity of initiative 1.1", PlanBuilder.ActionStep), (activity.What, activity.Text));
        Assert.Empty(activity.GoesWithIt);
        Assert.Empty(outcome.GoesWithIt);
        Assert.Empty(outcome.Renumbered);
    }

    [Fact]
    public void The_last_objective_renumbers_nothing()
    {
        var plan = new PlanBuilder().WithObjectives(3).WithInitiativesPerObjective(1).Build();

        Assert.Empty(Removals.OfObjective(plan, plan.Objectives[2].Id).Renumbered);
    }
}
