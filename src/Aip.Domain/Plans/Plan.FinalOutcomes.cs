namespace Aip.Domain.Plans;

// The plan's final outcomes: its annual student-outcome targets.
public sealed partial class Plan
{
    public FinalOutcome AddFinalOutcome(string? description, string? measure, string? target, DateOnly date)
    {
        EnsureEditable();
        var outcome = FinalOutcome.Create(Id, description, measure, target, date);
        _finalOutcomes.Add(outcome);
        return outcome;
    }

    public void UpdateFinalOutcome(Guid finalOutcomeId, string? description, string? measure, string? target, DateOnly date)
    {
        EnsureEditable();
        FindFinalOutcome(finalOutcomeId).Update(description, measure, target, date);
    }

    /// <summary>
    /// Sets the outcome's PPI targets: one per school year of the plan and group (aggregate, high needs students), as
    /// ESE sets them for the district. An empty list makes it an outcome without PPI targets.
    /// </summary>
    public void SetPpiTargets(Guid finalOutcomeId, IEnumerable<PpiTarget> targets)
    {
        EnsureEditable();
        FindFinalOutcome(finalOutcomeId).SetPpiTargets(PpiTarget.Checked(targets, FirstSchoolYear, LastSchoolYear));
    }

    public void RemoveFinalOutcome(Guid finalOutcomeId)
    {
        EnsureEditable();
        _finalOutcomes.Remove(FindFinalOutcome(finalOutcomeId));
    }

    public FinalOutcome FindFinalOutcome(Guid finalOutcomeId) => Find(_finalOutcomes, finalOutcomeId, "final outcome");
}
