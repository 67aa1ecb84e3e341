using Aip.Domain.Common;

namespace Aip.Domain.Plans;

// The plan's strategic objectives and their initiatives, ranked 1..n without gaps after every change.
public sealed partial class Plan
{
    private IEnumerable<Initiative> AllInitiatives => _objectives.SelectMany(o => o.Initiatives);

    public Objective AddObjective(string? statement, string? lead)
    {
        EnsureEditable();
        if (_objectives.Count >= MaxObjectives)
        {
            throw new DomainException($"A plan has at most {MaxObjectives} strategic objectives.");
        }

        var objective = Objective.Create(Id, _objectives.NextRank(), statement, lead);
        _objectives.Add(objective);
        return objective;
    }

    public void UpdateObjective(Guid objectiveId, string? statement, string? lead)
    {
        EnsureEditable();
        FindObjective(objectiveId).Update(statement, lead);
    }

    /// <summary>Removes the objective with its initiatives; the objectives after it move up.</summary>
    public void RemoveObjective(Guid objectiveId)
    {
        EnsureEditable();
        Ranking.Remove(_objectives, FindObjective(objectiveId));
    }

    public void MoveObjective(Guid objectiveId, int newRank)
    {
        EnsureEditable();
        Ranking.Move(_objectives, FindObjective(objectiveId), newRank);
    }

    public Objective FindObjective(Guid objectiveId) => Find(_objectives, objectiveId, "objective");

    public Initiative AddInitiative(Guid objectiveId, string? description, string? lead, string? keyResources)
    {
        EnsureEditable();
        return FindObjective(objectiveId).AddInitiative(description, lead, keyResources);
    }

    public void UpdateInitiative(Guid initiativeId, string? description, string? lead, string? keyResources)
    {
        EnsureEditable();
        FindInitiative(initiativeId).Update(description, lead, keyResources);
    }

    public void RemoveInitiative(Guid initiativeId)
    {
        EnsureEditable();
        var initiative = FindInitiative(initiativeId);
        initiative.Objective.RemoveInitiative(initiative);
    }

    /// <summary>Moves an initiative within its objective.</summary>
    public void MoveInitiative(Guid initiativeId, int newRank)
    {
        EnsureEditable();
        var initiative = FindInitiative(initiativeId);
        initiative.Objective.MoveInitiative(initiative, newRank);
    }

    public Initiative FindInitiative(Guid initiativeId) => Find(AllInitiatives, initiativeId, "initiative");

    /// <summary>
    /// Says which of the district's District Review findings an objective or an initiative addresses (replacing what it said);
    /// <paramref name="districtFindings"/> are the ids the district's review has, and only those may be chosen.
    /// </summary>
    public void AddressFindings(Guid objectiveOrInitiativeId, IEnumerable<Guid> findingIds, IReadOnlyCollection<Guid> districtFindings)
    {
        ArgumentNullException.ThrowIfNull(findingIds);
        ArgumentNullException.ThrowIfNull(districtFindings);
        EnsureEditable();
        var chosen = findingIds.Distinct().ToList();
        if (chosen.Any(id => !districtFindings.Contains(id)))
        {
            throw new DomainException("Choose findings of this district's District Review from the list.");
        }

        if (_objectives.FirstOrDefault(o => o.Id == objectiveOrInitiativeId) is { } objective)
        {
            objective.Address(chosen);
        }
        else
        {
            FindInitiative(objectiveOrInitiativeId).Address(chosen);
        }
    }

    /// <summary>Every District Review finding an objective or an initiative of the plan says it addresses.</summary>
    public IReadOnlySet<Guid> AddressedFindings() =>
        _objectives.SelectMany(o => o.Addresses).Concat(AllInitiatives.SelectMany(i => i.Addresses)).ToHashSet();
}
