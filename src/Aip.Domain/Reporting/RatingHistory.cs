namespace Aip.Domain.Reporting;

/// <summary>One initiative's two ratings in one report (null when not rated, or not in that report's plan version).</summary>
public sealed record RatingCell(ProcessRating? Process, PerformanceRating? Performance, bool InReport);

/// <summary>One initiative's row: its number and description (from its latest report) and a cell per period.</summary>
public sealed record RatingRow(Guid InitiativeId, string Number, string Description, IReadOnlyList<RatingCell> Cells);

/// <summary>
/// The "road to exit" successive reports show (guidance §8): every initiative the district's reports rated, by period, on
/// both Appendix G scales, oldest period first. Rows follow the latest report's order; initiatives later removed stay, below.
/// </summary>
public sealed record RatingHistory(IReadOnlyList<ReportingPeriod> Periods, IReadOnlyList<RatingRow> Rows)
{
    public static RatingHistory Of(IEnumerable<ProgressReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var ordered = reports.OrderBy(r => r.Period.Order).ToList();
        var rated = Enumerable.Reverse(ordered).SelectMany(r => r.Initiatives.Where(i => !i.Removed)).DistinctBy(i => i.InitiativeId).ToList();
        var latest = ordered.LastOrDefault()?.Initiatives.Where(i => !i.Removed).Select(i => i.InitiativeId).ToList() ?? [];
        var rows = rated
            .OrderBy(i => latest.IndexOf(i.InitiativeId) is var at and >= 0 ? at : int.MaxValue)
            .ThenBy(i => i.Number, StringComparer.Ordinal)
            .Select(i => new RatingRow(i.InitiativeId, i.Number, i.Description, [.. ordered.Select(r => Cell(r, i.InitiativeId))]))
            .ToList();
        return new([.. ordered.Select(r => r.Period)], rows);
    }

    private static RatingCell Cell(ProgressReport report, Guid initiativeId) =>
        report.Initiatives.FirstOrDefault(i => i.InitiativeId == initiativeId && !i.Removed) is { } entry
            ? new(entry.Process, entry.Performance, true)
            : new(null, null, false);
}
