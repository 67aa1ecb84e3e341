using Aip.Domain.Common;

namespace Aip.Domain.Monitoring;

public enum RiskStatus
{
    Open = 1,
    Closed = 2,
}

/// <summary>
/// A risk in the plan's risk register (Minutes section 3, "Risks in the coming months with a mitigation plan"): raised
/// at a discussion, carried from meeting to meeting with its owner and mitigation until it is closed.
/// </summary>
public sealed class Risk : Entity
{
    public const int DescriptionMaxLength = 1000;
    public const int MitigationMaxLength = 2000;
    public const int OwnerMaxLength = 200;
    public const int NoteMaxLength = 1000;

    private Risk()
    {
    }

    public Guid PlanId { get; private set; }

    public Guid DistrictId { get; private set; }

    public string Description { get; private set; } = null!;

    public string Mitigation { get; private set; } = null!;

    /// <summary>Who sees the mitigation through.</summary>
    public string Owner { get; private set; } = null!;

    public RiskStatus Status { get; private set; } = RiskStatus.Open;

    public DateOnly RaisedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>Where it stands, as last said at a discussion.</summary>
    public string? StatusNote { get; private set; }

    public DateOnly? ReviewedOn { get; private set; }

    public bool IsOpen => Status == RiskStatus.Open;

    public static Risk Raise(Guid planId, Guid districtId, string? description, string? mitigation, string? owner, DateOnly raisedOn) => new()
    {
        PlanId = planId,
        DistrictId = districtId,
        Description = Text.Required(description, "risk", DescriptionMaxLength),
        Mitigation = Text.Required(mitigation, "mitigation plan", MitigationMaxLength),
        Owner = Text.Required(owner, "owner", OwnerMaxLength),
        RaisedOn = Dates.Required(raisedOn, "date the risk was raised"),
    };

    /// <summary>Reviewed at a discussion: the mitigation, owner and status note as they stand now.</summary>
    public void Review(string? mitigation, string? owner, string? statusNote, DateOnly on)
    {
        EnsureOpen();
        (Mitigation, Owner, StatusNote, ReviewedOn) = (
            Text.Required(mitigation, "mitigation plan", MitigationMaxLength), Text.Required(owner, "owner", OwnerMaxLength),
            Text.Optional(statusNote, "status", NoteMaxLength), on);
    }

    public void Close(string? statusNote, DateOnly on)
    {
        EnsureOpen();
        if (on < RaisedOn)
        {
            throw new DomainException($"A risk cannot be closed before it was raised ({Dates.Display(RaisedOn)}).");
        }

        (Status, ClosedOn, ReviewedOn, StatusNote) = (RiskStatus.Closed, on, on, Text.Required(statusNote, "how the risk was closed", NoteMaxLength));
    }

    /// <summary>Whether the risk was in the register on <paramref name="day"/>: raised by then and not yet closed.</summary>
    public bool WasOpenOn(DateOnly day) => RaisedOn <= day && (ClosedOn is not { } closed || closed > day);

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainException("This risk is closed; raise a new one if it returns.");
        }
    }
}
