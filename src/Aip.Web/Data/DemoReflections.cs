using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.RoadToExit;

namespace Aip.Web.Data;

/// <summary>
/// Riverton's reflections on the continuum (Appendix M): one a year ago, complete, with all three views mostly at Early
/// Implementation; one opened five days ago in which the Superintendent and the Plan Manager have placed the district further
/// on (they differ on a few sub-areas) and the Monitor's view is still missing, so the monitor has a line of what is due.
/// </summary>
public static class DemoReflections
{
    public static IReadOnlyList<ContinuumReflection> Build(Guid districtId, Actor superintendent, Actor manager, Actor monitor, Actor ese, DemoTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var yearAgo = timeline.Now.AddYears(-1);
        var first = ContinuumReflection.Open(districtId, ese, Dates.Day(yearAgo), Dates.Day(yearAgo.AddDays(14)), []);
        first.Place(superintendent, Views(ContinuumStage.EarlyImplementation, (ContinuumArea.SelfAssess, ContinuumStage.TransitionalImplementation)), yearAgo.AddDays(5));
        first.Place(manager, Views(ContinuumStage.EarlyImplementation), yearAgo.AddDays(6));
        first.Place(monitor, Views(ContinuumStage.EarlyImplementation), yearAgo.AddDays(9));

        var opened = timeline.Now.AddDays(-5);
        var current = ContinuumReflection.Open(districtId, manager, Dates.Day(opened), Dates.Day(opened.AddDays(14)), [first]);
        current.Place(superintendent, Views(ContinuumStage.TransitionalImplementation, (ContinuumArea.ReportResults, ContinuumStage.EarlyImplementation)), opened.AddDays(2));
        current.Place(manager, Views(ContinuumStage.TransitionalImplementation,
            (ContinuumArea.DevelopLeadership, ContinuumStage.EarlyImplementation), (ContinuumArea.ReportResults, ContinuumStage.EarlyImplementation)), opened.AddDays(3));
        return [first, current];
    }

    private static List<Placement> Views(ContinuumStage most, params (ContinuumArea Area, ContinuumStage Stage)[] except) =>
        [.. Continuum.Areas.Select(a => except.FirstOrDefault(e => e.Area == a) is { Area: not 0 } found
            ? new Placement(a, found.Stage, $"{a.DisplayName()}: placed apart from the rest; to discuss at the August Highlight Discussion.")
            : new Placement(a, most, null))];
}
