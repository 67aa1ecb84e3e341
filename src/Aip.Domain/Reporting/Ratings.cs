namespace Aip.Domain.Reporting;

/// <summary>Appendix G, "Improvement Process Stages": the phase of implementation of an initiative.</summary>
public enum ProcessRating
{
    ProblematicImplementation = 1,
    TechnicalImplementation = 2,
    PracticesInPlace = 3,
    FullyEmbedded = 4,
}

/// <summary>Appendix G, "Performance Ratings": the results to date of an initiative.</summary>
public enum PerformanceRating
{
    NotReached = 1,
    PartiallyReached = 2,
    Reached = 3,
    ReachedHighConsistently = 4,
}

/// <summary>Which of the two Appendix G scales a rating is on.</summary>
public enum RatingScale
{
    Process = 1,
    Performance = 2,
}

/// <summary>The two scales of Appendix G, with their headings and each level's description word for word.</summary>
public static class RatingScales
{
    public static IReadOnlyList<ProcessRating> ProcessLevels { get; } = Enum.GetValues<ProcessRating>();

    public static IReadOnlyList<PerformanceRating> PerformanceLevels { get; } = Enum.GetValues<PerformanceRating>();

    public static string Title(this RatingScale scale) => scale switch
    {
        RatingScale.Process => "Improvement Process Stages",
        RatingScale.Performance => "Performance Ratings",
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
    };

    public static string Purpose(this RatingScale scale) => scale switch
    {
        RatingScale.Process => "Rating describes the phase of implementation for the initiative",
        RatingScale.Performance => "Rating describes the results to date",
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
    };

    /// <summary>The short name of the scale as a table column or a form label reads it.</summary>
    public static string ShortName(this RatingScale scale) => scale switch
    {
        RatingScale.Process => "Process",
        RatingScale.Performance => "Performance",
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
    };

    public static string DisplayName(this ProcessRating rating) => rating switch
    {
        ProcessRating.ProblematicImplementation => "Problematic Implementation/At-Risk",
        ProcessRating.TechnicalImplementation => "Technical Implementation",
        ProcessRating.PracticesInPlace => "Practices in Place",
        ProcessRating.FullyEmbedded => "Fully Embedded",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };

    /// <summary>The level's heading in Appendix G ("Fully Embedded Stage").</summary>
    public static string Heading(this ProcessRating rating) => rating switch
    {
        ProcessRating.ProblematicImplementation => "Problematic Implementation/At-Risk",
        ProcessRating.TechnicalImplementation => "Technical Implementation Stage",
        ProcessRating.PracticesInPlace => "Practices in Place Stage",
        ProcessRating.FullyEmbedded => "Fully Embedded Stage",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };

    public static string Description(this ProcessRating rating) => rating switch
    {
        ProcessRating.ProblematicImplementation =>
            "A number of activities have not yet begun or are in the early stages. Initiative is under-developed or inadequate steps have been taken to implement the initiative effectively.",
        ProcessRating.TechnicalImplementation =>
            "The stated activities have been completed. More work or time is needed for the initiative to be fully implemented with quality and consistency across the district.",
        ProcessRating.PracticesInPlace =>
            "Initiative is being fully and effectively implemented and practices and resources are in place for the initiative to be implemented with quality and consistency.",
        ProcessRating.FullyEmbedded =>
            "Initiative is fully embedded in the practice of professionals so that it is likely to continue being implemented effectively with quality and consistency.",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };

    public static string DisplayName(this PerformanceRating rating) => rating switch
    {
        PerformanceRating.NotReached => "Performance Goals Not Reached",
        PerformanceRating.PartiallyReached => "Partially Reached Performance Goals",
        PerformanceRating.Reached => "Reached Performance Goals",
        PerformanceRating.ReachedHighConsistently => "Reached High Performance Goals Consistently",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };

    public static string Description(this PerformanceRating rating) => rating switch
    {
        PerformanceRating.NotReached =>
            "There is little evidence that there is early evidence of change or that outcomes are being met. The Plan’s benchmarks for this initiative (early evidence of change benchmarks, short-term outcomes, and/or long-term outcomes) were not met in this monitoring period, and there was insufficient improvement in performance. This may be the case even when the process rating is further advanced.",
        PerformanceRating.PartiallyReached =>
            "There is some evidence of an impact on outcomes. The Plan’s benchmarks for this initiative (early evidence of change benchmarks, short-term outcomes, and/or long-term outcomes) may not have been met in this monitoring period, but there was progress.",
        PerformanceRating.Reached =>
            "There is strong evidence that the outcomes are being met. The Plan’s benchmarks for this initiative (early evidence of change benchmarks, short-term outcomes, and/or long-term outcomes) were met in this monitoring period. Or, there were high and improving levels of benchmark performance.",
        PerformanceRating.ReachedHighConsistently =>
            "There is strong evidence that the outcomes will continue to be met. The Plan’s short and long term outcomes for this initiative were high. And, the outcomes were reached; or, substantial improvement and high levels of performance were consistent over time. There is strong evidence that there will be further improvement over time.",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };
}
