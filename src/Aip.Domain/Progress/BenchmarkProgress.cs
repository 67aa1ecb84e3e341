using Aip.Domain.Common;
using Aip.Domain.Plans;

namespace Aip.Domain.Progress;

/// <summary>Where one dated target of a benchmark stands on a day.</summary>
public enum TargetStatus
{
    /// <summary>The result reached the target (compared as numbers, or as the recorder said).</summary>
    Met = 1,

    /// <summary>The result fell short of it.</summary>
    NotMet = 2,

    /// <summary>No result yet, and the target's date has not passed.</summary>
    NotYetDue = 3,

    /// <summary>The target's date has passed without a result.</summary>
    Overdue = 4,
}

/// <summary>One target with its result (if any) and its status.</summary>
public sealed record TargetProgress(BenchmarkTarget Target, BenchmarkResult? Result, TargetStatus Status)
{
    public decimal? TargetNumber => Measures.Number(Target.Value);

    public decimal? ResultNumber => Measures.Number(Result?.Value);
}

/// <summary>
/// A benchmark's progress on a day (in Massachusetts): what kind of measure it is and which way is better, its baseline, and
/// each dated target in date order with its result and <see cref="TargetStatus"/>. A result decides met or not met, whenever it
/// was recorded; without one, a target is not yet due up to and including its date and overdue after it. Numbers are
/// compared with the direction (at or above the target when higher is better, at or below when lower is); text results carry
/// the recorder's judgement. Results whose target date the plan no longer has (an amendment moved it) are kept aside.
/// </summary>
public sealed record BenchmarkProgress(
    Benchmark Benchmark,
    MeasureKind Kind,
    MeasureDirection Direction,
    DirectionSource DirectionSource,
    BenchmarkBaseline? Baseline,
    IReadOnlyList<TargetProgress> Targets,
    IReadOnlyList<BenchmarkResult> Unmatched)
{
    public bool IsNumeric => Kind != MeasureKind.Text;

    public int Count(TargetStatus status) => Targets.Count(t => t.Status == status);

    public static BenchmarkProgress On(TimeProvider clock, Benchmark benchmark, BenchmarkBaseline? baseline, IEnumerable<BenchmarkResult> results)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Of(benchmark, baseline, results, Dates.Day(clock.GetUtcNow()));
    }

    public static BenchmarkProgress Of(Benchmark benchmark, BenchmarkBaseline? baseline, IEnumerable<BenchmarkResult> results, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(results);
        var targets = benchmark.Targets.OrderBy(t => t.Date).ThenBy(t => t.Position).ToList();
        var kind = Measures.KindOf([.. targets.Select(t => t.Value)]);
        var numbers = kind == MeasureKind.Text ? [] : targets.Select(t => Measures.Number(t.Value)!.Value).ToList();
        var (direction, source) = Measures.DirectionOf(baseline?.Direction, numbers, kind == MeasureKind.Text ? null : Measures.Number(baseline?.Value));
        var byDate = results.Where(r => r.BenchmarkId == benchmark.Id).GroupBy(r => r.TargetDate).ToDictionary(g => g.Key, g => g.First());
        var rows = targets.Select(t => byDate.GetValueOrDefault(t.Date) is { } result
                ? new TargetProgress(t, result, IsMet(t, result, kind, direction) ? TargetStatus.Met : TargetStatus.NotMet)
                : new TargetProgress(t, null, today > t.Date ? TargetStatus.Overdue : TargetStatus.NotYetDue))
            .ToList();
        var unmatched = byDate.Values.Where(r => targets.All(t => t.Date != r.TargetDate)).OrderBy(r => r.TargetDate).ToList();
        return new(benchmark, kind, direction, source, baseline, rows, unmatched);
    }

    private static bool IsMet(BenchmarkTarget target, BenchmarkResult result, MeasureKind kind, MeasureDirection direction)
    {
        if (kind != MeasureKind.Text && Measures.Number(target.Value) is { } goal && Measures.Number(result.Value) is { } actual)
        {
            return direction == MeasureDirection.HigherIsBetter ? actual >= goal : actual <= goal;
        }

        // A text result, or a number recorded before an amendment made the targets text: the recorder's word.
        return result.Met == true;
    }
}

public static class TargetStatusFacts
{
    public static string DisplayName(this TargetStatus status) => status switch
    {
        TargetStatus.Met => "Met",
        TargetStatus.NotMet => "Not met",
        TargetStatus.NotYetDue => "Not yet due",
        TargetStatus.Overdue => "Overdue: no result",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
