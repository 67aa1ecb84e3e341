using Aip.Domain.Common;
using Aip.Domain.Plans;

namespace Aip.Domain.Tests.Plans;

public class FinalOutcomeTests
{
    private static readonly DateOnly EndOfFirstYear = new(2027, 8, 31);

    [Fact]
    public void A_final_outcome_keeps_its_trimmed_texts_and_date()
    {
        var plan = PlanBuilder.Empty();

        var outcome = plan.AddFinalOutcome(" ELA proficiency rises ", " MCAS ELA ", " PPI of 75 ", EndOfFirstYear);

        Assert.Equal(
            (plan.Id, "ELA proficiency rises", "MCAS ELA", "PPI of 75", EndOfFirstYear),
            (outcome.PlanId, outcome.Description, outcome.Measure, outcome.Target, outcome.Date));
    }

    [Fact]
    public void A_final_outcome_needs_a_description_and_a_date()
    {
        var plan = PlanBuilder.Empty();

        Assert.Equal("Enter the final outcome.", Assert.Throws<DomainException>(() => plan.AddFinalOutcome(" ", null, null, EndOfFirstYear)).Message);
        Assert.Equal("Enter the date of the final outcome.", Assert.Throws<DomainException>(() => plan.AddFinalOutcome("Outcome", null, null, default)).Message);
        Assert.Empty(plan.FinalOutcomes);
    }

    [Fact]
    public void Final_outcome_texts_longer_than_their_limits_are_refused()
    {
        var plan = PlanBuilder.Empty();

        Assert.Throws<DomainException>(() => plan.AddFinalOutcome(new string('d', FinalOutcome.DescriptionMaxLength + 1), null, null, EndOfFirstYear));
        Assert.Throws<DomainException>(() => plan.AddFinalOutcome("Outcome", new string('m', FinalOutcome.MeasureMaxLength + 1), null, EndOfFirstYear));
        Assert.Throws<DomainException>(() => plan.AddFinalOutcome("Outcome", null, new string('t', FinalOutcome.TargetMaxLength + 1), EndOfFirstYear));
        Assert.Empty(plan.FinalOutcomes);
    }

    [Fact]
    public void Final_outcomes_are_listed_by_date()
    {
        var plan = PlanBuilder.Empty();

        plan.AddFinalOutcome("Second year", null, null, new DateOnly(2028, 8, 31));
        plan.AddFinalOutcome("First year", null, null, EndOfFirstYear);

        Assert.Equal(["First year", "Second year"], plan.FinalOutcomes.Select(o => o.Description));
    }

    [Fact]
    public void Updating_a_final_outcome_changes_all_of_it()
    {
        var plan = PlanBuilder.Empty();
        var outcome = plan.AddFinalOutcome("Outcome", null, null, EndOfFirstYear);
        var later = new DateOnly(2028, 8, 31);

        plan.UpdateFinalOutcome(outcome.Id, "Changed", "MCAS math", "PPI of 80", later);

        Assert.Equal(("Changed", "MCAS math", "PPI of 80", later), (outcome.Description, outcome.Measure, outcome.Target, outcome.Date));
    }

    [Fact]
    public void Removing_a_final_outcome_takes_it_off_the_plan()
    {
        var plan = PlanBuilder.Ready();

        plan.RemoveFinalOutcome(plan.FinalOutcomes[0].Id);

        Assert.Empty(plan.FinalOutcomes);
    }

    [Fact]
    public void A_final_outcome_that_is_not_in_the_plan_is_not_found()
    {
        var plan = PlanBuilder.Ready();

        var refusal = Assert.Throws<DomainException>(() => plan.UpdateFinalOutcome(Guid.NewGuid(), "Outcome", null, null, EndOfFirstYear));

        Assert.Equal("This final outcome is not in the plan; it may have been removed.", refusal.Message);
    }
}
