namespace Aip.Domain.Plans;

/// <summary>What stands between a plan and its submission, in the order of the plan.</summary>
public sealed record ReadinessReport(IReadOnlyList<ReadinessItem> Items)
{
    /// <summary>Nothing blocks submission; warnings may remain.</summary>
    public bool IsReady => Blockers.Count == 0;

    public IReadOnlyList<ReadinessItem> Blockers => [.. Items.Where(i => i.Severity == ReadinessSeverity.Blocker)];

    public IReadOnlyList<ReadinessItem> Warnings => [.. Items.Where(i => i.Severity == ReadinessSeverity.Warning)];
}
