namespace Aip.Domain.Plans;

/// <summary>
/// Where a plan stands in its review. The numbers are stable (the database stores the names); the moves between
/// them are decided in one place, <see cref="PlanWorkflow"/>.
/// </summary>
public enum PlanStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Approved = 4,
    Superseded = 5,
}

public static class PlanStatusFacts
{
    public static string DisplayName(this PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Draft",
        PlanStatus.Submitted => "Submitted",
        PlanStatus.Returned => "Returned for revision",
        PlanStatus.Approved => "Approved",
        PlanStatus.Superseded => "Superseded",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
