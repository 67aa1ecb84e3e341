using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Tests.People;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Domain.Tests.Reviews;

namespace Aip.Domain.Tests.Plans;

public class PlanWorkflowTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<PlanStatus, PlanStep, Role> EveryMove
    {
        get
        {
            var data = new TheoryData<PlanStatus, PlanStep, Role>();
            foreach (var status in Enum.GetValues<PlanStatus>())
            {
                foreach (var step in PlanWorkflow.Steps)
                {
                    foreach (var role in RoleFacts.All)
                    {
                        data.Add(status, step, role);
                    }
                }
            }

            return data;
        }
    }

    // Submitting

    [Fact]
    public void The_superintendent_submits_a_ready_draft()
    {
        var plan = PlanBuilder.Ready();

        plan.Submit(Role.Superintendent, At);

        Assert.Equal(PlanStatus.Submitted, plan.Status);
        Assert.Equal(At, plan.SubmittedAt);
        Assert.Equal(1, plan.SubmissionCount);
    }

    [Fact]
    public void A_new_plan_has_not_been_submitted()
    {
        var plan = PlanBuilder.Ready();

        Assert.Null(plan.SubmittedAt);
        Assert.Null(plan.ApprovedAt);
        Assert.Equal(0, plan.SubmissionCount);
    }

    [Theory]
    [InlineData(Role.PlanManager)]
    [InlineData(Role.PlanMonitor)]
    [InlineData(Role.EseStaff)]
    public void Only_the_superintendent_submits(Role role)
    {
        var plan = PlanBuilder.Ready();

        var refusal = Assert.Throws<DomainException>(() => plan.Submit(role, At));

        Assert.Equal("Only the superintendent submits the plan.", refusal.Message);
        Assert.Equal(PlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void An_unready_plan_is_not_submitted_and_the_refusal_counts_its_blockers()
    {
        var plan = PlanBuilder.Empty();
        var blockers = Readiness.Check(plan).Blockers.Count;

        var refusal = Assert.Throws<DomainException>(() => plan.Submit(Role.Superintendent, At));

        Assert.Equal($"The plan is not ready to submit: {blockers} items still block it.", refusal.Message);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal(0, plan.SubmissionCount);
        Assert.Null(plan.SubmittedAt);
    }

    [Fact]
    public void A_plan_with_one_blocker_says_so_in_the_singular()
    {
        var plan = PlanBuilder.Ready();
        plan.UpdateSection1(plan.KeyIssues, null, plan.WhyTheseObjectives);

        var refusal = Assert.Throws<DomainException>(() => plan.Submit(Role.Superintendent, At));

        Assert.Equal("The plan is not ready to submit: 1 item still blocks it.", refusal.Message);
    }

    [Fact]
    public void Submitting_twice_is_refused()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);

        var refusal = Assert.Throws<DomainException>(() => plan.Submit(Role.Superintendent, At));

        Assert.Equal("The plan has already been submitted.", refusal.Message);
        Assert.Equal(1, plan.SubmissionCount);
    }

    [Theory]
    [InlineData(PlanStatus.Approved, "The plan has already been approved.")]
    [InlineData(PlanStatus.Superseded, "The plan has been superseded by a later plan.")]
    public void An_approved_or_superseded_plan_is_not_submitted_again(PlanStatus status, string message)
    {
        var plan = PlanBuilder.InStatus(status);

        var refusal = Assert.Throws<DomainException>(() => plan.Submit(Role.Superintendent, At));

        Assert.Equal(message, refusal.Message);
    }

    [Fact]
    public void Resubmitting_a_returned_plan_counts_a_second_submission()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Returned);

        plan.Submit(Role.Superintendent, At);

        Assert.Equal(PlanStatus.Submitted, plan.Status);
        Assert.Equal(2, plan.SubmissionCount);
        Assert.Equal(At, plan.SubmittedAt);
    }

    // Approving and returning

    [Fact]
    public void Ese_staff_approve_a_submitted_plan_with_a_complete_review()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var review = ReviewBuilder.Complete(plan);

        plan.Approve(review, Actors.As(Role.EseStaff), At);

        Assert.Equal(PlanStatus.Approved, plan.Status);
        Assert.Equal(At, plan.ApprovedAt);
        Assert.Equal(ReviewDecision.Approved, review.Decision);
        Assert.Equal(At, review.DecidedAt);
    }

    [Fact]
    public void A_plan_rated_developing_overall_is_returned_never_approved()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var review = ReviewBuilder.Complete(plan, RubricRating.Developing);

        var refusal = Assert.Throws<DomainException>(() => plan.Approve(review, Actors.As(Role.EseStaff), At));

        Assert.StartsWith("A plan rated Developing overall is not approved", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Submitted, plan.Status);
        Assert.False(review.IsDecided);
        Assert.DoesNotContain(plan.PendingEvents(), e => e is PlanApproved);
    }

    [Fact]
    public void Ese_staff_return_a_submitted_plan_with_a_complete_review()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var review = ReviewBuilder.Complete(plan, RubricRating.Developing);

        plan.Return(review, Role.EseStaff, At);

        Assert.Equal(PlanStatus.Returned, plan.Status);
        Assert.Null(plan.ApprovedAt);
        Assert.Equal(ReviewDecision.Returned, review.Decision);
        Assert.Equal(At, review.DecidedAt);
    }

    [Theory]
    [InlineData(Role.Superintendent)]
    [InlineData(Role.PlanManager)]
    [InlineData(Role.PlanMonitor)]
    public void Only_ese_staff_approve(Role role)
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var review = ReviewBuilder.Complete(plan);

        var refusal = Assert.Throws<DomainException>(() => plan.Approve(review, Actors.As(role), At));

        Assert.Equal("Only ESE staff approve a plan.", refusal.Message);
        Assert.Equal(PlanStatus.Submitted, plan.Status);
        Assert.Null(review.Decision);
    }

    [Theory]
    [InlineData(Role.Superintendent)]
    [InlineData(Role.PlanManager)]
    [InlineData(Role.PlanMonitor)]
    public void Only_ese_staff_return(Role role)
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);

        var refusal = Assert.Throws<DomainException>(() => plan.Return(ReviewBuilder.Complete(plan), role, At));

        Assert.Equal("Only ESE staff return a plan for revision.", refusal.Message);
        Assert.Equal(PlanStatus.Submitted, plan.Status);
    }

    [Theory]
    [InlineData(PlanStep.Approve, PlanStatus.Draft, "A draft cannot be approved: it has not been submitted.")]
    [InlineData(PlanStep.Approve, PlanStatus.Returned, "A returned plan cannot be approved: the district has not resubmitted it.")]
    [InlineData(PlanStep.Approve, PlanStatus.Approved, "The plan has already been approved.")]
    [InlineData(PlanStep.Approve, PlanStatus.Superseded, "The plan has been superseded by a later plan.")]
    [InlineData(PlanStep.Return, PlanStatus.Draft, "A draft cannot be returned: it has not been submitted.")]
    [InlineData(PlanStep.Return, PlanStatus.Returned, "The plan has already been returned for revision.")]
    [InlineData(PlanStep.Return, PlanStatus.Approved, "The plan has already been approved.")]
    [InlineData(PlanStep.Return, PlanStatus.Superseded, "The plan has been superseded by a later plan.")]
    public void Only_a_submitted_plan_is_approved_or_returned(PlanStep step, PlanStatus status, string message)
    {
        var plan = PlanBuilder.InStatus(status);

        var refusal = Assert.Throws<DomainException>(() => Take(plan, step, Role.EseStaff));

        Assert.Equal(message, refusal.Message);
        Assert.Equal(status, plan.Status);
    }

    [Fact]
    public void A_plan_is_not_approved_on_an_incomplete_review()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var review = ReviewBuilder.Started(plan);
        review.Rate(RubricCriterion.ProvidesFocus, RubricRating.Strong, null);

        var refusal = Assert.Throws<DomainException>(() => plan.Approve(review, Actors.As(Role.EseStaff), At));

        Assert.StartsWith("The review is not complete", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Submitted, plan.Status);
        Assert.Null(plan.ApprovedAt);
        Assert.Null(review.Decision);
    }

    [Fact]
    public void A_plan_is_not_returned_on_a_review_without_its_overall_rating()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var review = ReviewBuilder.Complete(plan);
        review.SetOverall(null, null);

        var refusal = Assert.Throws<DomainException>(() => plan.Return(review, Role.EseStaff, At));

        Assert.Equal("The review is not complete: give the overall rating.", refusal.Message);
        Assert.Equal(PlanStatus.Submitted, plan.Status);
    }

    [Fact]
    public void A_plan_is_not_decided_on_the_review_of_another_plan()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);

        var refusal = Assert.Throws<DomainException>(() => plan.Approve(AnyCompleteReview(), Actors.As(Role.EseStaff), At));

        Assert.Equal("This review is of another plan.", refusal.Message);
        Assert.Equal(PlanStatus.Submitted, plan.Status);
    }

    [Fact]
    public void A_resubmitted_plan_is_not_decided_on_the_review_of_its_earlier_submission()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var first = ReviewBuilder.Complete(plan);
        plan.Return(first, Role.EseStaff, At);
        plan.Submit(Role.Superintendent, At.AddDays(7));

        var refusal = Assert.Throws<DomainException>(() => plan.Approve(first, Actors.As(Role.EseStaff), At.AddDays(14)));

        Assert.Equal("This review is of an earlier submission of the plan; start a review of the latest one.", refusal.Message);
    }

    [Fact]
    public void A_resubmitted_plan_is_approved_on_a_review_of_the_new_submission()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Returned);
        plan.Submit(Role.Superintendent, At);
        var second = ReviewBuilder.Complete(plan);

        plan.Approve(second, Actors.As(Role.EseStaff), At.AddDays(7));

        Assert.Equal(2, second.SubmissionNumber);
        Assert.Equal(PlanStatus.Approved, plan.Status);
    }

    // Superseding

    [Fact]
    public void An_approved_plan_is_superseded()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Approved);

        plan.Supersede(At);

        Assert.Equal(PlanStatus.Superseded, plan.Status);
        Assert.Equal(At, plan.SupersededAt);
    }

    [Theory]
    [InlineData(PlanStatus.Draft, "Only an approved plan can be superseded.")]
    [InlineData(PlanStatus.Submitted, "Only an approved plan can be superseded.")]
    [InlineData(PlanStatus.Returned, "Only an approved plan can be superseded.")]
    [InlineData(PlanStatus.Superseded, "The plan has already been superseded by a later plan.")]
    public void Only_an_approved_plan_is_superseded(PlanStatus status, string message)
    {
        var plan = PlanBuilder.InStatus(status);

        var refusal = Assert.Throws<DomainException>(() => plan.Supersede(At));

        Assert.Equal(message, refusal.Message);
        Assert.Equal(status, plan.Status);
    }

    // The rule views use

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void CanStep_allows_exactly_the_moves_of_the_workflow(PlanStatus from, PlanStep step, Role role)
    {
        var legal = (from, step, role) switch
        {
            (PlanStatus.Draft or PlanStatus.Returned, PlanStep.Submit, Role.Superintendent) => true,
            (PlanStatus.Submitted, PlanStep.Return or PlanStep.Approve, Role.EseStaff) => true,
            (PlanStatus.Approved, PlanStep.Supersede, Role.EseStaff) => true,
            _ => false,
        };

        Assert.Equal(legal, PlanWorkflow.CanStep(from, step, role));
        Assert.Equal(legal, PlanWorkflow.Refusal(from, step, role) is null);
    }

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void The_plan_refuses_exactly_the_moves_CanStep_refuses(PlanStatus from, PlanStep step, Role role)
    {
        var plan = PlanBuilder.InStatus(from);

        var exception = Record.Exception(() => Take(plan, step, role));

        // Superseding is not a person's button: the plan takes it when ESE approves its successor.
        var expected = step == PlanStep.Supersede ? PlanWorkflow.CanStep(from, step, Role.EseStaff) : PlanWorkflow.CanStep(from, step, role);
        Assert.Equal(expected, exception is null);
        Assert.Equal(expected ? PlanWorkflow.Target(step) : from, plan.Status);
    }

    [Fact]
    public void Ese_staff_see_return_and_approve_on_a_submitted_plan()
    {
        Assert.Equal([PlanStep.Return, PlanStep.Approve], PlanWorkflow.AllowedSteps(PlanStatus.Submitted, Role.EseStaff));
    }

    [Fact]
    public void The_superintendent_sees_submit_on_a_returned_plan_and_nothing_on_a_submitted_one()
    {
        Assert.Equal([PlanStep.Submit], PlanWorkflow.AllowedSteps(PlanStatus.Returned, Role.Superintendent));
        Assert.Empty(PlanWorkflow.AllowedSteps(PlanStatus.Submitted, Role.Superintendent));
    }

    [Fact]
    public void A_plan_lists_the_steps_a_role_may_take_on_it()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);

        Assert.Equal([PlanStep.Return, PlanStep.Approve], plan.AllowedSteps(Role.EseStaff));
        Assert.Empty(plan.AllowedSteps(Role.Superintendent));
    }

    [Fact]
    public void A_plan_manager_sees_no_steps_at_all()
    {
        Assert.All(Enum.GetValues<PlanStatus>(), status => Assert.Empty(PlanWorkflow.AllowedSteps(status, Role.PlanManager)));
    }

    private static PlanReview AnyCompleteReview() => ReviewBuilder.Complete(PlanBuilder.InStatus(PlanStatus.Submitted));

    private static void Take(Plan plan, PlanStep step, Role role)
    {
        switch (step)
        {
            case PlanStep.Submit:
                plan.Submit(role, At);
                break;
            case PlanStep.Return:
                plan.Return(plan.Status == PlanStatus.Submitted ? ReviewBuilder.Complete(plan) : AnyCompleteReview(), role, At);
                break;
            case PlanStep.Approve:
                plan.Approve(plan.Status == PlanStatus.Submitted ? ReviewBuilder.Complete(plan) : AnyCompleteReview(), Actors.As(role), At);
                break;
            case PlanStep.Supersede:
                plan.Supersede(At);
                break;
        }
    }
}
