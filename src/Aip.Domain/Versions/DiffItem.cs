namespace Aip.Domain.Versions;

/// <summary>The part of the plan template a <see cref="DiffEntry"/> is about.</summary>
public enum DiffItem
{
    PlanDetails = 1,
    Section1 = 2,
    Objective = 3,
    Initiative = 4,
    Benchmark = 5,
    Activity = 6,
    FinalOutcome = 7,
}
