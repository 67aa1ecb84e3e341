namespace Aip.Domain.Versions;

/// <summary>Where an amendment of an approved plan stands.</summary>
public enum AmendmentStage
{
    /// <summary>The district is changing the plan; the approved version stays in force meanwhile.</summary>
    Drafting = 1,

    /// <summary>The district has finished; ESE approves it (or sends it back) before it becomes a version.</summary>
    AwaitingApproval = 2,

    /// <summary>It has become a version of the plan.</summary>
    Recorded = 3,

    /// <summary>It was still open when a successor plan superseded the plan, and was closed unrecorded.</summary>
    Closed = 4,

    /// <summary>The district cancelled it while drafting; the plan went back to the version in force.</summary>
    Cancelled = 5,
}

public static class AmendmentStageFacts
{
    public static string DisplayName(this AmendmentStage stage) => stage switch
    {
        AmendmentStage.Drafting => "Being drafted",
        AmendmentStage.AwaitingApproval => "Awaiting ESE approval",
        AmendmentStage.Recorded => "Recorded",
        AmendmentStage.Closed => "Closed unrecorded when the plan was superseded",
        AmendmentStage.Cancelled => "Cancelled by the district; the version in force was kept",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}
