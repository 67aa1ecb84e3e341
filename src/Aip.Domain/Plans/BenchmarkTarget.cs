using Aip.Domain.Common;

namespace Aip.Domain.Plans;

/// <summary>One dated target of a benchmark: "60%" by 30 November 2026, or "all grade 3-5 teams" by 31 January 2027.</summary>
public sealed class BenchmarkTarget : Entity
{
    public const int ValueMaxLength = 200;

    private BenchmarkTarget()
    {
    }

    public Guid BenchmarkId { get; private set; }

    /// <summary>
    /// 1..n in the order the district entered the targets. Kept (not re-sorted by date) so that
    /// <see cref="SmartCheck"/> can point out targets the district put out of date order.
    /// </summary>
    public int Position { get; private set; }

    public DateOnly Date { get; private set; }

    public string Value { get; private set; } = null!;

    internal static BenchmarkTarget Create(Guid benchmarkId, int position, DateOnly date, string? value) => new()
    {
        BenchmarkId = benchmarkId,
        Position = position,
        Date = Dates.Required(date, "date of each target"),
        Value = Text.Required(value, "target value", ValueMaxLength),
    };
}
