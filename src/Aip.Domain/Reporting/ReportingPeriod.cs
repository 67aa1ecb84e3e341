using System.Globalization;
using Aip.Domain.Plans;
using Aip.Domain.Versions;

namespace Aip.Domain.Reporting;

/// <summary>The four reporting periods of a school year (guidance §8, "Expected months of QPR publication").</summary>
public enum ReportingQuarter
{
    /// <summary>September–November, published in January.</summary>
    SeptNov = 1,

    /// <summary>December–February, published in March.</summary>
    DecFeb = 2,

    /// <summary>March–May, published in June.</summary>
    MarchMay = 3,

    /// <summary>June–August, published in September.</summary>
    JuneAug = 4,
}

/// <summary>
/// One reporting period of one school year (named, as plans name it, by the calendar year it starts in: 2026 is 2026–27,
/// September 2026 to August 2027). Its report is published in the month the guidance lists: January for September–November,
/// March for December–February, June for March–May, September for June–August.
/// </summary>
public readonly record struct ReportingPeriod(int SchoolYear, ReportingQuarter Quarter)
{
    public static IReadOnlyList<ReportingQuarter> Quarters { get; } = Enum.GetValues<ReportingQuarter>();

    /// <summary>The period a day falls in.</summary>
    public static ReportingPeriod Of(DateOnly day) => day.Month switch
    {
        >= 9 and <= 11 => new(day.Year, ReportingQuarter.SeptNov),
        12 => new(day.Year, ReportingQuarter.DecFeb),
        <= 2 => new(day.Year - 1, ReportingQuarter.DecFeb),
        <= 5 => new(day.Year - 1, ReportingQuarter.MarchMay),
        _ => new(day.Year - 1, ReportingQuarter.JuneAug),
    };

    /// <summary>The last period that has ended on or before <paramref name="today"/>.</summary>
    public static ReportingPeriod LastEnded(DateOnly today) => Of(today).Previous;

    public DateOnly First => Quarter switch
    {
        ReportingQuarter.SeptNov => new(SchoolYear, 9, 1),
        ReportingQuarter.DecFeb => new(SchoolYear, 12, 1),
        ReportingQuarter.MarchMay => new(SchoolYear + 1, 3, 1),
        ReportingQuarter.JuneAug => new(SchoolYear + 1, 6, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(Quarter), Quarter, null),
    };

    public DateOnly Last => Next.First.AddDays(-1);

    /// <summary>The first day of the month the report is published in.</summary>
    public DateOnly PublicationMonth => Quarter switch
    {
        ReportingQuarter.SeptNov => new(SchoolYear + 1, 1, 1),
        _ => First.AddMonths(3),
    };

    public ReportingPeriod Previous => Quarter == ReportingQuarter.SeptNov ? new(SchoolYear - 1, ReportingQuarter.JuneAug) : new(SchoolYear, Quarter - 1);

    public ReportingPeriod Next => Quarter == ReportingQuarter.JuneAug ? new(SchoolYear + 1, ReportingQuarter.SeptNov) : new(SchoolYear, Quarter + 1);

    public bool Contains(DateOnly day) => day >= First && day <= Last;

    public bool Contains(DateTimeOffset at) => Contains(Common.Dates.Day(at));

    /// <summary>"September–November 2026", "December 2026–February 2027".</summary>
    public string DisplayName => Quarter switch
    {
        ReportingQuarter.DecFeb => $"December {First.Year}–February {Last.Year}",
        _ => $"{Month(First)}–{Month(Last)} {Last.Year}",
    };

    /// <summary>"January 2027".</summary>
    public string PublicationDisplay => $"{Month(PublicationMonth)} {PublicationMonth.Year}";

    /// <summary>The school year as plans write it, "2026–27".</summary>
    public string SchoolYearDisplay => PlanPeriod.SchoolYear(SchoolYear);

    /// <summary>"2026-SeptNov": the value a route or a filter carries.</summary>
    public string Key => $"{SchoolYear.ToString(CultureInfo.InvariantCulture)}-{Quarter}";

    public static ReportingPeriod? Parse(string? key) =>
        key?.Split('-') is [var year, var quarter]
        && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= PlanPeriod.EarliestSchoolYear and <= PlanPeriod.LatestSchoolYear
        && Enum.TryParse<ReportingQuarter>(quarter, out var q) && Enum.IsDefined(q) && !int.TryParse(quarter, out _)
            ? new ReportingPeriod(y, q)
            : null;

    /// <summary>Chronological order.</summary>
    public int Order => (SchoolYear * 10) + (int)Quarter;

    /// <summary>The three months of the period: what a Quarterly Progress Report covers.</summary>
    public ReportSpan Span => new(First, Last);

    /// <summary>
    /// What the period's report covers: the period itself for a Quarterly report; for the Summative report the twelve months
    /// to the period's end ("based on information and evidence collected … throughout the year").
    /// </summary>
    public ReportSpan SpanOf(ReportKind kind) => kind == ReportKind.Summative ? new(Last.AddYears(-1).AddDays(1), Last) : Span;

    /// <summary>The plan versions in force at some time in the period, oldest first (<see cref="ReportSpan.VersionsInForce"/>).</summary>
    public IReadOnlyList<PlanVersion> VersionsInForce(IEnumerable<PlanVersion> versions) => Span.VersionsInForce(versions);

    public override string ToString() => DisplayName;

    internal static string Month(DateOnly day) => day.ToString("MMMM", CultureInfo.InvariantCulture);
}

/// <summary>The days a report covers, first to last: a reporting period, or the year a Summative report looks back on.</summary>
public readonly record struct ReportSpan(DateOnly First, DateOnly Last)
{
    public bool Contains(DateOnly day) => day >= First && day <= Last;

    public bool Contains(DateTimeOffset at) => Contains(Common.Dates.Day(at));

    /// <summary>"September–November 2026", "December 2026–February 2027", "September 2026–August 2027".</summary>
    public string DisplayName => First.Year == Last.Year
        ? $"{ReportingPeriod.Month(First)}–{ReportingPeriod.Month(Last)} {Last.Year}"
        : $"{ReportingPeriod.Month(First)} {First.Year}–{ReportingPeriod.Month(Last)} {Last.Year}";

    /// <summary>
    /// The plan versions in force at some time in the span, oldest first: the one in force on its first day (the last
    /// recorded before it) and every version recorded during it. A report rates the last and marks what amendments changed.
    /// </summary>
    public IReadOnlyList<PlanVersion> VersionsInForce(IEnumerable<PlanVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var (first, last) = (First, Last);
        var ordered = versions.OrderBy(v => v.At).ThenBy(v => v.Number).ToList();
        var atStart = ordered.LastOrDefault(v => Common.Dates.Day(v.At) < first);
        return [.. ordered.Where(v => v == atStart || (Common.Dates.Day(v.At) >= first && Common.Dates.Day(v.At) <= last))];
    }

    public override string ToString() => DisplayName;
}
