namespace Aip.Domain.Plans;

/// <summary>The checks <see cref="SmartCheck"/> makes of a benchmark, after the guidance's "SMART" advice (Appendix B).</summary>
public enum SmartRule
{
    HasMeasure,
    HasEvidence,
    HasDatedTarget,
    TargetsInDateOrder,
    TargetsInsidePlanYears,
    PercentageInRange,
}
