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

    /// <summary>A new target; <paramref name="id"/> brings back one a version holds under its own id (a cancelled amendment).</summary>
    internal static BenchmarkTarget Create(Guid benchmarkId, int position, DateOnly date, string? value, Guid? id = null)
    {
        var target = id is { } kept ? new BenchmarkTarget { Id = kept } : new BenchmarkTarget();
        target.BenchmarkId = benchmarkId;
        return target.Change(position, date, value);
    }

    /// <summary>The same target with a new place, date or value.</summary>
    internal BenchmarkTarget Change(int position, DateOnly date, string? value)
    {
        (Position, Date, Value) = (position, Dates.Required(date, "date of each target"), Text.Required(value, "target value", ValueMaxLength));
        return this;
    }
}
