namespace Aip.Domain.Plans;

/// <summary>The part of the plan's screens where a readiness item is fixed.</summary>
public enum ReadinessArea
{
    Details,
    Section1,
    FinalOutcomes,
    Objective,
    Initiative,
    Benchmark,
    Activity,

    /// <summary>The District Review findings the plan answers: fixed by saying which objective or initiative addresses one.</summary>
    ReviewFindings,
}
