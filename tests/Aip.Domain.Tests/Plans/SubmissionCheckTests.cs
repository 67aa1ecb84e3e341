using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Plans;

namespace Aip.Domain.Tests.Plans;

/// <summary>The district's main action on a plan that can be submitted, and what holds it back (<see cref="SubmissionCheck"/>, <see cref="Plan.AskToSubmit"/>).</summary>
public class SubmissionCheckTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Manager = new(Guid.NewGuid(), Role.PlanManager, "Pat Manager");

    [Fact]
    public void A_ready_draft_is_clear_for_the_superintendent_to_submit()
    {
        var plan = PlanBuilder.Ready();

        var check = SubmissionCheck.For(plan, Role.Superintendent, Readiness.Check(plan), openComments: 0);

        Assert.Equal(SubmissionAction.Submit, check.Action);
        Assert.True(check.IsClear);
        Assert.False(check.IsBlocked);
        Assert.Empty(check.Blocks);
        Assert.Empty(check.Cautions);
    }

    [Fact]
    public void A_plan_manager_asks_the_superintendent_instead()
    {
        var plan = PlanBuilder.Ready();

        Assert.Equal(SubmissionAction.AskSuperintendent, SubmissionCheck.For(plan, Role.PlanManager, Readiness.Check(plan), 0).Action);
    }

    [Fact]
    public void Readiness_blockers_block_the_action_and_are_counted_in_words()
    {
        var plan = PlanBuilder.Empty();
        var readiness = Readiness.Check(plan);

        var check = SubmissionCheck.For(plan, Role.Superintendent, readiness, 0);

        Assert.True(check.IsBlocked);
        Assert.False(check.IsClear);
        Assert.Equal([$"{readiness.Blockers.Count} items in the readiness panel still stop submission."], check.Blocks);
    }

    [Fact]
    public void Open_comments_are_a_caution_that_does_not_block()
    {
        var plan = PlanBuilder.Ready();

        var one = SubmissionCheck.For(plan, Role.Superintendent, Readiness.Check(plan), 1);
        var two = SubmissionCheck.For(plan, Role.Superintendent, Readiness.Check(plan), 2);

        Assert.False(one.IsBlocked);
        Assert.False(one.IsClear);
        Assert.StartsWith("1 ESE comment is still open", Assert.Single(one.Cautions), StringComparison.Ordinal);
        Assert.StartsWith("2 ESE comments are still open", Assert.Single(two.Cautions), StringComparison.Ordinal);
    }

    [Fact]
    public void A_submitted_plan_is_blocked_with_the_workflow_reason()
    {
        var plan = PlanBuilder.Ready();
        plan.Submit(Role.Superintendent, At);

        var check = SubmissionCheck.For(plan, Role.Superintendent, Readiness.Check(plan), 0);

        Assert.Equal(["The plan has already been submitted."], check.Blocks);
    }

    [Fact]
    public void A_plan_manager_asking_raises_a_request_naming_them_and_changes_nothing()
    {
        var plan = PlanBuilder.Ready();
        plan.ClearPendingEvents();

        plan.AskToSubmit(Manager);

        var requested = Assert.IsType<SubmissionRequested>(Assert.Single(plan.PendingEvents()));
        Assert.Equal((plan.Id, plan.DistrictId, "Pat Manager"), (requested.PlanId, requested.DistrictId, requested.RequestedByName));
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal(0, plan.SubmissionCount);
    }

    [Theory]
    [InlineData(Role.Superintendent, "The superintendent submits the plan; there is nobody to ask.")]
    [InlineData(Role.PlanMonitor, "Only a plan manager asks the superintendent to submit the plan.")]
    [InlineData(Role.EseStaff, "Only a plan manager asks the superintendent to submit the plan.")]
    public void Only_a_plan_manager_asks(Role role, string message)
    {
        var plan = PlanBuilder.Ready();
        plan.ClearPendingEvents();

        var refusal = Assert.Throws<DomainException>(() => plan.AskToSubmit(new Actor(Guid.NewGuid(), role, "Someone")));

        Assert.Equal(message, refusal.Message);
        Assert.Empty(plan.PendingEvents());
    }

    [Fact]
    public void Nobody_is_asked_to_submit_an_unready_or_submitted_plan()
    {
        var unready = PlanBuilder.Empty();
        var submitted = PlanBuilder.Ready();
        submitted.Submit(Role.Superintendent, At);

        Assert.StartsWith("The plan is not ready to submit", Assert.Throws<DomainException>(() => unready.AskToSubmit(Manager)).Message, StringComparison.Ordinal);
        Assert.Equal("The plan has already been submitted.", Assert.Throws<DomainException>(() => submitted.AskToSubmit(Manager)).Message);
    }
}
