namespace Aip.Domain.Plans;

/// <summary>Where a plan stands. The review workflow (a later issue) adds Submitted, Returned, Approved and Superseded.</summary>
public enum PlanStatus
{
    Draft = 1,
}
