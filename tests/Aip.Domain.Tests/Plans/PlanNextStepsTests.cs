using Aip.Domain.Plans;
using Aip.Domain.Versions;

namespace Aip.Domain.Tests.Plans;

/// <summary>The status panel's actions come from the workflow: who steers or reviews, and where the plan stands.</summary>
public class PlanNextStepsTests
{
    [Theory]
    [InlineData(PlanStatus.Draft)]
    [InlineData(PlanStatus.Returned)]
    public void The_district_works_towards_submission_while_the_plan_can_be_submitted(PlanStatus status)
    {
        Assert.Equal([PlanNextStep.Submit], PlanWorkflow.NextSteps(status, null, steers: true, reviews: false));
        Assert.Empty(PlanWorkflow.NextSteps(status, null, steers: false, reviews: true));
    }

    [Fact]
    public void Ese_reviews_a_submitted_plan_and_the_district_waits()
    {
        Assert.Equal([PlanNextStep.Review], PlanWorkflow.NextSteps(PlanStatus.Submitted, null, steers: false, reviews: true));
        Assert.Empty(PlanWorkflow.NextSteps(PlanStatus.Submitted, null, steers: true, reviews: false));
    }

    [Fact]
    public void An_approved_plan_is_amended_or_succeeded_by_the_district()
    {
        Assert.Equal([PlanNextStep.StartAmendment, PlanNextStep.StartSuccessor],
            PlanWorkflow.NextSteps(PlanStatus.Approved, null, steers: true, reviews: false));
        Assert.Empty(PlanWorkflow.NextSteps(PlanStatus.Approved, null, steers: false, reviews: true));
    }

    [Fact]
    public void An_amendment_is_finished_by_the_district_and_decided_by_ese()
    {
        Assert.Equal([PlanNextStep.FinishAmendment], PlanWorkflow.NextSteps(PlanStatus.Approved, AmendmentStage.Drafting, steers: true, reviews: false));
        Assert.Empty(PlanWorkflow.NextSteps(PlanStatus.Approved, AmendmentStage.Drafting, steers: false, reviews: true));
        Assert.Equal([PlanNextStep.DecideAmendment], PlanWorkflow.NextSteps(PlanStatus.Approved, AmendmentStage.AwaitingApproval, steers: false, reviews: true));
        Assert.Empty(PlanWorkflow.NextSteps(PlanStatus.Approved, AmendmentStage.AwaitingApproval, steers: true, reviews: false));
    }

    [Fact]
    public void A_superseded_plan_and_a_reader_have_nothing_to_do()
    {
        Assert.Empty(PlanWorkflow.NextSteps(PlanStatus.Superseded, null, steers: true, reviews: true));
        Assert.All(Enum.GetValues<PlanStatus>(), status => Assert.Empty(PlanWorkflow.NextSteps(status, null, steers: false, reviews: false)));
    }

    [Fact]
    public void A_plan_answers_from_its_own_status_and_amendment()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Approved);
        plan.StartAmendment("Coaching moves to the spring.", People.Actors.As(Domain.People.Role.PlanManager), PlanBuilder.DecidedAt);

        Assert.Equal([PlanNextStep.FinishAmendment], plan.NextSteps(steers: true, reviews: true));
    }
}
