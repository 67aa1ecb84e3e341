using Aip.Domain.Common;
using Aip.Domain.Plans;

namespace Aip.Domain.Progress;

/// <summary>
/// What actually happened against one dated target of a benchmark: the value, when it was measured, where it comes from and
/// a note. One result a target; it is corrected in place. Keyed by the benchmark and the target's date, since a target is
/// "60% by 30 November" to the people who read it (an amendment that keeps the date keeps the result). For a measure that
/// is not a number the person recording says whether it met the target. Progress, not plan content.
/// </summary>
public sealed class BenchmarkResult : Entity
{
    public const int ValueMaxLength = BenchmarkTarget.ValueMaxLength;
    public const int SourceMaxLength = 500;
    public const int NoteMaxLength = 2000;

    private BenchmarkResult()
    {
    }

    public Guid PlanId { get; private set; }

    public Guid DistrictId { get; private set; }

    public Guid BenchmarkId { get; private set; }

    /// <summary>The date of the target it answers.</summary>
    public DateOnly TargetDate { get; private set; }

    public string Value { get; private set; } = null!;

    public DateOnly MeasuredOn { get; private set; }

    /// <summary>The evidence it comes from, as free text for now ("learning-walk summary, November").</summary>
    public string? Source { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The recorder's judgement, for a measure that is not a number (empty for numbers: they are compared).</summary>
    public bool? Met { get; private set; }

    public static BenchmarkResult Record(
        Plan plan, Benchmark benchmark, DateOnly targetDate, string? value, DateOnly measuredOn, string? source, string? note, bool? met, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(benchmark);
        if (benchmark.Targets.All(t => t.Date != targetDate))
        {
            throw new DomainException("Choose one of the benchmark's dated targets.");
        }

        var result = new BenchmarkResult { PlanId = plan.Id, DistrictId = plan.DistrictId, BenchmarkId = plan.FindBenchmark(benchmark.Id).Id, TargetDate = targetDate };
        result.Correct(plan, benchmark, value, measuredOn, source, note, met, today);
        return result;
    }

    public void Correct(Plan plan, Benchmark benchmark, string? value, DateOnly measuredOn, string? source, string? note, bool? met, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(benchmark);
        ProgressRules.EnsureTracked(plan);
        var text = Text.Required(value, "result", ValueMaxLength);
        var numeric = Measures.KindOf([.. benchmark.Targets.Select(t => t.Value)]) != MeasureKind.Text;
        if (numeric && Measures.Number(text) is null)
        {
            throw new DomainException("The target is a number: enter the result as one number, for example 72%.");
        }

        if (!numeric && met is null)
        {
            throw new DomainException("Say whether the result met the target: it is not a number to compare.");
        }

        (Value, MeasuredOn, Source, Note, Met) = (
            text,
            ProgressRules.NotInFuture(measuredOn, today, "date it was measured"),
            Text.Optional(source, "source", SourceMaxLength),
            Text.Optional(note, "note", NoteMaxLength),
            numeric ? null : met);
    }
}
