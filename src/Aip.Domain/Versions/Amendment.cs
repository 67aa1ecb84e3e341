using Aip.Domain.Common;
using Aip.Domain.Plans;

namespace Aip.Domain.Versions;

/// <summary>
/// A mid-course modification of an approved plan, recorded with its reason ("key modifications to the plan and the
/// reasons", Minutes section 5). The district opens it, changes the plan with the usual editors, then finishes it;
/// it becomes the next <see cref="PlanVersion"/> at once, or after ESE approves it when the district's setting asks
/// for that. Its steps are taken through the <see cref="Plan"/>, which keeps the plan's own amendment stage in step.
/// </summary>
public sealed class Amendment : Entity
{
    public const int ReasonMaxLength = 4000;
    public const int NoteMaxLength = 4000;

    private Amendment()
    {
    }

    public Guid PlanId { get; private set; }

    /// <summary>1, 2, …: the plan's amendments in the order they were opened.</summary>
    public int Number { get; private set; }

    public string Reason { get; private set; } = null!;

    public Guid OpenedById { get; private set; }

    public string OpenedByName { get; private set; } = null!;

    public DateTimeOffset OpenedAt { get; private set; }

    public AmendmentStage Stage { get; private set; } = AmendmentStage.Drafting;

    /// <summary>Whether finishing it asked for ESE approval (the district's setting at that moment).</summary>
    public bool NeedsEseApproval { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>ESE's reason when it sent the amendment back to the district.</summary>
    public string? EseNote { get; private set; }

    /// <summary>The version it became, once recorded.</summary>
    public int? VersionNumber { get; private set; }

    internal static Amendment Open(Guid planId, int number, string? reason, Guid openedById, string openedByName, DateTimeOffset at) => new()
    {
        PlanId = planId,
        Number = number,
        Reason = Text.Required(reason, "reason for the amendment", ReasonMaxLength),
        OpenedById = openedById,
        OpenedByName = openedByName,
        OpenedAt = at,
    };

    /// <summary>The district may sharpen its reason while it is still drafting the amendment.</summary>
    public void UpdateReason(string? reason)
    {
        if (Stage != AmendmentStage.Drafting)
        {
            throw new DomainException("The reason can be changed only while the amendment is being drafted.");
        }

        Reason = Text.Required(reason, "reason for the amendment", ReasonMaxLength);
    }

    /// <summary>Sent to ESE; a note from an earlier sending back has been dealt with.</summary>
    internal void AwaitApproval(DateTimeOffset at) =>
        (Stage, NeedsEseApproval, FinishedAt, EseNote) = (AmendmentStage.AwaitingApproval, true, at, null);

    internal void Close(DateTimeOffset at) => (Stage, FinishedAt) = (AmendmentStage.Closed, at);

    internal void Cancel(DateTimeOffset at) => (Stage, FinishedAt) = (AmendmentStage.Cancelled, at);

    internal void SendBack(string? note) =>
        (Stage, EseNote) = (AmendmentStage.Drafting, Text.Required(note, "reason for sending the amendment back", NoteMaxLength));

    internal void Record(int versionNumber, DateTimeOffset at)
    {
        (Stage, VersionNumber) = (AmendmentStage.Recorded, versionNumber);
        FinishedAt ??= at;
    }
}
