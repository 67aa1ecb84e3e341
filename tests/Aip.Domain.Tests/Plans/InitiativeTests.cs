using Aip.Domain.Common;
using Aip.Domain.Plans;

namespace Aip.Domain.Tests.Plans;

public class InitiativeTests
{
    [Fact]
    public void Initiatives_are_numbered_by_their_objective_and_their_own_rank()
    {
        var (plan, second) = PlanWithInitiatives(3);

        Assert.Equal(["2.1", "2.2", "2.3"], second.Initiatives.Select(i => i.Number));
        Assert.All(second.Initiatives, i => Assert.Equal(second.Id, i.ObjectiveId));
        Assert.Same(second, plan.FindInitiative(second.Initiatives[2].Id).Objective);
    }

    [Fact]
    public void An_initiative_keeps_its_trimmed_description_lead_and_key_resources()
    {
        var plan = ObjectiveTests.PlanWithObjectives(1);

        var initiative = plan.AddInitiative(plan.Objectives[0].Id, " Common planning ", " Sam Lee ", " Coaches; release time ");

        Assert.Equal(("Common planning", "Sam Lee", "Coaches; release time"), (initiative.Description, initiative.Lead, initiative.KeyResources));
    }

    [Fact]
    public void Numbering_follows_the_objective_when_objectives_move()
    {
        var (plan, second) = PlanWithInitiatives(3);
        var third = second.Initiatives[2];
        var ofTheFirst = plan.AddInitiative(plan.Objectives[0].Id, "Initiative of the first objective", null, null);

        plan.MoveObjective(second.Id, 1);

        Assert.Equal("1.3", third.Number);
        Assert.Equal(["1.1", "1.2", "1.3"], second.Initiatives.Select(i => i.Number));
        Assert.Equal("2.1", ofTheFirst.Number);
    }

    [Fact]
    public void Numbering_follows_the_objective_when_an_objective_before_it_is_removed()
    {
        var (plan, second) = PlanWithInitiatives(3);

        plan.RemoveObjective(plan.Objectives[0].Id);

        Assert.Equal(["1.1", "1.2", "1.3"], second.Initiatives.Select(i => i.Number));
    }

    [Fact]
    public void A_sixth_initiative_in_an_objective_is_refused()
    {
        var (plan, second) = PlanWithInitiatives(5);

        var refusal = Assert.Throws<DomainException>(() => plan.AddInitiative(second.Id, "Initiative 6", null, null));

        Assert.Equal("An objective has at most 5 initiatives.", refusal.Message);
        Assert.Equal(5, second.Initiatives.Count);
    }

    [Fact]
    public void Another_objective_still_takes_initiatives_when_one_is_full()
    {
        var (plan, _) = PlanWithInitiatives(5);

        var initiative = plan.AddInitiative(plan.Objectives[0].Id, "Initiative", null, null);

        Assert.Equal("1.1", initiative.Number);
    }

    [Fact]
    public void An_initiative_needs_a_description_and_texts_within_their_limits()
    {
        var plan = ObjectiveTests.PlanWithObjectives(1);
        var objectiveId = plan.Objectives[0].Id;

        Assert.Equal("Enter the initiative.", Assert.Throws<DomainException>(() => plan.AddInitiative(objectiveId, null, null, null)).Message);
        Assert.Throws<DomainException>(() => plan.AddInitiative(objectiveId, new string('d', Initiative.DescriptionMaxLength + 1), null, null));
        Assert.Throws<DomainException>(() => plan.AddInitiative(objectiveId, "Initiative", new string('l', Initiative.LeadMaxLength + 1), null));
        Assert.Throws<DomainException>(() => plan.AddInitiative(objectiveId, "Initiative", null, new string('k', Initiative.KeyResourcesMaxLength + 1)));
        Assert.Empty(plan.Objectives[0].Initiatives);
    }

    [Fact]
    public void Updating_an_initiative_changes_its_texts_and_keeps_its_number()
    {
        var (plan, second) = PlanWithInitiatives(2);
        var initiative = second.Initiatives[1];

        plan.UpdateInitiative(initiative.Id, "Sharper", "New lead", "Funds");

        Assert.Equal(("Sharper", "New lead", "Funds", "2.2"), (initiative.Description, initiative.Lead, initiative.KeyResources, initiative.Number));
    }

    [Fact]
    public void Removing_an_initiative_moves_the_ones_after_it_up()
    {
        var (plan, second) = PlanWithInitiatives(4);

        plan.RemoveInitiative(second.Initiatives[0].Id);

        Assert.Equal(["Initiative 2", "Initiative 3", "Initiative 4"], second.Initiatives.Select(i => i.Description));
        Assert.Equal(["2.1", "2.2", "2.3"], second.Initiatives.Select(i => i.Number));
    }

    [Fact]
    public void Moving_an_initiative_reorders_its_objective_only()
    {
        var (plan, second) = PlanWithInitiatives(3);
        var firstObjectiveInitiative = plan.AddInitiative(plan.Objectives[0].Id, "Elsewhere", null, null);

        plan.MoveInitiative(second.Initiatives[2].Id, 1);

        Assert.Equal(["Initiative 3", "Initiative 1", "Initiative 2"], second.Initiatives.Select(i => i.Description));
        Assert.Equal(["2.1", "2.2", "2.3"], second.Initiatives.Select(i => i.Number));
        Assert.Equal("1.1", firstObjectiveInitiative.Number);
    }

    [Fact]
    public void Moving_an_initiative_outside_its_objective_ranks_is_refused()
    {
        var (plan, second) = PlanWithInitiatives(2);

        var refusal = Assert.Throws<DomainException>(() => plan.MoveInitiative(second.Initiatives[0].Id, 3));

        Assert.Equal("Choose a rank between 1 and 2.", refusal.Message);
    }

    [Fact]
    public void An_initiative_that_is_not_in_the_plan_is_not_found()
    {
        var (plan, _) = PlanWithInitiatives(2);

        var refusal = Assert.Throws<DomainException>(() => plan.RemoveInitiative(Guid.NewGuid()));

        Assert.Equal("This initiative is not in the plan; it may have been removed.", refusal.Message);
    }

    [Fact]
    public void Initiatives_are_added_only_to_objectives_of_the_plan()
    {
        var (plan, _) = PlanWithInitiatives(1);
        var other = ObjectiveTests.PlanWithObjectives(1);

        Assert.Throws<DomainException>(() => plan.AddInitiative(other.Objectives[0].Id, "Initiative", null, null));
    }

    /// <summary>A plan of three objectives whose second has the given number of initiatives, "Initiative 1" on.</summary>
    private static (Plan Plan, Objective Second) PlanWithInitiatives(int count)
    {
        var plan = ObjectiveTests.PlanWithObjectives(3);
        var second = plan.Objectives[1];
        for (var i = 1; i <= count; i++)
        {
            plan.AddInitiative(second.Id, $"Initiative {i}", null, null);
        }

        return (plan, second);
    }
}
