using Aip.Domain.Plans;
using Aip.Domain.Progress;
using Aip.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Progress;

/// <summary>One initiative's counts for the plan's progress summary.</summary>
public sealed record InitiativeProgressRow(Initiative Initiative, int Met, int NotMet, int Overdue, int NotYetDue, int ActivitiesLate, int Activities);

/// <summary>
/// The progress of a whole plan on a day: every benchmark's targets with their results and status, every activity's status,
/// the final outcomes' actuals. Read with one query a table (by the plan), never tracked.
/// </summary>
public sealed class PlanProgress
{
    private readonly Dictionary<Guid, BenchmarkProgress> _benchmarks;
    private readonly Dictionary<Guid, ActivityStanding> _activities;

    private PlanProgress(Plan plan, DateOnly today, Dictionary<Guid, BenchmarkProgress> benchmarks, Dictionary<Guid, ActivityStanding> activities, IReadOnlyList<OutcomeActual> actuals)
    {
        (Plan, Today, _benchmarks, _activities, Actuals) = (plan, today, benchmarks, activities, actuals);
    }

    public Plan Plan { get; }

    public DateOnly Today { get; }

    public IReadOnlyList<OutcomeActual> Actuals { get; }

    public BenchmarkProgress Of(Benchmark benchmark) => _benchmarks[benchmark.Id];

    public ActivityStanding Of(Activity activity) => _activities[activity.Id];

    public IEnumerable<OutcomeActual> ActualsOf(FinalOutcome outcome) => Actuals.Where(a => a.FinalOutcomeId == outcome.Id).OrderBy(a => a.SchoolYear);

    public InitiativeProgressRow Row(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        var targets = initiative.Benchmarks.Select(Of).SelectMany(b => b.Targets).ToList();
        return new(initiative,
            targets.Count(t => t.Status == TargetStatus.Met), targets.Count(t => t.Status == TargetStatus.NotMet),
            targets.Count(t => t.Status == TargetStatus.Overdue), targets.Count(t => t.Status == TargetStatus.NotYetDue),
            initiative.Activities.Count(a => Of(a).IsLate), initiative.Activities.Count);
    }

    /// <summary>
    /// How many of the plan's activities are late, and how many benchmark targets have passed without a result or were
    /// missed, on <paramref name="today"/>: what a home page counts. It reads the plan's benchmarks with their targets and
    /// its activities by the plan, with the results and statuses (five statements), not the whole plan.
    /// </summary>
    public static async Task<(int LateActivities, int OverdueTargets, int MissedTargets)> CountAsync(AipDbContext db, Guid planId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        // The plan's initiatives from its objectives (a join: SQLite then starts from the plan's objectives by index
        // instead of testing every plan's initiatives).
        var initiatives = db.Set<Objective>().Where(o => o.PlanId == planId).Join(db.Set<Initiative>(), o => o.Id, i => i.ObjectiveId, (_, i) => i.Id);
        // The late rule needs each activity's end date alone (and its status, below), not the activity.
        var activities = await db.Set<Activity>().Where(a => initiatives.Contains(a.InitiativeId)).Select(a => new { a.Id, a.End }).ToListAsync();
        var benchmarks = await db.Set<Benchmark>().AsNoTracking().Where(b => initiatives.Contains(b.InitiativeId)).Include(b => b.Targets).ToListAsync();
        var (baselines, results, statuses) = await RecordsAsync(db, planId);
        var progress = benchmarks.Select(b => BenchmarkProgress.Of(b, baselines.GetValueOrDefault(b.Id), results[b.Id], today)).ToList();
        return (activities.Count(a => ActivityStanding.Late(a.End, statuses.GetValueOrDefault(a.Id)?.Status, today)),
            progress.Sum(b => b.Count(TargetStatus.Overdue)), progress.Sum(b => b.Count(TargetStatus.NotMet)));
    }

    public static async Task<PlanProgress> LoadAsync(AipDbContext db, Plan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        var (baselines, results, statuses) = await RecordsAsync(db, plan.Id);
        var actuals = await db.OutcomeActuals.AsNoTracking().Where(a => a.PlanId == plan.Id).ToListAsync();
        var initiatives = plan.Objectives.SelectMany(o => o.Initiatives).ToList();
        return new(plan, today,
            initiatives.SelectMany(i => i.Benchmarks).ToDictionary(b => b.Id, b => BenchmarkProgress.Of(b, baselines.GetValueOrDefault(b.Id), results[b.Id], today)),
            initiatives.SelectMany(i => i.Activities).ToDictionary(a => a.Id, a => ActivityStanding.Of(a, statuses.GetValueOrDefault(a.Id), today)),
            actuals);
    }

    /// <summary>What the district recorded of the plan's progress: baselines by benchmark, results, activity statuses.</summary>
    private static async Task<(Dictionary<Guid, BenchmarkBaseline> Baselines, ILookup<Guid, BenchmarkResult> Results, Dictionary<Guid, ActivityProgress> Statuses)> RecordsAsync(
        AipDbContext db, Guid planId) =>
        (await db.BenchmarkBaselines.AsNoTracking().Where(b => b.PlanId == planId).ToDictionaryAsync(b => b.BenchmarkId),
            (await db.BenchmarkResults.AsNoTracking().Where(r => r.PlanId == planId).ToListAsync()).ToLookup(r => r.BenchmarkId),
            await db.ActivityProgress.AsNoTracking().Where(a => a.PlanId == planId).ToDictionaryAsync(a => a.ActivityId));
}
