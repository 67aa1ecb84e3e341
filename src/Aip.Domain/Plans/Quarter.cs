namespace Aip.Domain.Plans;

/// <summary>The four quarters of a school year under which the Initiative Strategy Sheet groups its activities (H).</summary>
public enum Quarter
{
    SeptDec = 1,
    JanMarch = 2,
    AprilJune = 3,
    JulyAug = 4,
}

public static class QuarterFacts
{
    public static IReadOnlyList<Quarter> All { get; } = [Quarter.SeptDec, Quarter.JanMarch, Quarter.AprilJune, Quarter.JulyAug];

    public static string DisplayName(this Quarter quarter) => quarter switch
    {
        Quarter.SeptDec => "Sept–Dec",
        Quarter.JanMarch => "Jan–March",
        Quarter.AprilJune => "April–June",
        Quarter.JulyAug => "July–Aug",
        _ => throw new ArgumentOutOfRangeException(nameof(quarter), quarter, null),
    };

    /// <summary>The quarter a date falls in, for example to suggest one from an activity's start date.</summary>
    public static Quarter QuarterOf(DateOnly date) => date.Month switch
    {
        >= 9 => Quarter.SeptDec,
        <= 3 => Quarter.JanMarch,
        <= 6 => Quarter.AprilJune,
        _ => Quarter.JulyAug,
    };
}

/// <summary>
/// A quarter of one school year (named by the year it starts in; July–Aug closes it, so the summer before a plan's first
/// school year belongs to the year before): how activities are listed on the Strategy Sheet and evidence is filtered.
/// </summary>
public readonly record struct SchoolQuarter(int SchoolYear, Quarter Quarter)
{
    public static SchoolQuarter Of(DateOnly date)
    {
        var quarter = QuarterFacts.QuarterOf(date);
        return new(date.Month >= 9 ? date.Year : date.Year - 1, quarter);
    }

    /// <summary>The quarters a plan's dates run through, in order.</summary>
    public static IReadOnlyList<SchoolQuarter> Within(PlanPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var quarters = new List<SchoolQuarter>();
        for (var month = new DateOnly(period.Start.Year, period.Start.Month, 1); month <= period.End; month = month.AddMonths(1))
        {
            var quarter = Of(month);
            if (quarters.Count == 0 || quarters[^1] != quarter)
            {
                quarters.Add(quarter);
            }
        }

        return quarters;
    }

    /// <summary>"2026-SeptDec": the value a filter carries.</summary>
    public string Key => $"{SchoolYear}-{Quarter}";

    public static SchoolQuarter? Parse(string? key) =>
        key?.Split('-') is [var year, var quarter] && int.TryParse(year, System.Globalization.CultureInfo.InvariantCulture, out var y)
            && Enum.TryParse<Quarter>(quarter, out var q) && Enum.IsDefined(q) ? new SchoolQuarter(y, q) : null;

    /// <summary>"Sept–Dec 2026–27".</summary>
    public string DisplayName => $"{Quarter.DisplayName()} {PlanPeriod.SchoolYear(SchoolYear)}";

    /// <summary>The calendar year the quarter's months fall in: 2026 for Sept–Dec of 2026–27, 2027 for its other quarters.</summary>
    public int CalendarYear => Quarter == Quarter.SeptDec ? SchoolYear : SchoolYear + 1;

    /// <summary>
    /// As a plan names it: "Year 1: Sept–Dec 2026", …, "Year 2: July–Aug 2028"; the summer before the first school year
    /// is "Before Year 1: July–Aug 2026", and a quarter after the plan "After the plan: Sept–Dec 2028".
    /// </summary>
    public string InPlan(int firstSchoolYear, int lastSchoolYear)
    {
        var months = $"{Quarter.DisplayName()} {CalendarYear}";
        return SchoolYear < firstSchoolYear ? $"Before Year 1: {months}"
            : SchoolYear > lastSchoolYear ? $"After the plan: {months}"
            : $"Year {SchoolYear - firstSchoolYear + 1}: {months}";
    }

    /// <summary>Chronological order: school year, then quarter.</summary>
    public int Order => (SchoolYear * 10) + (int)Quarter;
}
