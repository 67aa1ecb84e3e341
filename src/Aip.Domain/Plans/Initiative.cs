using Aip.Domain.Common;

namespace Aip.Domain.Plans;

/// <summary>
/// An initiative (C) with its lead (D), key resources (G), benchmarks (E, F) and activities (H-K): one Initiative
/// Strategy Sheet. Changed only through its <see cref="Plan"/>.
/// </summary>
public sealed class Initiative : Entity, IRanked
{
    public const int DescriptionMaxLength = 2000;
    public const int LeadMaxLength = 200;
    public const int KeyResourcesMaxLength = 4000;

    private readonly List<Benchmark> _benchmarks = [];
    private readonly List<Activity> _activities = [];
#pragma warning disable IDE0044 // Not readonly: the data layer stores the list as JSON and sets the field when loading.
    private List<Guid> _addresses = [];
#pragma warning restore IDE0044

    private Initiative()
    {
    }

    public Guid ObjectiveId { get; private set; }

    /// <summary>
    /// The back-reference that lets <see cref="Number"/> follow every re-ranking without storing it. For EF Core it
    /// is the ordinary inverse navigation of <see cref="Objective.Initiatives"/> over <see cref="ObjectiveId"/>,
    /// which EF fixes up whenever initiatives are loaded with (or after) their objective.
    /// </summary>
    public Objective Objective { get; private set; } = null!;

    /// <summary>1 to 5 within the objective, in implementation order.</summary>
    public int Rank { get; private set; }

    /// <summary>"2.3": the third initiative of the second objective.</summary>
    public string Number => $"{Objective.Number}.{Rank}";

    public string Description { get; private set; } = null!;

    /// <summary>One person's name. It may stay empty while drafting; readiness asks for it.</summary>
    public string? Lead { get; private set; }

    /// <summary>Leaders and supporters, funds, partners, time, staffing, materials.</summary>
    public string? KeyResources { get; private set; }

    /// <summary>Early evidence of change first, then short-term outcomes, each in the order they were added.</summary>
    public IReadOnlyList<Benchmark> Benchmarks => [.. _benchmarks.OrderBy(b => b.Kind).ThenBy(b => b.Position)];

    /// <summary>In date order; screens group them by <see cref="Activity.Quarter"/>.</summary>
    public IReadOnlyList<Activity> Activities =>
        [.. _activities.OrderBy(a => a.Start).ThenBy(a => a.End).ThenBy(a => a.ActionStep, StringComparer.Ordinal)];

    /// <summary>The District Review findings the initiative addresses (ids of the district's <c>ReviewFinding</c>s).</summary>
    public IReadOnlyList<Guid> Addresses => _addresses;

    int IRanked.Rank { get => Rank; set => Rank = value; }

    internal static Initiative Create(Objective objective, int rank, string? description, string? lead, string? keyResources)
    {
        var initiative = new Initiative { ObjectiveId = objective.Id, Objective = objective, Rank = rank };
        initiative.Update(description, lead, keyResources);
        return initiative;
    }

    internal void Update(string? description, string? lead, string? keyResources)
    {
        (Description, Lead, KeyResources) = (
            Text.Required(description, "initiative", DescriptionMaxLength),
            Text.Optional(lead, "initiative lead", LeadMaxLength),
            Text.Optional(keyResources, "key resources", KeyResourcesMaxLength));
    }

    internal void Address(IEnumerable<Guid> findingIds)
    {
        // A new list, not the old one changed: a version's content read before keeps the links it had.
        _addresses = [.. findingIds.Distinct()];
    }

    /// <summary>An initiative brought back under its own id, as a version holds it (<see cref="Plan.CancelAmendment"/>).</summary>
    internal static Initiative Restored(Objective objective, Guid id) => new() { Id = id, ObjectiveId = objective.Id, Objective = objective };

    internal void RestoreFrom(Versions.InitiativeContent content, int rank)
    {
        Rank = rank;
        Update(content.Description, content.Lead, content.KeyResources);
        Address(content.Addresses);
        Restoring.Reconcile(_benchmarks, content.Benchmarks, c => c.Id, c => Benchmark.Restored(Id, c.Id), (b, c, position) => b.RestoreFrom(c, position));
        Restoring.Reconcile(_activities, content.Activities, c => c.Id, c => Activity.Restored(Id, c.Id), (a, c, _) => a.RestoreFrom(c));
    }

    internal Benchmark AddBenchmark(BenchmarkContent content)
    {
        var position = _benchmarks.Select(b => b.Position).DefaultIfEmpty().Max() + 1;
        var benchmark = Benchmark.Create(Id, position, content);
        _benchmarks.Add(benchmark);
        return benchmark;
    }

    internal void RemoveBenchmark(Benchmark benchmark) => _benchmarks.Remove(benchmark);

    internal Activity AddActivity(ActivityContent content)
    {
        var activity = Activity.Create(Id, content);
        _activities.Add(activity);
        return activity;
    }

    internal void RemoveActivity(Activity activity) => _activities.Remove(activity);
}
