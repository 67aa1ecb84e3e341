using System.Globalization;
using Aip.Domain.Progress;

namespace Aip.Web.Features.Progress;

/// <summary>A point of the chart, in SVG user units, with what it stands for (for its tooltip).</summary>
public sealed record ChartPoint(string X, string Y, string Label, TargetStatus? Status = null);

/// <summary>A tick on an axis: where it is and what it says.</summary>
public sealed record ChartTick(string At, string Label);

/// <summary>
/// The geometry of a numeric benchmark's chart, drawn on the server as SVG (no script): the baseline as a dotted level line,
/// the dated targets as a dashed line of open squares, the results as a solid line of dots placed at the day they were
/// measured (green when the target was met, red when not). Time runs left to right, from a fortnight before the first date
/// to a fortnight after the last; percentages run from 0 to 100 (higher when a value is), other numbers from 0 (or the
/// lowest value) to a round number above the highest. The table beside it is the same data for people who cannot see it.
/// </summary>
public sealed class BenchmarkChart
{
    public const int Width = 640;
    public const int Height = 240;
    public const int Left = 48;
    public const int Right = 16;
    public const int Top = 14;
    public const int Bottom = 34;

    private readonly DateOnly _from;
    private readonly DateOnly _to;
    private readonly double _low;
    private readonly double _high;

    private BenchmarkChart(BenchmarkProgress progress)
    {
        var dates = progress.Targets.Select(t => t.Target.Date)
            .Concat(progress.Targets.Where(t => t.Result is not null).Select(t => t.Result!.MeasuredOn))
            .Concat(progress.Baseline is { } b ? [b.Date] : [])
            .ToList();
        (_from, _to) = (dates.Min().AddDays(-14), dates.Max().AddDays(14));
        var values = progress.Targets.Select(t => t.TargetNumber).Concat(progress.Targets.Select(t => t.ResultNumber))
            .Append(Measures.Number(progress.Baseline?.Value)).OfType<decimal>().Select(v => (double)v).ToList();
        var percentage = progress.Kind == MeasureKind.Percentage;
        _low = Math.Min(0, values.Min());
        _high = percentage && values.Max() <= 100 ? 100 : Nice(values.Max() * 1.1);
        var step = Nice((_high - _low) / 5);
        YTicks = [.. Enumerable.Range(0, (int)Math.Floor((_high - _low) / step) + 1)
            .Select(i => _low + (i * step))
            .Select(v => new ChartTick(F(Y(v)), v.ToString("0.##", CultureInfo.InvariantCulture) + (percentage ? "%" : string.Empty)))];
        XTicks = MonthTicks();
        Targets = [.. progress.Targets.Where(t => t.TargetNumber is not null)
            .Select(t => new ChartPoint(F(X(t.Target.Date)), F(Y((double)t.TargetNumber!.Value)), $"Target {t.Target.Value} by {Aip.Domain.Common.Dates.Display(t.Target.Date)}"))];
        Results = [.. progress.Targets.Where(t => t.ResultNumber is not null).OrderBy(t => t.Result!.MeasuredOn)
            .Select(t => new ChartPoint(F(X(t.Result!.MeasuredOn)), F(Y((double)t.ResultNumber!.Value)),
                $"Result {t.Result.Value} on {Aip.Domain.Common.Dates.Display(t.Result.MeasuredOn)}: {t.Status.DisplayName().ToLowerInvariant()}", t.Status))];
        if (Measures.Number(progress.Baseline?.Value) is { } baseline)
        {
            Baseline = new ChartPoint(F(X(progress.Baseline!.Date)), F(Y((double)baseline)), $"Baseline {progress.Baseline.Value} on {Aip.Domain.Common.Dates.Display(progress.Baseline.Date)}");
        }
    }

    public IReadOnlyList<ChartTick> YTicks { get; }

    public IReadOnlyList<ChartTick> XTicks { get; }

    public IReadOnlyList<ChartPoint> Targets { get; }

    public IReadOnlyList<ChartPoint> Results { get; }

    public ChartPoint? Baseline { get; }

    public static string PlotLeft => F(Left);

    public static string PlotRight => F(Width - Right);

    public static string PlotTop => F(Top);

    public static string PlotBottom => F(Height - Bottom);

    public static string ViewBox => $"0 0 {Width} {Height}";

    /// <summary>The chart of a numeric benchmark; none for text measures (they show as a timeline).</summary>
    public static BenchmarkChart? For(BenchmarkProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return progress.IsNumeric && progress.Targets.Count > 0 ? new BenchmarkChart(progress) : null;
    }

    public static string Line(IEnumerable<ChartPoint> points) => string.Join(' ', points.Select(p => $"{p.X},{p.Y}"));

    private double X(DateOnly date) =>
        Left + ((Width - Left - Right) * (date.DayNumber - _from.DayNumber) / (double)Math.Max(1, _to.DayNumber - _from.DayNumber));

    private double Y(double value) => Height - Bottom - ((Height - Top - Bottom) * (value - _low) / Math.Max(double.Epsilon, _high - _low));

    /// <summary>The first of each month in range, thinned so that at most eight are labelled.</summary>
    private List<ChartTick> MonthTicks()
    {
        var months = new List<DateOnly>();
        for (var m = new DateOnly(_from.Year, _from.Month, 1).AddMonths(1); m <= _to; m = m.AddMonths(1))
        {
            months.Add(m);
        }

        var every = Math.Max(1, (int)Math.Ceiling(months.Count / 8.0));
        return [.. months.Where((_, i) => i % every == 0).Select(m => new ChartTick(F(X(m)), m.ToString("MMM yyyy", CultureInfo.InvariantCulture)))];
    }

    /// <summary>1, 2, 2.5 or 5 times a power of ten, at or above <paramref name="value"/>.</summary>
    private static double Nice(double value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * power).First(n => n >= value);
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
