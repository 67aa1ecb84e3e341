namespace Aip.Domain.Plans;

/// <summary>What a district writes for a benchmark, as it came in: <see cref="Benchmark"/> checks and cleans it.</summary>
internal sealed record BenchmarkContent(
    BenchmarkKind Kind,
    string? Description,
    string? Measure,
    string? Evidence,
    string? Frequency,
    IEnumerable<(DateOnly Date, string? Value)> Targets);
