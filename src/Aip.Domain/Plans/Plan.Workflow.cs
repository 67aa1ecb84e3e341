using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Reviews;
using Aip.Domain.Versions;

namespace Aip.Domain.Plans;

/// <summary>The plan's moves through submission and ESE review; <see cref="PlanWorkflow"/> decides which are allowed.</summary>
public sealed partial class Plan
{
    /// <summary>When the plan was last submitted (a returned plan that is resubmitted moves this on).</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>How many times the plan has been submitted; each review is of one submission.</summary>
    public int SubmissionCount { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>The steps this role may take on the plan now (readiness aside): the buttons a view shows.</summary>
    public IReadOnlyList<PlanStep> AllowedSteps(Role role) => PlanWorkflow.AllowedSteps(Status, role);

    /// <summary>What a person who steers or reviews the plan can do next: the actions of its status panel.</summary>
    public IReadOnlyList<PlanNextStep> NextSteps(bool steers, bool reviews) => PlanWorkflow.NextSteps(Status, OpenAmendmentStage, steers, reviews);

    /// <summary>The superintendent submits a plan that nothing blocks, from draft or after it was returned.</summary>
    public void Submit(Role by, DateTimeOffset at)
    {
        PlanWorkflow.Ensure(Status, PlanStep.Submit, by);
        EnsureNothingBlocks("The plan is not ready to submit");

        Status = PlanStatus.Submitted;
        SubmittedAt = at;
        SubmissionCount++;
        Raise(new PlanSubmitted(Id, DistrictId, Title, SubmissionCount));
    }

    /// <summary>
    /// A plan manager, who prepares the plan but does not submit it, asks the superintendent to submit it once nothing
    /// blocks it: the superintendent is told, with a link to the submit page. Nothing about the plan changes.
    /// </summary>
    public void AskToSubmit(Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (by.Role != Role.PlanManager)
        {
            throw new DomainException(by.Role == Role.Superintendent
                ? "The superintendent submits the plan; there is nobody to ask."
                : "Only a plan manager asks the superintendent to submit the plan.");
        }

        PlanWorkflow.Ensure(Status, PlanStep.Submit, Role.Superintendent);
        EnsureNothingBlocks("The plan is not ready to submit");
        Raise(new SubmissionRequested(Id, DistrictId, Title, by.Name));
    }

    /// <summary>
    /// The district answers the guiding questions (in question order; an empty answer clears it) while it can still
    /// change the plan: before submitting it, or once ESE returns it.
    /// </summary>
    public void AnswerGuidingQuestions(SelfAssessment assessment, IReadOnlyList<string?> answers)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(answers);
        EnsureEditable();
        if (assessment.PlanId != Id)
        {
            throw new DomainException("This self-assessment is of another plan.");
        }

        for (var i = 0; i < answers.Count; i++)
        {
            assessment.Answer(i + 1, answers[i]);
        }
    }

    /// <summary>
    /// The district rates its own plan on the rubric's five criteria (in the rubric's order; null leaves a criterion
    /// unrated) while it can still change the plan, as it answers the guiding questions.
    /// </summary>
    public void RateOnRubric(SelfAssessment assessment, IReadOnlyList<RubricRating?> ratings)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(ratings);
        EnsureEditable();
        if (assessment.PlanId != Id)
        {
            throw new DomainException("This self-assessment is of another plan.");
        }

        if (ratings.Count > RubricCriterionFacts.All.Count)
        {
            throw new DomainException($"The rubric has {RubricCriterionFacts.All.Count} criteria.");
        }

        for (var i = 0; i < ratings.Count; i++)
        {
            assessment.Rate(RubricCriterionFacts.All[i], ratings[i]);
        }
    }

    /// <summary>ESE staff return the plan for revision, with the completed review of this submission.</summary>
    public void Return(PlanReview review, Role by, DateTimeOffset at)
    {
        Decide(review, PlanStep.Return, by, at);
        Raise(new PlanReturned(Id, DistrictId, Title, review.Id));
    }

    /// <summary>ESE staff approve the plan, with the completed review of this submission; what they approved is frozen as version 1.</summary>
    public PlanVersion Approve(PlanReview review, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        Decide(review, PlanStep.Approve, by.Role, at);
        ApprovedAt = at;
        var version = FreezeVersion(by, at, eseApproved: true, amendment: null);
        Raise(new PlanApproved(Id, DistrictId, Title, review.Id, version.Number));
        return version;
    }

    /// <summary>
    /// An approved plan gives way when ESE approves its successor; the data layer calls this in the same save. An
    /// amendment still open on it (<paramref name="openAmendment"/>) is closed unrecorded: the successor replaces it.
    /// </summary>
    public void Supersede(DateTimeOffset at, Amendment? openAmendment = null)
    {
        PlanWorkflow.Ensure(Status, PlanStep.Supersede, Role.EseStaff);
        if (OpenAmendmentStage is not null)
        {
            if (openAmendment is null || openAmendment.PlanId != Id || openAmendment.Stage != OpenAmendmentStage)
            {
                throw new DomainException("The plan's open amendment must be closed with it; load it with the plan.");
            }

            openAmendment.Close(at);
            OpenAmendmentStage = null;
        }

        Status = PlanStatus.Superseded;
        SupersededAt = at;
        Raise(new PlanSuperseded(Id, DistrictId, Title));
    }

    private void Decide(PlanReview review, PlanStep step, Role by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(review);
        PlanWorkflow.Ensure(Status, step, by);
        if (review.PlanId != Id)
        {
            throw new DomainException("This review is of another plan.");
        }

        if (review.SubmissionNumber != SubmissionCount)
        {
            throw new DomainException("This review is of an earlier submission of the plan; start a review of the latest one.");
        }

        review.Decide(step == PlanStep.Approve ? ReviewDecision.Approved : ReviewDecision.Returned, at);
        Status = PlanWorkflow.Target(step);
    }
}
