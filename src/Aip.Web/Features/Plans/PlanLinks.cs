using Aip.Domain.Plans;
using Microsoft.AspNetCore.Mvc;

namespace Aip.Web.Features.Plans;

/// <summary>Where to fix a readiness item: the exact editor for people who edit, the place to read it for others.</summary>
public static class PlanLinks
{
    public static string For(this IUrlHelper url, ReadinessPlace place, Plan plan, bool canEdit)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(plan);
        var id = plan.Id;
        var initiatives = plan.Objectives.SelectMany(o => o.Initiatives).ToList();
        string Overview(string fragment) => url.Action("Overview", "Plans", new { id }, null, null, fragment)!;
        string Sheet(Guid initiativeId) => url.Action("StrategySheet", "Initiatives", new { id, initiativeId })!;
        Guid? InitiativeOf(Func<Initiative, bool> holds) => initiatives.FirstOrDefault(holds)?.Id;

        return (place.Area, place.Id, canEdit) switch
        {
            (ReadinessArea.Details, _, true) => url.Action("Details", "Plans", new { id })!,
            (ReadinessArea.Section1, _, true) => url.Action("Section1", "Plans", new { id })!,
            (ReadinessArea.Section1, _, false) => Overview("section-1"),
            (ReadinessArea.FinalOutcomes, { } outcomeId, true) => url.Action("Edit", "FinalOutcomes", new { id, outcomeId })!,
            (ReadinessArea.FinalOutcomes, null, true) => url.Action("Add", "FinalOutcomes", new { id })!,
            (ReadinessArea.FinalOutcomes, _, false) => Overview("final-outcomes"),
            (ReadinessArea.Objective, { } objectiveId, true) => url.Action("Edit", "Objectives", new { id, objectiveId })!,
            (ReadinessArea.Objective, null, true) => url.Action("Add", "Objectives", new { id })!,
            (ReadinessArea.Initiative, { } initiativeId, _) => Sheet(initiativeId),
            (ReadinessArea.Benchmark, { } benchmarkId, true) => url.Action("Edit", "Benchmarks", new { id, benchmarkId })!,
            (ReadinessArea.Activity, { } activityId, true) => url.Action("Edit", "Activities", new { id, activityId })!,
            (ReadinessArea.Benchmark, { } benchmarkId, false) when InitiativeOf(i => i.Benchmarks.Any(b => b.Id == benchmarkId)) is { } i => Sheet(i),
            (ReadinessArea.Activity, { } activityId, false) when InitiativeOf(i => i.Activities.Any(a => a.Id == activityId)) is { } i => Sheet(i),
            (ReadinessArea.ReviewFindings, { } findingId, _) => Overview($"finding-{findingId}"),
            _ => Overview("objectives"),
        };
    }
}
