using Aip.Domain.Common;

namespace Aip.Domain.Plans;

/// <summary>
/// The dates a plan covers: from 1 July before its first school year, so that the summer work before the first
/// year belongs to the plan, to 31 August at the end of its last school year. A school year is named by the
/// calendar year it starts in: 2026 is 2026-27.
/// </summary>
public sealed record PlanPeriod
{
    public const int EarliestSchoolYear = 2000;
    public const int LatestSchoolYear = 2100;
    public const int MaxSchoolYears = 3;

    private PlanPeriod(DateOnly start, DateOnly end)
    {
        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public static PlanPeriod ForSchoolYears(int firstSchoolYear, int lastSchoolYear)
    {
        CheckSchoolYears(firstSchoolYear, lastSchoolYear);
        return new PlanPeriod(new DateOnly(firstSchoolYear, 7, 1), new DateOnly(lastSchoolYear + 1, 8, 31));
    }

    public static void CheckSchoolYears(int firstSchoolYear, int lastSchoolYear)
    {
        CheckYear(firstSchoolYear, "first");
        CheckYear(lastSchoolYear, "last");
        if (lastSchoolYear < firstSchoolYear)
        {
            throw new DomainException("The last school year cannot be before the first.");
        }

        if (lastSchoolYear - firstSchoolYear + 1 > MaxSchoolYears)
        {
            throw new DomainException($"A plan covers at most {MaxSchoolYears} school years.");
        }
    }

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>A school year as the guidance writes it: 2027 is "2027–28".</summary>
    public static string SchoolYear(int year) => $"{year}–{(year + 1) % 100:00}";

    /// <summary>The school years of a plan, the same on every screen and in every PDF: "2027–28", or "2026–27 to 2027–28".</summary>
    public static string SchoolYears(int first, int last) => first == last ? SchoolYear(first) : $"{SchoolYear(first)} to {SchoolYear(last)}";

    /// <summary>"1 July 2026 – 31 August 2028", as messages quote it.</summary>
    public override string ToString() => $"{Dates.Display(Start)} – {Dates.Display(End)}";

    /// <summary>"The target of 15 May 2031 falls outside the plan's years (1 July 2026 – 31 August 2028)."</summary>
    internal string Outside(string what, DateOnly date) => $"The {what} of {Dates.Display(date)} falls outside the plan's years ({this}).";

    private static void CheckYear(int year, string which)
    {
        if (year is < EarliestSchoolYear or > LatestSchoolYear)
        {
            throw new DomainException($"The {which} school year must be between {EarliestSchoolYear} and {LatestSchoolYear}.");
        }
    }
}
