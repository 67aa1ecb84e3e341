using System.Globalization;
using Aip.Domain.Common;
using Aip.Domain.Districts;
using static Aip.Domain.Plans.ReadinessItem;

namespace Aip.Domain.Plans;

/// <summary>
/// Whether a draft plan is complete enough to submit, by the shape rules of the guidance. Saving never waits for
/// readiness (a district fills its plan in over weeks); the readiness panel lists what is left, in plan order.
/// </summary>
public static class Readiness
{
    private const int ExcerptLength = 60;

    /// <summary>
    /// The plan's readiness; with the district's District Review <paramref name="findings"/>, a warning for each finding no
    /// objective or initiative addresses (rubric criterion 2: the plan answers the review's root causes).
    /// </summary>
    public static ReadinessReport Check(Plan plan, IReadOnlyList<FindingRef>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var period = plan.Period;
        return new([
            .. Section1(plan),
            .. ObjectiveCount(plan),
            .. plan.Objectives.SelectMany(o => ObjectiveItems(o, period)),
            .. FinalOutcomes(plan, period),
            .. Unaddressed(plan, findings ?? [])]);
    }

    private static IEnumerable<ReadinessItem> Unaddressed(Plan plan, IReadOnlyList<FindingRef> findings)
    {
        var addressed = plan.AddressedFindings();
        foreach (var finding in findings.Where(f => !addressed.Contains(f.Id)))
        {
            yield return Warning(
                $"No objective or initiative addresses the District Review's {finding.Name} (\"{Excerpt(finding.Finding)}\").",
                new(ReadinessArea.ReviewFindings, finding.Id));
        }
    }

    private static IEnumerable<ReadinessItem> Section1(Plan plan)
    {
        var place = new ReadinessPlace(ReadinessArea.Section1);
        if (plan.KeyIssues is null)
        {
            yield return Blocker("Write the explanation of key issues.", place);
        }
        else if (plan.KeyIssuesWordCount > Plan.KeyIssuesWordLimit)
        {
            yield return Blocker($"Key issues are {Thousands(plan.KeyIssuesWordCount)} words; the limit is {Thousands(Plan.KeyIssuesWordLimit)}.", place);
        }

        if (plan.TheoryOfAction is null)
        {
            yield return Blocker("Write the theory of action.", place);
        }
    }

    private static IEnumerable<ReadinessItem> ObjectiveCount(Plan plan)
    {
        if (plan.Objectives.Count < Plan.MinObjectives)
        {
            yield return Blocker(
                $"A plan needs at least {Plan.MinObjectives} strategic objectives; this one has {plan.Objectives.Count}.",
                new(ReadinessArea.Objective));
        }
    }

    private static IEnumerable<ReadinessItem> ObjectiveItems(Objective objective, PlanPeriod period)
    {
        var place = new ReadinessPlace(ReadinessArea.Objective, objective.Id);
        var name = $"Objective {objective.Number}";
        if (objective.Lead is null)
        {
            yield return Blocker($"{name} needs an overall lead.", place);
        }

        if (objective.Initiatives.Count == 0)
        {
            yield return Blocker($"{name} needs at least one initiative.", place);
        }
        else if (objective.Initiatives.Count == 1)
        {
            yield return Warning($"{name} has one initiative; the guidance suggests 2–4 initiatives per objective.", place);
        }

        foreach (var item in objective.Initiatives.SelectMany(i => InitiativeItems(i, period)))
        {
            yield return item;
        }
    }

    private static IEnumerable<ReadinessItem> InitiativeItems(Initiative initiative, PlanPeriod period)
    {
        var place = new ReadinessPlace(ReadinessArea.Initiative, initiative.Id);
        var name = $"Initiative {initiative.Number}";
        if (initiative.Lead is null)
        {
            yield return Blocker($"{name} needs a lead.", place);
        }

        if (!initiative.Benchmarks.Any(b => b.Kind == BenchmarkKind.EarlyEvidenceOfChange))
        {
            yield return Blocker($"{name} needs at least one early evidence of change indicator.", place);
        }

        if (!initiative.Benchmarks.Any(b => b.Kind == BenchmarkKind.ShortTermOutcome))
        {
            yield return Blocker($"{name} needs at least one short-term outcome.", place);
        }

        if (initiative.Activities.Count == 0)
        {
            yield return Blocker($"{name} needs at least one activity.", place);
        }

        foreach (var benchmark in initiative.Benchmarks)
        {
            foreach (var finding in SmartCheck.Check(benchmark, period))
            {
                yield return Blocker(
                    $"{name}, {Label(benchmark.Kind)} \"{Excerpt(benchmark.Description)}\": {finding.Message}",
                    new(ReadinessArea.Benchmark, benchmark.Id));
            }
        }

        foreach (var activity in initiative.Activities)
        {
            foreach (var problem in DatesOutside(activity, period))
            {
                yield return Blocker($"{name}, activity \"{Excerpt(activity.ActionStep)}\": {problem}", new(ReadinessArea.Activity, activity.Id));
            }

            if (QuarterFacts.QuarterOf(activity.Start) is var starts && starts != activity.Quarter)
            {
                yield return Warning(
                    $"{name}, activity \"{Excerpt(activity.ActionStep)}\": it starts on {Dates.Display(activity.Start)}, in {starts.DisplayName()}, but is listed under {activity.Quarter.DisplayName()}; choose the quarter it starts in.",
                    new(ReadinessArea.Activity, activity.Id));
            }
        }
    }

    // An activity cannot end before it starts (adding or updating one refuses that), but its dates can fall
    // outside the plan's years once the years change.
    private static IEnumerable<string> DatesOutside(Activity activity, PlanPeriod period)
    {
        if (!period.Contains(activity.Start))
        {
            yield return period.Outside("start date", activity.Start);
        }

        if (!period.Contains(activity.End))
        {
            yield return period.Outside("completion date", activity.End);
        }
    }

    private static IEnumerable<ReadinessItem> FinalOutcomes(Plan plan, PlanPeriod period)
    {
        if (plan.FinalOutcomes.Count == 0)
        {
            yield return Blocker("Add at least one final outcome.", new(ReadinessArea.FinalOutcomes));
            yield break;
        }

        // The guidance: final outcomes include, at minimum, the PPI targets for aggregate and high needs students.
        var set = plan.FinalOutcomes.SelectMany(o => o.PpiTargets).Select(t => (t.SchoolYear, t.Group)).ToHashSet();
        for (var year = plan.FirstSchoolYear; year <= plan.LastSchoolYear; year++)
        {
            var missing = PpiGroupFacts.All.Where(g => !set.Contains((year, g))).Select(g => g.DisplayName().ToLowerInvariant()).ToList();
            if (missing.Count > 0)
            {
                yield return Warning(
                    $"No final outcome sets the {string.Join(" and ", missing)} PPI target for {PlanPeriod.SchoolYear(year)}; the guidance asks for both groups each year.",
                    new(ReadinessArea.FinalOutcomes));
            }
        }

        foreach (var outcome in plan.FinalOutcomes.Where(o => !period.Contains(o.Date)))
        {
            yield return Blocker(
                $"Final outcome \"{Excerpt(outcome.Description)}\": {period.Outside("date", outcome.Date)}",
                new(ReadinessArea.FinalOutcomes, outcome.Id));
        }
    }

    private static string Label(BenchmarkKind kind) =>
        kind == BenchmarkKind.EarlyEvidenceOfChange ? "early evidence" : "short-term outcome";

    /// <summary>The start of a description on one line, cut between words, so that a long one does not swamp the panel.</summary>
    private static string Excerpt(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length <= ExcerptLength)
        {
            return oneLine;
        }

        // The character after the limit is looked at too: a word that ends right at the limit is kept whole.
        var lastSpace = oneLine.LastIndexOf(' ', ExcerptLength);
        return $"{(lastSpace > 0 ? oneLine[..lastSpace] : oneLine[..ExcerptLength])}…";
    }

    private static string Thousands(int number) => number.ToString("N0", CultureInfo.InvariantCulture);
}
