using Aip.Domain.People;

namespace Aip.Domain.Plans;

/// <summary>The district's main action on a plan that can be submitted.</summary>
public enum SubmissionAction
{
    /// <summary>The superintendent submits the plan to ESE.</summary>
    Submit = 1,

    /// <summary>A plan manager, who prepares the plan but does not submit it, asks the superintendent to.</summary>
    AskSuperintendent = 2,
}

/// <summary>
/// Whether the district's main action on a draft or returned plan can be taken now, and in words why not: what the
/// status panel and the submit page show. A blocked action is shown disabled with its <see cref="Blocks"/>; open ESE
/// comments are a <see cref="Cautions">caution</see> beside an action that is allowed, so the plan never reads as
/// simply ready while the district still has comments to answer.
/// </summary>
/// <param name="Closed">Why the plan's status does not allow a submission, or null when it does.</param>
/// <param name="ReadinessBlockers">How many items of the readiness panel stop submission.</param>
/// <param name="OpenComments">How many ESE comments of the plan's decided reviews are still open.</param>
public sealed record SubmissionCheck(SubmissionAction Action, string? Closed, int ReadinessBlockers, int OpenComments)
{
    /// <summary>What stops the action now, in words; the action is shown disabled while there is any.</summary>
    public IReadOnlyList<string> Blocks =>
    [
        .. Closed is null ? [] : new[] { Closed },
        .. ReadinessBlockers switch
        {
            <= 0 => [],
            1 => ["1 item in the readiness panel still stops submission."],
            _ => new[] { $"{ReadinessBlockers} items in the readiness panel still stop submission." },
        },
    ];

    /// <summary>What is worth doing first although it does not stop the action.</summary>
    public IReadOnlyList<string> Cautions => OpenComments switch
    {
        <= 0 => [],
        1 => ["1 ESE comment is still open: answer it in the plan and mark it resolved before the plan goes back to ESE."],
        _ => [$"{OpenComments} ESE comments are still open: answer them in the plan and mark them resolved before the plan goes back to ESE."],
    };

    public bool IsBlocked => Closed is not null || ReadinessBlockers > 0;

    /// <summary>Nothing blocks the action and nothing calls for a second look first.</summary>
    public bool IsClear => !IsBlocked && OpenComments <= 0;

    /// <summary>
    /// The check for a person in <paramref name="role"/> (the superintendent submits; anyone else who steers the plan
    /// asks them to), given the plan's readiness and the ESE comments of its decided reviews still open.
    /// </summary>
    public static SubmissionCheck For(Plan plan, Role role, ReadinessReport readiness, int openComments)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(readiness);
        return new(
            role == Role.Superintendent ? SubmissionAction.Submit : SubmissionAction.AskSuperintendent,
            PlanWorkflow.Refusal(plan.Status, PlanStep.Submit, Role.Superintendent),
            readiness.Blockers.Count,
            Math.Max(openComments, 0));
    }
}
