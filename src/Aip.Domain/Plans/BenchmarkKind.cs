namespace Aip.Domain.Plans;

/// <summary>
/// The two benchmark kinds an Initiative Strategy Sheet lists for each initiative (Appendix B of the guidance):
/// early evidence of change (F: is it starting to make a difference?) and short-term outcomes (E: successful in
/// the short term?). Activities and final outcomes, the other two kinds, have their own types.
/// </summary>
public enum BenchmarkKind
{
    EarlyEvidenceOfChange = 1,
    ShortTermOutcome = 2,
}

public static class BenchmarkKindFacts
{
    public static string DisplayName(this BenchmarkKind kind) => kind switch
    {
        BenchmarkKind.EarlyEvidenceOfChange => "Early evidence of change",
        BenchmarkKind.ShortTermOutcome => "Short-term outcome",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
