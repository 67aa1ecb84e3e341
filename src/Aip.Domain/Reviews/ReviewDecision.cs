namespace Aip.Domain.Reviews;

/// <summary>What ESE decided at the end of a review of one submission.</summary>
public enum ReviewDecision
{
    Returned = 1,
    Approved = 2,
}
