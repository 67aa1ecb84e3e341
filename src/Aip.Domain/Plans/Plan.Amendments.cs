using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Versions;

namespace Aip.Domain.Plans;

/// <summary>
/// The living plan: approval freezes version 1, and from then on the district changes the plan only inside an
/// amendment, which records its reason and becomes the next version, straight away or once ESE approves it.
/// </summary>
public sealed partial class Plan
{
    /// <summary>How many versions have been frozen; the latest is the one in force. 0 before approval.</summary>
    public int VersionCount { get; private set; }

    public int AmendmentCount { get; private set; }

    /// <summary>The stage of the amendment under way, if any; while it is drafted the approved plan is editable.</summary>
    public AmendmentStage? OpenAmendmentStage { get; private set; }

    /// <summary>The district opens an amendment of an approved plan, saying why; the plan becomes editable.</summary>
    public Amendment StartAmendment(string? reason, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.Role.IsDistrictRole())
        {
            throw new DomainException("Only the district's superintendent or plan manager amends the plan.");
        }

        if (Status != PlanStatus.Approved)
        {
            throw new DomainException(Status == PlanStatus.Superseded
                ? "The plan has been superseded by a later plan; amend that one instead."
                : "Only an approved plan is amended; until then, change it as a draft.");
        }

        if (OpenAmendmentStage is not null)
        {
            throw new DomainException("An amendment is already under way; finish it first.");
        }

        var amendment = Amendment.Open(Id, AmendmentCount + 1, reason, by.Id, by.Name, at);
        AmendmentCount++;
        OpenAmendmentStage = AmendmentStage.Drafting;
        Raise(new AmendmentStarted(Id, DistrictId, Title, amendment.Number, amendment.Reason));
        return amendment;
    }

    /// <summary>
    /// The district finishes its amendment. When <paramref name="eseApprovalNeeded"/> (the district's setting) it
    /// waits for ESE and null is returned; otherwise it becomes the next version at once.
    /// </summary>
    public PlanVersion? FinishAmendment(Amendment amendment, bool eseApprovalNeeded, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureOpen(amendment, AmendmentStage.Drafting);
        if (!by.Role.IsDistrictRole())
        {
            throw new DomainException("Only the district's superintendent or plan manager finishes an amendment.");
        }

        EnsureNothingBlocks("The amendment cannot be finished");
        if (eseApprovalNeeded)
        {
            amendment.AwaitApproval(at);
            OpenAmendmentStage = AmendmentStage.AwaitingApproval;
            Raise(new AmendmentAwaitingApproval(Id, DistrictId, Title, amendment.Number, amendment.Reason));
            return null;
        }

        return RecordAmendment(amendment, by, at, eseApproved: false);
    }

    /// <summary>ESE approves an amendment that was waiting for it; it becomes the next version.</summary>
    public PlanVersion ApproveAmendment(Amendment amendment, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureEse(by, "approve an amendment");
        EnsureOpen(amendment, AmendmentStage.AwaitingApproval);
        return RecordAmendment(amendment, by, at, eseApproved: true);
    }

    /// <summary>ESE sends an amendment back with its reasons; the district can change the plan again.</summary>
    public void SendBackAmendment(Amendment amendment, string? note, Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureEse(by, "send an amendment back");
        EnsureOpen(amendment, AmendmentStage.AwaitingApproval);
        amendment.SendBack(note);
        OpenAmendmentStage = AmendmentStage.Drafting;
        Raise(new AmendmentSentBack(Id, DistrictId, Title, amendment.Number, amendment.EseNote!));
    }

    private static void EnsureEse(Actor by, string what)
    {
        if (by.Role != Role.EseStaff)
        {
            throw new DomainException($"Only ESE staff {what}.");
        }
    }

    private PlanVersion RecordAmendment(Amendment amendment, Actor by, DateTimeOffset at, bool eseApproved)
    {
        var version = FreezeVersion(by, at, eseApproved, amendment);
        amendment.Record(version.Number, at);
        OpenAmendmentStage = null;
        Raise(new AmendmentRecorded(Id, DistrictId, Title, amendment.Number, amendment.Reason, version.Number, eseApproved));
        return version;
    }

    private PlanVersion FreezeVersion(Actor by, DateTimeOffset at, bool eseApproved, Amendment? amendment)
    {
        var version = PlanVersion.Freeze(this, VersionCount + 1, by, at, eseApproved, amendment);
        VersionCount++;
        return version;
    }

    private void EnsureOpen(Amendment amendment, AmendmentStage stage)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        if (amendment.PlanId != Id)
        {
            throw new DomainException("This amendment is of another plan.");
        }

        if (Status != PlanStatus.Approved)
        {
            throw new DomainException("The plan has been superseded by a later plan; its amendments are closed.");
        }

        if (amendment.Stage != stage)
        {
            throw new DomainException(amendment.Stage switch
            {
                AmendmentStage.Recorded => $"Amendment {amendment.Number} has already been recorded as version {amendment.VersionNumber}.",
                AmendmentStage.AwaitingApproval => $"Amendment {amendment.Number} is waiting for ESE approval.",
                AmendmentStage.Closed => $"Amendment {amendment.Number} was closed when the plan was superseded.",
                AmendmentStage.Cancelled => $"Amendment {amendment.Number} was cancelled by the district.",
                _ => $"Amendment {amendment.Number} is still being drafted by the district.",
            });
        }
    }

    private void EnsureNothingBlocks(string what)
    {
        var blockers = Readiness.Check(this).Blockers.Count;
        if (blockers > 0)
        {
            throw new DomainException(blockers == 1
                ? $"{what}: 1 item still blocks it."
                : $"{what}: {blockers} items still block it.");
        }
    }
}
