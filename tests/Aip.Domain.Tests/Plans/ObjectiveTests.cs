using Aip.Domain.Common;
using Aip.Domain.Plans;

namespace Aip.Domain.Tests.Plans;

public class ObjectiveTests
{
    [Fact]
    public void Objectives_are_ranked_and_numbered_in_the_order_they_are_added()
    {
        var plan = PlanWithObjectives(3);

        Assert.Equal([1, 2, 3], plan.Objectives.Select(o => o.Rank));
        Assert.Equal([1, 2, 3], plan.Objectives.Select(o => o.Number));
        Assert.Equal(["Objective 1", "Objective 2", "Objective 3"], plan.Objectives.Select(o => o.Statement));
        Assert.All(plan.Objectives, o => Assert.Equal(plan.Id, o.PlanId));
    }

    [Fact]
    public void An_objective_keeps_its_trimmed_statement_and_lead_and_may_have_no_lead_while_drafting()
    {
        var plan = PlanBuilder.Empty();

        var withLead = plan.AddObjective("  Improve reading instruction ", " Dr. Ana Ruiz ");
        var withoutLead = plan.AddObjective("Use data in planning", "  ");

        Assert.Equal(("Improve reading instruction", "Dr. Ana Ruiz"), (withLead.Statement, withLead.Lead));
        Assert.Null(withoutLead.Lead);
    }

    [Fact]
    public void A_sixth_objective_is_refused()
    {
        var plan = PlanWithObjectives(5);

        var refusal = Assert.Throws<DomainException>(() => plan.AddObjective("Objective 6", null));

        Assert.Equal("A plan has at most 5 strategic objectives.", refusal.Message);
        Assert.Equal(5, plan.Objectives.Count);
    }

    [Fact]
    public void An_objective_needs_a_statement_within_its_limit_and_a_lead_within_its_limit()
    {
        var plan = PlanBuilder.Empty();

        Assert.Equal("Enter the objective.", Assert.Throws<DomainException>(() => plan.AddObjective(" ", null)).Message);
        Assert.Throws<DomainException>(() => plan.AddObjective(new string('s', Objective.StatementMaxLength + 1), null));
        Assert.Throws<DomainException>(() => plan.AddObjective("Statement", new string('l', Objective.LeadMaxLength + 1)));
        Assert.Empty(plan.Objectives);
    }

    [Fact]
    public void Updating_an_objective_changes_its_statement_and_lead_and_keeps_its_rank()
    {
        var plan = PlanWithObjectives(3);
        var second = plan.Objectives[1];

        plan.UpdateObjective(second.Id, "Sharper statement", "New lead");

        Assert.Equal(("Sharper statement", "New lead", 2), (second.Statement, second.Lead, second.Rank));
    }

    [Fact]
    public void A_refused_update_leaves_the_objective_as_it_was()
    {
        var plan = PlanWithObjectives(1);
        var objective = plan.Objectives[0];

        Assert.Throws<DomainException>(() => plan.UpdateObjective(objective.Id, "Changed", new string('l', Objective.LeadMaxLength + 1)));

        Assert.Equal("Objective 1", objective.Statement);
    }

    [Fact]
    public void Removing_an_objective_moves_the_ones_after_it_up()
    {
        var plan = PlanWithObjectives(4);

        plan.RemoveObjective(plan.Objectives[1].Id);

        Assert.Equal(["Objective 1", "Objective 3", "Objective 4"], plan.Objectives.Select(o => o.Statement));
        Assert.Equal([1, 2, 3], plan.Objectives.Select(o => o.Rank));
    }

    [Fact]
    public void Removing_an_objective_removes_its_initiatives()
    {
        var plan = PlanBuilder.Ready();
        var initiative = plan.Objectives[0].Initiatives[0];

        plan.RemoveObjective(plan.Objectives[0].Id);

        Assert.Throws<DomainException>(() => plan.FindInitiative(initiative.Id));
    }

    [Theory]
    [InlineData(4, 2, new[] { "Objective 1", "Objective 4", "Objective 2", "Objective 3" })]
    [InlineData(1, 3, new[] { "Objective 2", "Objective 3", "Objective 1", "Objective 4" })]
    [InlineData(2, 2, new[] { "Objective 1", "Objective 2", "Objective 3", "Objective 4" })]
    public void Moving_an_objective_shifts_the_ones_between_and_keeps_ranks_without_gaps(int from, int to, string[] order)
    {
        var plan = PlanWithObjectives(4);

        plan.MoveObjective(plan.Objectives[from - 1].Id, to);

        Assert.Equal(order, plan.Objectives.Select(o => o.Statement));
        Assert.Equal([1, 2, 3, 4], plan.Objectives.Select(o => o.Rank));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Moving_an_objective_outside_the_ranks_is_refused(int rank)
    {
        var plan = PlanWithObjectives(3);

        var refusal = Assert.Throws<DomainException>(() => plan.MoveObjective(plan.Objectives[0].Id, rank));

        Assert.Equal("Choose a rank between 1 and 3.", refusal.Message);
        Assert.Equal(["Objective 1", "Objective 2", "Objective 3"], plan.Objectives.Select(o => o.Statement));
    }

    [Fact]
    public void An_objective_that_is_not_in_the_plan_is_not_found()
    {
        var plan = PlanWithObjectives(3);

        var refusal = Assert.Throws<DomainException>(() => plan.UpdateObjective(Guid.NewGuid(), "Statement", null));

        Assert.Equal("This objective is not in the plan; it may have been removed.", refusal.Message);
    }

    [Fact]
    public void An_objective_is_found_by_its_id()
    {
        var plan = PlanWithObjectives(3);

        Assert.Same(plan.Objectives[2], plan.FindObjective(plan.Objectives[2].Id));
    }

    internal static Plan PlanWithObjectives(int count)
    {
        var plan = PlanBuilder.Empty();
        for (var i = 1; i <= count; i++)
        {
            plan.AddObjective($"Objective {i}", null);
        }

        return plan;
    }
}
