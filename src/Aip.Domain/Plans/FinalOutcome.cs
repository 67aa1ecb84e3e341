using Aip.Domain.Common;

namespace Aip.Domain.Plans;

/// <summary>
/// A specific, measurable end-of-year student outcome with its date (Section 1; at minimum the PPI targets for
/// aggregate and high-needs students). Changed only through its <see cref="Plan"/>.
/// </summary>
public sealed class FinalOutcome : Entity
{
    public const int DescriptionMaxLength = 2000;
    public const int MeasureMaxLength = 1000;
    public const int TargetMaxLength = 500;

#pragma warning disable IDE0044 // Not readonly: the data layer stores the list as JSON and sets the field when loading.
    private List<PpiTarget> _ppiTargets = [];
#pragma warning restore IDE0044

    private FinalOutcome()
    {
    }

    public Guid PlanId { get; private set; }

    public string Description { get; private set; } = null!;

    public string? Measure { get; private set; }

    public string? Target { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>The structured PPI targets this outcome sets, per school year, for the aggregate and high needs students; empty for other outcomes.</summary>
    public IReadOnlyList<PpiTarget> PpiTargets => _ppiTargets;

    internal static FinalOutcome Create(Guid planId, string? description, string? measure, string? target, DateOnly date)
    {
        var outcome = new FinalOutcome { PlanId = planId };
        outcome.Update(description, measure, target, date);
        return outcome;
    }

    /// <summary>A final outcome brought back under its own id, as a version holds it (<see cref="Plan.CancelAmendment"/>).</summary>
    internal static FinalOutcome Restored(Guid planId, Guid id) => new() { Id = id, PlanId = planId };

    internal void RestoreFrom(Versions.FinalOutcomeContent content)
    {
        Update(content.Description, content.Measure, content.Target, content.Date);
        SetPpiTargets(content.PpiTargets);
    }

    /// <summary>Replaces the PPI targets (already checked against the plan's years by <see cref="PpiTarget.Checked"/>).</summary>
    internal void SetPpiTargets(IReadOnlyList<PpiTarget> targets)
    {
        // A new list, not the old one changed: a version's content read before keeps the targets it had.
        _ppiTargets = [.. targets];
    }

    internal void Update(string? description, string? measure, string? target, DateOnly date)
    {
        (Description, Measure, Target, Date) = (
            Text.Required(description, "final outcome", DescriptionMaxLength),
            Text.Optional(measure, "measure", MeasureMaxLength),
            Text.Optional(target, "target", TargetMaxLength),
            Dates.Required(date, "date of the final outcome"));
    }
}
