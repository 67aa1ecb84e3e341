using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Versions;

namespace Aip.Domain.Plans;

/// <summary>A move of a plan through its review.</summary>
public enum PlanStep
{
    Submit = 1,
    Return = 2,
    Approve = 3,
    Supersede = 4,
}

/// <summary>What a person can do next to a plan: the actions its status panel offers.</summary>
public enum PlanNextStep
{
    /// <summary>Submit to ESE (the superintendent) or prepare the submission (the plan manager), with the self-assessment.</summary>
    Submit = 1,
    Review = 2,
    StartAmendment = 3,
    StartSuccessor = 4,
    FinishAmendment = 5,
    DecideAmendment = 6,
}

/// <summary>
/// The plan's review workflow, expressed once: the superintendent submits a draft (or a returned plan); ESE staff
/// return it for revision or approve it; an approved plan is superseded when ESE approves its successor. The plan's
/// own methods and the views' buttons both ask this class, so the rule cannot drift between them. Readiness and the
/// completeness of the review are checked by the plan itself, since they need more than the status.
/// </summary>
public static class PlanWorkflow
{
    public static IReadOnlyList<PlanStep> Steps { get; } = [PlanStep.Submit, PlanStep.Return, PlanStep.Approve, PlanStep.Supersede];

    /// <summary>
    /// District people change the plan while it is a draft, again after ESE returns it for revision, and once it is
    /// approved only inside an amendment they are drafting.
    /// </summary>
    public static bool IsEditable(PlanStatus status, AmendmentStage? amendment) =>
        status is PlanStatus.Draft or PlanStatus.Returned
        || (status == PlanStatus.Approved && amendment == AmendmentStage.Drafting);

    /// <summary>Why the plan cannot be changed now, in words for the person trying.</summary>
    public static string EditRefusal(PlanStatus status, AmendmentStage? amendment) => (status, amendment) switch
    {
        (PlanStatus.Submitted, _) => "The plan has been submitted to ESE and cannot be changed while it is reviewed.",
        (PlanStatus.Approved, AmendmentStage.AwaitingApproval) => "The amendment is waiting for ESE approval; the plan cannot be changed meanwhile.",
        (PlanStatus.Approved, _) => "The plan has been approved: start an amendment, with its reason, to change it.",
        (PlanStatus.Superseded, _) => "The plan has been superseded by a later plan and can no longer change.",
        _ => "The plan can be changed only while it is a draft or returned for revision.",
    };

    public static bool CanStep(PlanStatus from, PlanStep step, Role role) => Refusal(from, step, role) is null;

    /// <summary>The steps a person in this role may take on a plan in this status: the buttons a view shows.</summary>
    public static IReadOnlyList<PlanStep> AllowedSteps(PlanStatus from, Role role) => [.. Steps.Where(step => CanStep(from, step, role))];

    /// <summary>
    /// What can happen next to a plan in this status (with the stage of its open amendment), for a person who steers it
    /// (the district's leaders) or reviews it (ESE staff), as authorization says: the actions a status panel offers. The
    /// district works towards the superintendent's submission while the plan can be submitted; ESE reviews a submitted
    /// plan; an approved plan is amended or succeeded, and an amendment is finished by the district or decided by ESE.
    /// </summary>
    public static IReadOnlyList<PlanNextStep> NextSteps(PlanStatus status, AmendmentStage? amendment, bool steers, bool reviews)
    {
        var steps = new List<PlanNextStep>();
        if (steers && CanStep(status, PlanStep.Submit, Role.Superintendent))
        {
            steps.Add(PlanNextStep.Submit);
        }

        if (reviews && CanStep(status, PlanStep.Approve, Role.EseStaff))
        {
            steps.Add(PlanNextStep.Review);
        }

        if (status == PlanStatus.Approved)
        {
            if (steers && amendment is null)
            {
                steps.AddRange([PlanNextStep.StartAmendment, PlanNextStep.StartSuccessor]);
            }

            if (steers && amendment == AmendmentStage.Drafting)
            {
                steps.Add(PlanNextStep.FinishAmendment);
            }

            if (reviews && amendment == AmendmentStage.AwaitingApproval)
            {
                steps.Add(PlanNextStep.DecideAmendment);
            }
        }

        return steps;
    }

    public static PlanStatus Target(PlanStep step) => step switch
    {
        PlanStep.Submit => PlanStatus.Submitted,
        PlanStep.Return => PlanStatus.Returned,
        PlanStep.Approve => PlanStatus.Approved,
        PlanStep.Supersede => PlanStatus.Superseded,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    /// <summary>Why the step is not allowed, in words for the person trying it; null when it is allowed.</summary>
    public static string? Refusal(PlanStatus from, PlanStep step, Role role) => step switch
    {
        PlanStep.Submit => role != Role.Superintendent
            ? "Only the superintendent submits the plan."
            : from switch
            {
                PlanStatus.Draft or PlanStatus.Returned => null,
                PlanStatus.Submitted => "The plan has already been submitted.",
                _ => Closed(from),
            },
        PlanStep.Return => role != Role.EseStaff
            ? "Only ESE staff return a plan for revision."
            : from switch
            {
                PlanStatus.Submitted => null,
                PlanStatus.Draft => "A draft cannot be returned: it has not been submitted.",
                PlanStatus.Returned => "The plan has already been returned for revision.",
                _ => Closed(from),
            },
        PlanStep.Approve => role != Role.EseStaff
            ? "Only ESE staff approve a plan."
            : from switch
            {
                PlanStatus.Submitted => null,
                PlanStatus.Draft => "A draft cannot be approved: it has not been submitted.",
                PlanStatus.Returned => "A returned plan cannot be approved: the district has not resubmitted it.",
                _ => Closed(from),
            },
        PlanStep.Supersede => role != Role.EseStaff
            ? "Only ESE staff supersede a plan, by approving its successor."
            : from switch
            {
                PlanStatus.Approved => null,
                PlanStatus.Superseded => "The plan has already been superseded by a later plan.",
                _ => "Only an approved plan can be superseded.",
            },
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    internal static void Ensure(PlanStatus from, PlanStep step, Role role)
    {
        if (Refusal(from, step, role) is { } refusal)
        {
            throw new DomainException(refusal);
        }
    }

    private static string Closed(PlanStatus status) => status switch
    {
        PlanStatus.Approved => "The plan has already been approved.",
        PlanStatus.Superseded => "The plan has been superseded by a later plan.",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
