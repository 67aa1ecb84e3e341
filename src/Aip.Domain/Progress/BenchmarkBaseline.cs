using Aip.Domain.Common;
using Aip.Domain.Plans;

namespace Aip.Domain.Progress;

/// <summary>
/// Where a benchmark started (guidance: September/October discussions collect the baseline data), and for a numeric measure
/// which way is better when the targets do not tell. Progress, not plan content: its own record, keyed by the benchmark.
/// </summary>
public sealed class BenchmarkBaseline : Entity
{
    public const int ValueMaxLength = BenchmarkTarget.ValueMaxLength;

    private BenchmarkBaseline()
    {
    }

    public Guid PlanId { get; private set; }

    public Guid DistrictId { get; private set; }

    public Guid BenchmarkId { get; private set; }

    public string Value { get; private set; } = null!;

    public DateOnly Date { get; private set; }

    /// <summary>Set by the district; when empty the targets (or the baseline) tell (<see cref="Measures.DirectionOf"/>).</summary>
    public MeasureDirection? Direction { get; private set; }

    public static BenchmarkBaseline Record(Plan plan, Benchmark benchmark, string? value, DateOnly date, MeasureDirection? direction, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(benchmark);
        var baseline = new BenchmarkBaseline { PlanId = plan.Id, DistrictId = plan.DistrictId, BenchmarkId = plan.FindBenchmark(benchmark.Id).Id };
        baseline.Change(plan, benchmark, value, date, direction, today);
        return baseline;
    }

    public void Change(Plan plan, Benchmark benchmark, string? value, DateOnly date, MeasureDirection? direction, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(benchmark);
        ProgressRules.EnsureTracked(plan);
        var text = Text.Required(value, "baseline", ValueMaxLength);
        if (Measures.KindOf([.. benchmark.Targets.Select(t => t.Value)]) != MeasureKind.Text && Measures.Number(text) is null)
        {
            throw new DomainException("The targets are numbers: enter the baseline as one number, for example 42%.");
        }

        if (direction is { } d && !Enum.IsDefined(d))
        {
            throw new DomainException("Choose whether higher or lower is better.");
        }

        (Value, Date, Direction) = (text, ProgressRules.NotInFuture(date, today, "date of the baseline"), direction);
    }
}
