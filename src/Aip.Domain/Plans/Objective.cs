using Aip.Domain.Common;

namespace Aip.Domain.Plans;

/// <summary>
/// A strategic objective (A on the Initiative Strategy Sheet) with its overall lead (B) and its initiatives,
/// ranked in implementation order. Changed only through its <see cref="Plan"/>, which checks the plan is a draft.
/// </summary>
public sealed class Objective : Entity, IRanked
{
    public const int StatementMaxLength = 1000;
    public const int LeadMaxLength = 200;
    public const int MaxInitiatives = 5;

    private readonly List<Initiative> _initiatives = [];
#pragma warning disable IDE0044 // Not readonly: the data layer stores the list as JSON and sets the field when loading.
    private List<Guid> _addresses = [];
#pragma warning restore IDE0044

    private Objective()
    {
    }

    public Guid PlanId { get; private set; }

    /// <summary>1 to 5; the plan keeps its objectives ranked 1..n without gaps.</summary>
    public int Rank { get; private set; }

    /// <summary>The number people use ("Objective 2") is the rank.</summary>
    public int Number => Rank;

    public string Statement { get; private set; } = null!;

    /// <summary>One person's name. It may stay empty while drafting; readiness asks for it.</summary>
    public string? Lead { get; private set; }

    public IReadOnlyList<Initiative> Initiatives => _initiatives.InRankOrder();

    /// <summary>The District Review findings the objective addresses (ids of the district's <c>ReviewFinding</c>s).</summary>
    public IReadOnlyList<Guid> Addresses => _addresses;

    int IRanked.Rank { get => Rank; set => Rank = value; }

    internal static Objective Create(Guid planId, int rank, string? statement, string? lead)
    {
        var objective = new Objective { PlanId = planId, Rank = rank };
        objective.Update(statement, lead);
        return objective;
    }

    internal void Update(string? statement, string? lead)
    {
        (Statement, Lead) = (
            Text.Required(statement, "objective", StatementMaxLength),
            Text.Optional(lead, "overall lead", LeadMaxLength));
    }

    internal void Address(IEnumerable<Guid> findingIds)
    {
        // A new list, not the old one changed: a version's content read before keeps the links it had.
        _addresses = [.. findingIds.Distinct()];
    }

    /// <summary>An objective brought back under its own id, as a version holds it (<see cref="Plan.CancelAmendment"/>).</summary>
    internal static Objective Restored(Guid planId, Versions.ObjectiveContent content) => new() { Id = content.Id, PlanId = planId };

    internal void RestoreFrom(Versions.ObjectiveContent content, int rank)
    {
        Rank = rank;
        Update(content.Statement, content.Lead);
        Address(content.Addresses);
        Restoring.Reconcile(_initiatives, content.Initiatives, c => c.Id, c => Initiative.Restored(this, c.Id), (i, c, position) => i.RestoreFrom(c, position));
    }

    internal Initiative AddInitiative(string? description, string? lead, string? keyResources)
    {
        if (_initiatives.Count >= MaxInitiatives)
        {
            throw new DomainException($"An objective has at most {MaxInitiatives} initiatives.");
        }

        var initiative = Initiative.Create(this, _initiatives.NextRank(), description, lead, keyResources);
        _initiatives.Add(initiative);
        return initiative;
    }

    internal void RemoveInitiative(Initiative initiative) => Ranking.Remove(_initiatives, initiative);

    internal void MoveInitiative(Initiative initiative, int newRank) => Ranking.Move(_initiatives, initiative, newRank);
}
