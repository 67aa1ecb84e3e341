using Aip.Domain.Common;

namespace Aip.Domain.Plans;

/// <summary>
/// An early evidence of change indicator (F) or a short-term outcome (E) of one initiative, with how it is
/// measured, the evidence that will show it and its dated targets ("60% by November, 80% by January").
/// Changed only through its <see cref="Plan"/>; <see cref="SmartCheck"/> says how good it is.
/// </summary>
public sealed class Benchmark : Entity
{
    public const int DescriptionMaxLength = 2000;
    public const int MeasureMaxLength = 1000;
    public const int EvidenceMaxLength = 1000;
    public const int FrequencyMaxLength = 200;

    /// <summary>Monthly targets over three school years; far more than a benchmark needs, so a runaway form is refused.</summary>
    public const int MaxTargets = 36;

    private readonly List<BenchmarkTarget> _targets = [];

    private Benchmark()
    {
    }

    public Guid InitiativeId { get; private set; }

    /// <summary>The order in which the district added it; stored because EF Core loads collections in no order.</summary>
    public int Position { get; private set; }

    public BenchmarkKind Kind { get; private set; }

    public string Description { get; private set; } = null!;

    /// <summary>How it is measured.</summary>
    public string? Measure { get; private set; }

    /// <summary>The evidence that will show it, preferably what the district uses anyway.</summary>
    public string? Evidence { get; private set; }

    /// <summary>How often it is looked at, for example "monthly".</summary>
    public string? Frequency { get; private set; }

    /// <summary>In the order the district entered them, which <see cref="SmartCheck"/> compares with date order.</summary>
    public IReadOnlyList<BenchmarkTarget> Targets => [.. _targets.OrderBy(t => t.Position)];

    internal static Benchmark Create(Guid initiativeId, int position, BenchmarkContent content)
    {
        var benchmark = new Benchmark { InitiativeId = initiativeId, Position = position };
        benchmark.Update(content);
        return benchmark;
    }

    /// <summary>A benchmark brought back under its own id, as a version holds it (<see cref="Plan.CancelAmendment"/>).</summary>
    internal static Benchmark Restored(Guid initiativeId, Guid id) => new() { Id = id, InitiativeId = initiativeId };

    /// <summary>Back to what a version holds; its targets are rebuilt only if they differ, so an unchanged benchmark stays unchanged.</summary>
    internal void RestoreFrom(Versions.BenchmarkContentValue content, int position)
    {
        Position = position;
        // A version frozen before targets kept their ids is matched on dates and values alone.
        var idsKnown = content.Targets.All(c => c.Id is not null);
        var targets = Targets;
        var same = (Kind, Description, Measure, Evidence, Frequency) == (content.Kind, content.Description, content.Measure, content.Evidence, content.Frequency)
            && targets.Count == content.Targets.Count
            && targets.Zip(content.Targets).All(p => p.First.Date == p.Second.Date && p.First.Value == p.Second.Value && (!idsKnown || p.First.Id == p.Second.Id));
        if (!same)
        {
            Update(new BenchmarkContent(content.Kind, content.Description, content.Measure, content.Evidence, content.Frequency,
                content.Targets.Select(t => new TargetEntry(t.Date, t.Value, t.Id))), restoring: true);
        }
    }

    /// <summary>
    /// Replaces everything, targets included; nothing changes when any part is refused. A target whose id is one of this
    /// benchmark's stays that target; any other id is ignored (a new target gets a new id) unless
    /// <paramref name="restoring"/> a version, whose targets come back under their own ids.
    /// </summary>
    internal void Update(BenchmarkContent content, bool restoring = false)
    {
        if (!Enum.IsDefined(content.Kind))
        {
            throw new DomainException("Choose whether this is early evidence of change or a short-term outcome.");
        }

        var description = Text.Required(content.Description, "benchmark", DescriptionMaxLength);
        var measure = Text.Optional(content.Measure, "measure", MeasureMaxLength);
        var evidence = Text.Optional(content.Evidence, "evidence", EvidenceMaxLength);
        var frequency = Text.Optional(content.Frequency, "frequency", FrequencyMaxLength);
        var targets = content.Targets.ToList();
        if (targets.Count > MaxTargets)
        {
            throw new DomainException($"A benchmark has at most {MaxTargets} targets.");
        }

        // Every target is checked before any is changed, so that a refused one leaves the benchmark as it was.
        var entries = targets.Select(t => t with
        {
            Date = Dates.Required(t.Date, "date of each target"),
            Value = Text.Required(t.Value, "target value", BenchmarkTarget.ValueMaxLength),
        }).ToList();
        var kept = _targets.ToDictionary(t => t.Id);
        var newTargets = entries.Select((t, i) => t.Id is { } id && kept.Remove(id, out var target)
            ? target.Change(i + 1, t.Date, t.Value)
            : BenchmarkTarget.Create(Id, i + 1, t.Date, t.Value, restoring ? t.Id : null)).ToList();
        (Kind, Description, Measure, Evidence, Frequency) = (content.Kind, description, measure, evidence, frequency);
        _targets.Clear();
        _targets.AddRange(newTargets);
    }
}
