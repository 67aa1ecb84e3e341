using Aip.Domain.Versions;

namespace Aip.Benchmarks;

/// <summary>
/// A synthetic plan <c>times</c> as large as a real one: its objectives repeated with new numbers (and new ids), so
/// the initiatives, Strategy Sheets and Section 1 lists all grow by the same factor. It may break the domain's shape
/// rules (at most five objectives); it only measures the layout.
/// </summary>
internal static class LargerPlan
{
    public static PlanContent Of(PlanContent plan, int times)
    {
        var objectives = Enumerable.Range(0, times)
            .SelectMany(copy => plan.Objectives.Select(o => (copy, objective: o)))
            .Select((x, index) => Renumbered(x.objective, index + 1))
            .ToList();
        return plan with { Objectives = objectives };
    }

    private static ObjectiveContent Renumbered(ObjectiveContent objective, int number) => objective with
    {
        Id = Guid.NewGuid(),
        Number = number,
        Initiatives = [.. objective.Initiatives.Select((i, rank) => i with { Id = Guid.NewGuid(), Number = $"{number}.{rank + 1}" })],
    };
}
