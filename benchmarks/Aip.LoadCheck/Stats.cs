using System.Collections.Concurrent;
using System.Globalization;

namespace Aip.LoadCheck;

/// <summary>Latencies per kind of request, errors with their first reasons, and the outcome of every write.</summary>
internal sealed class Stats
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();
    private readonly ConcurrentQueue<string> _firstErrors = new();

    public bool Measuring { get; set; }

    public ConcurrentBag<Write> Writes { get; } = [];

    public int ErrorCount => _errors.Values.Sum();

    public void Record(string kind, double milliseconds)
    {
        if (Measuring)
        {
            _latencies.GetOrAdd(kind, _ => []).Add(milliseconds);
        }
    }

    public void Error(string kind, string reason)
    {
        _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
        if (_firstErrors.Count < 10)
        {
            _firstErrors.Enqueue($"{kind}: {reason}");
        }
    }

    public IEnumerable<string> Report(TimeSpan duration)
    {
        var all = _latencies.Values.SelectMany(v => v).ToList();
        yield return $"requests: {all.Count} in {duration.TotalSeconds:0} s ({all.Count / duration.TotalSeconds:0} per second); errors: {ErrorCount}";
        yield return Line("all", all);
        foreach (var (kind, values) in _latencies.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            yield return Line(kind, values.ToList());
        }

        foreach (var error in _firstErrors)
        {
            yield return $"  error: {error}";
        }
    }

    private string Line(string kind, List<double> values)
    {
        values.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"  {kind,-16} {values.Count,7} requests  p50 {Percentile(values, 0.50),7:0} ms  p95 {Percentile(values, 0.95),7:0} ms  max {values.LastOrDefault(),7:0} ms  errors {_errors.GetValueOrDefault(kind)}");
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}

/// <summary>One write as the person saw it: saved (the app said so), refused as a conflict, or failed.</summary>
internal sealed record Write(string Kind, Guid PlanId, string Value, WriteOutcome Outcome);

internal enum WriteOutcome
{
    Saved,
    Conflict,
    Failed,
}
