namespace Aip.Domain.Plans;

/// <summary>
/// What removing one part of a plan takes with it, in words for the page that asks for confirmation: the part (as the
/// plan numbers it), its text, everything that goes with it, and what is renumbered after it.
/// </summary>
/// <param name="What">The part as people name it: "objective 2", "initiative 1.3", "this early evidence of change".</param>
/// <param name="Text">The part's own words, so the person sees exactly which one goes.</param>
/// <param name="GoesWithIt">Each kind of thing removed with it, counted; empty when nothing else goes.</param>
/// <param name="Renumbered">What moves up in the numbering once it is gone; empty when nothing does.</param>
public sealed record Removal(string What, string Text, IReadOnlyList<string> GoesWithIt, IReadOnlyList<string> Renumbered);

/// <summary>Works out each <see cref="Removal"/> from the plan as it is.</summary>
public static class Removals
{
    public static Removal OfObjective(Plan plan, Guid objectiveId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var objective = plan.FindObjective(objectiveId);
        var initiatives = objective.Initiatives;
        var goes = new List<string>();
        if (initiatives.Count > 0)
        {
            goes.Add(initiatives.Count == 1
                ? $"initiative {initiatives[0].Number} and its Strategy Sheet"
                : $"{initiatives.Count} initiatives ({string.Join(", ", initiatives.Select(i => i.Number))}) and their Strategy Sheets");
        }

        goes.AddRange(SheetContents(initiatives));
        goes.AddRange(FindingLinks(objective.Addresses.Concat(initiatives.SelectMany(i => i.Addresses))));
        var later = plan.Objectives.Where(o => o.Rank > objective.Rank).ToList();
        return new($"objective {objective.Number}", objective.Statement, goes,
            [.. later.Select(o => $"Objective {o.Number} becomes objective {o.Number - 1}{(o.Initiatives.Count > 0 ? ", and its initiatives are renumbered with it" : "")}.")]);
    }

    public static Removal OfInitiative(Plan plan, Guid initiativeId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var initiative = plan.FindInitiative(initiativeId);
        var goes = new List<string> { "its Strategy Sheet" };
        goes.AddRange(SheetContents([initiative]));
        goes.AddRange(FindingLinks(initiative.Addresses));
        var later = initiative.Objective.Initiatives.Where(i => i.Rank > initiative.Rank).ToList();
        return new($"initiative {initiative.Number}", initiative.Description, goes,
            [.. later.Select(i => $"Initiative {i.Number} becomes initiative {initiative.Objective.Number}.{i.Rank - 1}.")]);
    }

    public static Removal OfBenchmark(Plan plan, Guid benchmarkId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var benchmark = plan.FindBenchmark(benchmarkId);
        var initiative = plan.FindInitiative(benchmark.InitiativeId);
        var targets = benchmark.Targets.Count;
        return new(
            $"this {benchmark.Kind.DisplayName().ToLowerInvariant()} of initiative {initiative.Number}",
            benchmark.Description,
            targets == 0 ? [] : [Counted(targets, "dated target", "dated targets")],
            []);
    }

    public static Removal OfActivity(Plan plan, Guid activityId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var activity = plan.FindActivity(activityId);
        var initiative = plan.FindInitiative(activity.InitiativeId);
        return new($"this activity of initiative {initiative.Number}", activity.ActionStep, [], []);
    }

    public static Removal OfFinalOutcome(Plan plan, Guid finalOutcomeId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new("this final outcome", plan.FindFinalOutcome(finalOutcomeId).Description, [], []);
    }

    private static IEnumerable<string> SheetContents(IReadOnlyList<Initiative> initiatives)
    {
        var benchmarks = initiatives.SelectMany(i => i.Benchmarks).ToList();
        var targets = benchmarks.Sum(b => b.Targets.Count);
        if (benchmarks.Count > 0)
        {
            yield return Counted(benchmarks.Count, "benchmark", "benchmarks")
                + (targets == 0 ? string.Empty : $" with {Counted(targets, "dated target", "dated targets")}");
        }

        var activities = initiatives.Sum(i => i.Activities.Count);
        if (activities > 0)
        {
            yield return Counted(activities, "activity", "activities");
        }
    }

    private static IEnumerable<string> FindingLinks(IEnumerable<Guid> addressed)
    {
        var findings = addressed.Distinct().Count();
        if (findings > 0)
        {
            yield return findings == 1
                ? "its link to 1 District Review finding (the finding stays)"
                : $"its links to {findings} District Review findings (the findings stay)";
        }
    }

    private static string Counted(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}
