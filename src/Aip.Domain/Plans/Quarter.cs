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
