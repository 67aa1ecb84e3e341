using System.Globalization;
using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Domain.Progress;

namespace Aip.Web.Data;

/// <summary>What the demo's progress on Riverton's plan adds: baselines, results, activity status and final-outcome actuals.</summary>
public sealed record DemoProgressRecords(
    IReadOnlyList<BenchmarkBaseline> Baselines, IReadOnlyList<BenchmarkResult> Results, IReadOnlyList<ActivityProgress> Activities, IReadOnlyList<OutcomeActual> Actuals);

/// <summary>
/// Riverton's progress up to the day the demo is seeded: a baseline for every benchmark (from September's data), a result for
/// every target whose date has passed — most met, every third missed, and one (the fourth to fall due) left without a result,
/// so it shows as overdue — the status of every activity that has started (done when its
/// completion date has passed, except one still in progress: late), and, once the plan's first school year is over, that
/// year's actual of the first final outcome. Every record is made by the domain's own methods.
/// </summary>
public static class DemoProgress
{
    public static DemoProgressRecords Build(Plan plan, DemoTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(timeline);
        var today = Dates.Day(timeline.Now);
        var initiatives = plan.Objectives.SelectMany(o => o.Initiatives).ToList();
        var baselineDay = new DateOnly(plan.FirstSchoolYear, 9, 30) is var september && september <= today ? september : today;
        var baselines = new List<BenchmarkBaseline>();
        var results = new List<BenchmarkResult>();
        var k = 0;
        var due = 0;
        foreach (var benchmark in initiatives.SelectMany(i => i.Benchmarks))
        {
            var shape = BenchmarkProgress.Of(benchmark, null, [], today);
            baselines.Add(BenchmarkBaseline.Record(plan, benchmark, Baseline(shape), baselineDay, null, today));
            for (var t = 0; t < shape.Targets.Count; t++)
            {
                var target = shape.Targets[t].Target;
                if (target.Date >= today)
                {
                    break;
                }

                // The fourth target to fall due is the one the district has not reported on yet.
                if (++due == 4)
                {
                    continue;
                }

                var met = (k + t) % 3 != 2;
                var measured = target.Date.AddDays(-3) is var day && day > baselineDay ? day : target.Date;
                var source = benchmark.Evidence is { } evidence ? Clip(evidence, BenchmarkResult.SourceMaxLength) : null;
                results.Add(BenchmarkResult.Record(plan, benchmark, target.Date, Result(shape, target, met), measured, source,
                    met ? null : "Below the target: the Highlight Discussion agreed the follow-up in section 4 of the Minutes.", shape.IsNumeric ? null : met, today));
            }

            k++;
        }

        var activities = new List<ActivityProgress>();
        var lateChosen = false;
        foreach (var activity in initiatives.SelectMany(i => i.Activities).Where(a => a.Start <= today).OrderBy(a => a.Start))
        {
            var finished = activity.End < today;
            var late = finished && !lateChosen && activity.End < activity.Start.AddDays(60);
            lateChosen |= late;
            activities.Add(finished && !late
                ? ActivityProgress.Record(plan, activity, ActivityStatus.Done, activity.End, null, today)
                : ActivityProgress.Record(plan, activity, ActivityStatus.InProgress, activity.Start,
                    late ? "Two schools still to finish: substitute coverage ran short." : null, today));
        }

        var actuals = new List<OutcomeActual>();
        if (plan.FinalOutcomes.Count > 0 && today > new DateOnly(plan.FirstSchoolYear + 1, 8, 31))
        {
            actuals.Add(OutcomeActual.Record(plan, plan.FinalOutcomes[0], plan.FirstSchoolYear, "Annual PPI 72 (aggregate)",
                "Below the target of 75; the high-needs group reached 70."));
        }

        return new(baselines, results, activities, actuals);
    }

    private static string Baseline(BenchmarkProgress shape)
    {
        if (!shape.IsNumeric)
        {
            return "two of six schools";
        }

        var first = shape.Targets[0].TargetNumber!.Value;
        var start = shape.Direction == MeasureDirection.HigherIsBetter ? first * 0.7m : first * 1.2m;
        return Show(shape, start);
    }

    private static string Result(BenchmarkProgress shape, BenchmarkTarget target, bool met)
    {
        if (!shape.IsNumeric)
        {
            return met ? target.Value : "five of six schools";
        }

        var goal = Measures.Number(target.Value)!.Value;
        var better = shape.Direction == MeasureDirection.HigherIsBetter ? 1 : -1;
        var offset = (shape.Kind == MeasureKind.Percentage ? 3m : goal * 0.05m) * better;
        return Show(shape, met ? goal + (offset / 3) : goal - offset);
    }

    private static string Show(BenchmarkProgress shape, decimal value) =>
        shape.Kind == MeasureKind.Percentage
            ? Math.Min(100, Math.Round(value)).ToString(CultureInfo.InvariantCulture) + "%"
            : Math.Round(value, 1).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
