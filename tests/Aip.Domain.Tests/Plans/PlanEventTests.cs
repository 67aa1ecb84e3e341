using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Tests.People;
using Aip.Domain.Tests.Reviews;

namespace Aip.Domain.Tests.Plans;

/// <summary>Each workflow step records what happened, for the notices the data layer turns it into; a refused step records nothing.</summary>
public class PlanEventTests
{
    private static readonly DateTimeOffset At = PlanBuilder.DecidedAt.AddMonths(1);
    private static readonly Actor Manager = Actors.As(Role.PlanManager);
    private static readonly Actor Ese = Actors.As(Role.EseStaff);

    [Fact]
    public void Submitting_records_the_submission_with_its_number()
    {
        var plan = PlanBuilder.Ready();

        plan.Submit(Role.Superintendent, At);

        var submitted = Assert.IsType<PlanSubmitted>(Assert.Single(plan.PendingEvents()));
        Assert.Equal((plan.Id, plan.DistrictId, plan.Title, 1), (submitted.PlanId, submitted.DistrictId, submitted.PlanTitle, submitted.SubmissionNumber));
    }

    [Fact]
    public void A_refused_step_records_nothing()
    {
        var plan = PlanBuilder.Empty();

        Assert.Throws<DomainException>(() => plan.Submit(Role.Superintendent, At));
        Assert.Throws<DomainException>(() => PlanBuilder.Ready().Submit(Role.PlanManager, At));

        Assert.Empty(plan.PendingEvents());
    }

    [Fact]
    public void Returning_and_approving_name_the_review_and_approval_the_version()
    {
        var returned = PlanBuilder.InStatus(PlanStatus.Submitted);
        returned.ClearPendingEvents();
        var review = ReviewBuilder.Complete(returned);
        returned.Return(review, Role.EseStaff, At);

        var approved = PlanBuilder.InStatus(PlanStatus.Submitted);
        approved.ClearPendingEvents();
        var approval = ReviewBuilder.Complete(approved);
        approved.Approve(approval, Ese, At);

        Assert.Equal(review.Id, Assert.IsType<PlanReturned>(Assert.Single(returned.PendingEvents())).ReviewId);
        var approvedEvent = Assert.IsType<PlanApproved>(Assert.Single(approved.PendingEvents()));
        Assert.Equal((approval.Id, 1), (approvedEvent.ReviewId, approvedEvent.VersionNumber));
    }

    [Fact]
    public void An_amendment_records_its_start_its_wait_for_ese_its_return_and_its_version()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Approved);
        plan.ClearPendingEvents();

        var amendment = plan.StartAmendment("Coaching moves to the spring.", Manager, At);
        plan.FinishAmendment(amendment, eseApprovalNeeded: true, Manager, At);
        plan.SendBackAmendment(amendment, "Say which schools.", Ese);
        plan.FinishAmendment(amendment, eseApprovalNeeded: true, Manager, At);
        plan.ApproveAmendment(amendment, Ese, At);

        Assert.Collection(plan.PendingEvents(),
            e => Assert.Equal("Coaching moves to the spring.", Assert.IsType<AmendmentStarted>(e).Reason),
            e => Assert.IsType<AmendmentAwaitingApproval>(e),
            e => Assert.Equal("Say which schools.", Assert.IsType<AmendmentSentBack>(e).Note),
            e => Assert.IsType<AmendmentAwaitingApproval>(e),
            e => Assert.Equal((2, true), (Assert.IsType<AmendmentRecorded>(e).VersionNumber, ((AmendmentRecorded)e).ApprovedByEse)));
    }

    [Fact]
    public void Events_are_cleared_once_saved()
    {
        var plan = PlanBuilder.Ready();
        plan.Submit(Role.Superintendent, At);

        plan.ClearPendingEvents();

        Assert.Empty(plan.PendingEvents());
    }
}
