namespace Aip.Web.Data;

/// <summary>
/// One recorded change: who, when, to what (in the users' words) and, field by field, what changed. Written by
/// <see cref="Audit.AuditTrail"/> in the same transaction as the change itself; never updated. An entry belongs to the
/// district it concerns (and to the plan, when it concerns one), so ESE reads it per district and per plan.
/// </summary>
public sealed class AuditEntry
{
    public const int ItemMaxLength = 300;
    public const int ActionMaxLength = 20;
    public const int UserNameMaxLength = 200;
    public const int KindMaxLength = 40;
    public const int IpAddressMaxLength = 45;
    public const int UserAgentMaxLength = 300;

    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid? DistrictId { get; init; }

    public Guid? PlanId { get; init; }

    /// <summary>What kind of record changed, as people say it: "Plan", "District", "Person", "Monitor assignment", "Review"…</summary>
    public string Kind { get; init; } = string.Empty;

    public Guid? UserId { get; init; }

    public string UserName { get; init; } = string.Empty;

    public DateTimeOffset At { get; init; }

    /// <summary>The item in the users' words, e.g. "Initiative 2.3".</summary>
    public string Item { get; init; } = string.Empty;

    /// <summary>Added, Changed or Removed.</summary>
    public string Action { get; init; } = string.Empty;

    /// <summary>What changed, one "Label: old → new" per line.</summary>
    public string Changes { get; init; } = string.Empty;

    /// <summary>Where the request came from (the client's address as the proxy reports it); empty for the app's own work.</summary>
    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }
}
