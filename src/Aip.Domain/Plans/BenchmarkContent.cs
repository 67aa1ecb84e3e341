namespace Aip.Domain.Plans;

/// <summary>What a district writes for a benchmark, as it came in: <see cref="Benchmark"/> checks and cleans it.</summary>
internal sealed record BenchmarkContent(
    BenchmarkKind Kind,
    string? Description,
    string? Measure,
    string? Evidence,
    string? Frequency,
    IEnumerable<TargetEntry> Targets);

/// <summary>
/// One dated target as a form sends it: <paramref name="Id"/> names the target it edits (so that moving its date keeps
/// it the same target, for the version diff and everything that refers to it), or is null for a new one.
/// </summary>
public readonly record struct TargetEntry(DateOnly Date, string? Value, Guid? Id = null)
{
    public static implicit operator TargetEntry((DateOnly Date, string? Value) target) => new(target.Date, target.Value);
}
