using System.Globalization;
using System.Text;
using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Domain.Reporting;

namespace Aip.Domain.Dashboards;

/// <summary>
/// One district in ESE's portfolio: its level, its plan (status and version in force), its last Highlight Discussion, the
/// share of its final Minutes sent within the week, the latest published report's ratings as counts per level, its open
/// risks and overdue items (monitor's requests past due, final Minutes late).
/// </summary>
public sealed record PortfolioRow(
    Guid DistrictId, string Name, string Code, int Level, Guid? PlanId, PlanStatus? PlanStatus, int? Version, DateOnly? LastDiscussion,
    int MinutesFinal, int MinutesOnTime, ReportingPeriod? RatedPeriod, IReadOnlyList<int> ProcessCounts, IReadOnlyList<int> PerformanceCounts,
    int OpenRisks, int Overdue)
{
    /// <summary>The latest published report, whose ratings <see cref="ProcessCounts"/> and <see cref="PerformanceCounts"/> count once read.</summary>
    public Guid? RatedReportId { get; init; }

    /// <summary>Final Minutes sent within the week, in whole percent; null before any.</summary>
    public int? OnTimePercent => MinutesFinal == 0 ? null : (int)Math.Round(100m * MinutesOnTime / MinutesFinal, MidpointRounding.AwayFromZero);

    /// <summary>Counts per Appendix G level, lowest first, from a report's rated initiatives.</summary>
    public static (IReadOnlyList<int> Process, IReadOnlyList<int> Performance) Counts(ProgressReport? report)
    {
        var rated = report?.RatedInitiatives.ToList() ?? [];
        return ([.. RatingScales.ProcessLevels.Select(l => rated.Count(i => i.Process == l))],
            [.. RatingScales.PerformanceLevels.Select(l => rated.Count(i => i.Performance == l))]);
    }
}

public enum PortfolioSort
{
    Name,
    Level,
    Status,
    LastDiscussion,
    OnTime,
    OpenRisks,
    Overdue,
}

/// <summary>ESE's portfolio of every district: filtered, sorted, paged and exported the same way.</summary>
public static class PortfolioTable
{
    public const int PageSize = 25;

    public static IReadOnlyList<PortfolioRow> Filter(IEnumerable<PortfolioRow> rows, string? search, PlanStatus? status)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = Text.Clean(search);
        return [.. rows.Where(r => (text is null
                || r.Name.Contains(text, StringComparison.CurrentCultureIgnoreCase)
                || r.Code.Contains(text, StringComparison.OrdinalIgnoreCase))
            && (status is null || r.PlanStatus == status))];
    }

    /// <summary>Sorted by the column, then by name; districts without a value sort last either way.</summary>
    public static IReadOnlyList<PortfolioRow> Sort(IEnumerable<PortfolioRow> rows, PortfolioSort sort, bool descending)
    {
        ArgumentNullException.ThrowIfNull(rows);
        IComparable? Key(PortfolioRow r) => sort switch
        {
            PortfolioSort.Level => r.Level,
            PortfolioSort.Status => r.PlanStatus,
            PortfolioSort.LastDiscussion => r.LastDiscussion,
            PortfolioSort.OnTime => r.OnTimePercent,
            PortfolioSort.OpenRisks => r.OpenRisks,
            PortfolioSort.Overdue => r.Overdue,
            _ => null,
        };
        var byName = StringComparer.CurrentCultureIgnoreCase;
        if (sort == PortfolioSort.Name)
        {
            return descending ? [.. rows.OrderByDescending(r => r.Name, byName)] : [.. rows.OrderBy(r => r.Name, byName)];
        }

        var withValue = rows.Where(r => Key(r) is not null);
        var ordered = descending ? withValue.OrderByDescending(Key) : withValue.OrderBy(Key);
        return [.. ordered.ThenBy(r => r.Name, byName), .. rows.Where(r => Key(r) is null).OrderBy(r => r.Name, byName)];
    }

    public static int Pages(int count) => Math.Max(1, (count + PageSize - 1) / PageSize);

    public static IReadOnlyList<PortfolioRow> Page(IReadOnlyList<PortfolioRow> rows, int page)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var number = Math.Clamp(page, 1, Pages(rows.Count));
        return [.. rows.Skip((number - 1) * PageSize).Take(PageSize)];
    }

    /// <summary>
    /// The rows as CSV (RFC 4180: quoted where needed, CRLF), with a header; a cell that a spreadsheet would run as a formula
    /// (starting with =, +, - or @) is prefixed with an apostrophe.
    /// </summary>
    public static string Csv(IEnumerable<PortfolioRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        string[] header =
        [
            "District", "Code", "Level", "Plan status", "Version in force", "Last Highlight Discussion", "Minutes on time (%)", "Latest report",
            .. RatingScales.ProcessLevels.Select(l => $"Process: {l.DisplayName()}"),
            .. RatingScales.PerformanceLevels.Select(l => $"Performance: {l.DisplayName()}"),
            "Open risks", "Overdue items",
        ];
        Line(csv, header);
        foreach (var r in rows)
        {
            Line(csv,
            [
                r.Name, r.Code, r.Level.ToString(CultureInfo.InvariantCulture), r.PlanStatus?.DisplayName() ?? "No plan",
                r.Version?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, r.LastDiscussion?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                r.OnTimePercent?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, r.RatedPeriod?.DisplayName ?? string.Empty,
                .. r.ProcessCounts.Select(c => c.ToString(CultureInfo.InvariantCulture)),
                .. r.PerformanceCounts.Select(c => c.ToString(CultureInfo.InvariantCulture)),
                r.OpenRisks.ToString(CultureInfo.InvariantCulture), r.Overdue.ToString(CultureInfo.InvariantCulture),
            ]);
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
    }

    private static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
