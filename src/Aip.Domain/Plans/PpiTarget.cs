using Aip.Domain.Common;

namespace Aip.Domain.Plans;

/// <summary>The two groups whose Progress and Performance Index targets every plan's final outcomes include, at minimum.</summary>
public enum PpiGroup
{
    Aggregate = 1,
    HighNeeds = 2,
}

public static class PpiGroupFacts
{
    public static IReadOnlyList<PpiGroup> All { get; } = [PpiGroup.Aggregate, PpiGroup.HighNeeds];

    public static string DisplayName(this PpiGroup group) => group switch
    {
        PpiGroup.Aggregate => "Aggregate",
        PpiGroup.HighNeeds => "High needs students",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };
}

/// <summary>
/// One year's Progress and Performance Index (PPI) target for one group, as ESE sets it for the district: the annual PPI
/// the district aims for in the school year starting in <paramref name="SchoolYear"/>.
/// </summary>
public sealed record PpiTarget(int SchoolYear, PpiGroup Group, int Value)
{
    /// <summary>Annual PPI runs from 0 to 100 with extra credit; a target beyond this is a typing slip.</summary>
    public const int MaxValue = 125;

    /// <summary>"2027–28, high needs students: PPI 75".</summary>
    public override string ToString() => $"{PlanPeriod.SchoolYear(SchoolYear)}, {Group.DisplayName().ToLowerInvariant()}: PPI {Value}";

    /// <summary>The targets checked and in order (year, then group): one per year and group, each a PPI within range, within the plan's years.</summary>
    public static IReadOnlyList<PpiTarget> Checked(IEnumerable<PpiTarget> targets, int firstSchoolYear, int lastSchoolYear)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var list = targets.ToList();
        foreach (var target in list)
        {
            if (!Enum.IsDefined(target.Group))
            {
                throw new DomainException("A PPI target is for the aggregate or for high needs students.");
            }

            if (target.SchoolYear < firstSchoolYear || target.SchoolYear > lastSchoolYear)
            {
                throw new DomainException($"A PPI target for {PlanPeriod.SchoolYear(target.SchoolYear)} falls outside the plan's school years.");
            }

            if (target.Value is < 0 or > MaxValue)
            {
                throw new DomainException($"A PPI target is between 0 and {MaxValue}.");
            }
        }

        if (list.GroupBy(t => (t.SchoolYear, t.Group)).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainException($"There is one PPI target for {twice.Key.Group.DisplayName().ToLowerInvariant()} in {PlanPeriod.SchoolYear(twice.Key.SchoolYear)}.");
        }

        return [.. list.OrderBy(t => t.SchoolYear).ThenBy(t => t.Group)];
    }
}
