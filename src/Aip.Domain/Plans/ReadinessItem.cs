namespace Aip.Domain.Plans;

/// <summary>One thing the readiness panel lists, in words that name the item by its number ("Initiative 2.3").</summary>
public sealed record ReadinessItem(ReadinessSeverity Severity, string Message, ReadinessPlace Place)
{
    public static ReadinessItem Blocker(string message, ReadinessPlace place) => new(ReadinessSeverity.Blocker, message, place);

    public static ReadinessItem Warning(string message, ReadinessPlace place) => new(ReadinessSeverity.Warning, message, place);
}
