namespace Aip.Domain.Plans;

public enum ReadinessSeverity
{
    /// <summary>The plan cannot be submitted until this is fixed.</summary>
    Blocker,

    /// <summary>Worth a look; the plan can be submitted anyway.</summary>
    Warning,
}
