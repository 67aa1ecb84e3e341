namespace Aip.Web.Data;

/// <summary>
/// One recorded change to a plan: who, when, which item and what changed. Written by
/// <see cref="PlanAudit"/> in the same transaction as the change itself; never updated.
/// </summary>
public sealed class AuditEntry
{
    public const int ItemMaxLength = 300;
    public const int ActionMaxLength = 20;
    public const int UserNameMaxLength = 200;

    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid PlanId { get; init; }

    public Guid? UserId { get; init; }

    public string UserName { get; init; } = string.Empty;

    public DateTimeOffset At { get; init; }

    /// <summary>The item in the users' words, e.g. "Initiative 2.3".</summary>
    public string Item { get; init; } = string.Empty;

    /// <summary>Added, Changed or Removed.</summary>
    public string Action { get; init; } = string.Empty;

    /// <summary>What changed, one "Field: old → new" per line.</summary>
    public string Changes { get; init; } = string.Empty;
}
