using System.Text.Json.Serialization;
using Aip.Domain.Plans;

namespace Aip.Domain.Versions;

/// <summary>
/// Everything the district wrote in a plan, as plain immutable values in template order: what a version freezes,
/// what the PDF prints and what the diff compares. Items keep their ids so that two versions of the same plan can
/// be matched item by item (changed, not removed and added). <see cref="Of"/> reads it from a plan.
/// </summary>
public sealed record PlanContent(
    string Title,
    int FirstSchoolYear,
    int LastSchoolYear,
    string? KeyIssues,
    string? TheoryOfAction,
    string? WhyTheseObjectives,
    IReadOnlyList<ObjectiveContent> Objectives,
    IReadOnlyList<FinalOutcomeContent> FinalOutcomes)
{
    [JsonIgnore]
    public PlanPeriod Period => PlanPeriod.ForSchoolYears(FirstSchoolYear, LastSchoolYear);

    /// <summary>Derived, like <see cref="Period"/>: not part of what a version stores.</summary>
    [JsonIgnore]
    public IEnumerable<InitiativeContent> Initiatives => Objectives.SelectMany(o => o.Initiatives);

    /// <summary>The objectives and initiatives that say they address a District Review finding ("Objective 1", "Initiative 1.2").</summary>
    public IReadOnlyList<string> AddressedBy(Guid findingId) =>
    [
        .. Objectives.SelectMany(o => (o.Addresses.Contains(findingId) ? [$"Objective {o.Number}"] : Array.Empty<string>())
            .Concat(o.Initiatives.Where(i => i.Addresses.Contains(findingId)).Select(i => $"Initiative {i.Number}"))),
    ];

    public static PlanContent Of(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(
            plan.Title,
            plan.FirstSchoolYear,
            plan.LastSchoolYear,
            plan.KeyIssues,
            plan.TheoryOfAction,
            plan.WhyTheseObjectives,
            [.. plan.Objectives.Select(o => new ObjectiveContent(
                o.Id,
                o.Number,
                o.Statement,
                o.Lead,
                [.. o.Initiatives.Select(InitiativeContent.Of)]) { Addresses = o.Addresses })],
            [.. plan.FinalOutcomes.Select(f => new FinalOutcomeContent(f.Id, f.Description, f.Measure, f.Target, f.Date) { PpiTargets = f.PpiTargets })]);
    }
}

/// <summary>A strategic objective (A) with its overall lead (B) and its initiatives in rank order.</summary>
public sealed record ObjectiveContent(
    Guid Id,
    int Number,
    string Statement,
    string? Lead,
    IReadOnlyList<InitiativeContent> Initiatives)
{
    /// <summary>The District Review findings it addresses; empty in versions frozen before findings were recorded.</summary>
    public IReadOnlyList<Guid> Addresses { get; init; } = [];
}

/// <summary>One Initiative Strategy Sheet: C, D, G, the benchmarks (E, F) and the activities (H-K) in date order.</summary>
public sealed record InitiativeContent(
    Guid Id,
    string Number,
    string Description,
    string? Lead,
    string? KeyResources,
    IReadOnlyList<BenchmarkContentValue> Benchmarks,
    IReadOnlyList<ActivityContentValue> Activities)
{
    /// <summary>The District Review findings it addresses; empty in versions frozen before findings were recorded.</summary>
    public IReadOnlyList<Guid> Addresses { get; init; } = [];

    internal static InitiativeContent Of(Initiative initiative) => new(
        initiative.Id,
        initiative.Number,
        initiative.Description,
        initiative.Lead,
        initiative.KeyResources,
        [.. initiative.Benchmarks.Select(b => new BenchmarkContentValue(
            b.Id,
            b.Kind,
            b.Description,
            b.Measure,
            b.Evidence,
            b.Frequency,
            [.. b.Targets.Select(t => new TargetContent(t.Date, t.Value) { Id = t.Id })]))],
        [.. initiative.Activities.Select(a => new ActivityContentValue(a.Id, a.Quarter, a.ActionStep, a.Lead, a.Start, a.End, a.Frequency))])
    {
        Addresses = initiative.Addresses,
    };
}

/// <summary>An early evidence of change indicator or short-term outcome with its dated targets, in the order entered.</summary>
public sealed record BenchmarkContentValue(
    Guid Id,
    BenchmarkKind Kind,
    string Description,
    string? Measure,
    string? Evidence,
    string? Frequency,
    IReadOnlyList<TargetContent> Targets);

public sealed record TargetContent(DateOnly Date, string Value)
{
    /// <summary>The target's id, so that a target whose date moved is matched as changed; null in versions frozen before targets kept theirs.</summary>
    public Guid? Id { get; init; }
}

public sealed record ActivityContentValue(
    Guid Id,
    Quarter Quarter,
    string ActionStep,
    string? Lead,
    DateOnly Start,
    DateOnly End,
    string? Frequency);

public sealed record FinalOutcomeContent(Guid Id, string Description, string? Measure, string? Target, DateOnly Date)
{
    /// <summary>Its structured PPI targets, by year and group; empty in versions frozen before they were kept.</summary>
    public IReadOnlyList<PpiTarget> PpiTargets { get; init; } = [];
}
