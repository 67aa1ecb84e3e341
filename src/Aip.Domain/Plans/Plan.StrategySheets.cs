namespace Aip.Domain.Plans;

// The benchmarks and activities of each initiative: the rest of its Initiative Strategy Sheet.
public sealed partial class Plan
{
    public Benchmark AddBenchmark(
        Guid initiativeId,
        BenchmarkKind kind,
        string? description,
        string? measure,
        string? evidence,
        string? frequency,
        IEnumerable<(DateOnly Date, string? Value)> targets)
    {
        EnsureEditable();
        ArgumentNullException.ThrowIfNull(targets);
        return FindInitiative(initiativeId).AddBenchmark(new(kind, description, measure, evidence, frequency, targets.Select(t => new TargetEntry(t.Date, t.Value))));
    }

    /// <summary>
    /// Replaces the benchmark's targets with the ones given, in the order given; a target given with the id of one of the
    /// benchmark's targets stays that target (its date and value may change), the others are new.
    /// </summary>
    public void UpdateBenchmark(
        Guid benchmarkId,
        BenchmarkKind kind,
        string? description,
        string? measure,
        string? evidence,
        string? frequency,
        IEnumerable<TargetEntry> targets)
    {
        EnsureEditable();
        FindBenchmark(benchmarkId).Update(new(kind, description, measure, evidence, frequency, targets));
    }

    public void RemoveBenchmark(Guid benchmarkId)
    {
        EnsureEditable();
        var benchmark = FindBenchmark(benchmarkId);
        FindInitiative(benchmark.InitiativeId).RemoveBenchmark(benchmark);
    }

    public Benchmark FindBenchmark(Guid benchmarkId) => Find(AllInitiatives.SelectMany(i => i.Benchmarks), benchmarkId, "benchmark");

    public Activity AddActivity(Guid initiativeId, Quarter quarter, string? actionStep, string? lead, DateOnly start, DateOnly end, string? frequency)
    {
        EnsureEditable();
        return FindInitiative(initiativeId).AddActivity(new(quarter, actionStep, lead, start, end, frequency));
    }

    public void UpdateActivity(Guid activityId, Quarter quarter, string? actionStep, string? lead, DateOnly start, DateOnly end, string? frequency)
    {
        EnsureEditable();
        FindActivity(activityId).Update(new(quarter, actionStep, lead, start, end, frequency));
    }

    public void RemoveActivity(Guid activityId)
    {
        EnsureEditable();
        var activity = FindActivity(activityId);
        FindInitiative(activity.InitiativeId).RemoveActivity(activity);
    }

    public Activity FindActivity(Guid activityId) => Find(AllInitiatives.SelectMany(i => i.Activities), activityId, "activity");
}
