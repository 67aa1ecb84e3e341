using Aip.Domain.Plans;

namespace Aip.Web.Features.Monitoring;

/// <summary>An objective, initiative or benchmark as monitoring screens name it: "Initiative 1.2: …".</summary>
public sealed record PlanItem(Guid Id, string Label, int Depth);

/// <summary>The items of a plan the discussions must cover (guidance §7): every objective, initiative and benchmark, in plan order.</summary>
public static class PlanItems
{
    private const int ShortLength = 90;

    public static IReadOnlyList<PlanItem> Of(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var items = new List<PlanItem>();
        foreach (var objective in plan.Objectives)
        {
            items.Add(new(objective.Id, $"Objective {objective.Number}: {Short(objective.Statement)}", 0));
            foreach (var initiative in objective.Initiatives)
            {
                items.Add(new(initiative.Id, $"Initiative {initiative.Number}: {Short(initiative.Description)}", 1));
                items.AddRange(initiative.Benchmarks.Select(b => new PlanItem(b.Id, $"{b.Kind.DisplayName()} ({initiative.Number}): {Short(b.Description)}", 2)));
            }
        }

        return items;
    }

    /// <summary>The item's label, or what to say when the plan no longer has it (an amendment removed it).</summary>
    public static string Label(this IReadOnlyList<PlanItem> items, Guid id) =>
        items.FirstOrDefault(i => i.Id == id)?.Label ?? "An item no longer in the plan";

    private static string Short(string text) => text.Length <= ShortLength ? text : text[..(ShortLength - 1)] + "…";
}
