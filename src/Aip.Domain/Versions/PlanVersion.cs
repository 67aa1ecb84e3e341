using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Plans;

namespace Aip.Domain.Versions;

/// <summary>
/// A frozen copy of the plan's content: version 1 is what ESE approved, each later one an amendment. Nothing about
/// it changes after it is made; it says what was in force, who made it final, when, and why it changed.
/// </summary>
public sealed class PlanVersion : Entity
{
    private PlanVersion()
    {
    }

    public Guid PlanId { get; private set; }

    public int Number { get; private set; }

    public PlanContent Content { get; private set; } = null!;

    public DateTimeOffset At { get; private set; }

    /// <summary>Who made it final: the ESE approver, or the district leader who recorded an amendment ESE did not need to approve.</summary>
    public Guid ById { get; private set; }

    public string ByName { get; private set; } = null!;

    /// <summary>Whether ESE approved this content (the plan itself, or an amendment the district's setting sent to ESE).</summary>
    public bool EseApproved { get; private set; }

    /// <summary>The amendment it records; null for version 1.</summary>
    public int? AmendmentNumber { get; private set; }

    /// <summary>The amendment's reason; null for version 1.</summary>
    public string? Reason { get; private set; }

    public string Label => $"Version {Number}";

    /// <summary>One line for lists and PDF headers: "Version 2 — amendment 1, approved by ESE (Jane Doe) on 12 March 2027".</summary>
    public string Summary =>
        $"{Label} — {(AmendmentNumber is { } n ? $"amendment {n}, " : string.Empty)}"
        + $"{(EseApproved ? "approved by ESE" : "recorded")} ({ByName}) on {Dates.Display(At)}";

    internal static PlanVersion Freeze(Plan plan, int number, Actor by, DateTimeOffset at, bool eseApproved, Amendment? amendment) => new()
    {
        PlanId = plan.Id,
        Number = number,
        Content = PlanContent.Of(plan),
        At = at,
        ById = by.Id,
        ByName = by.Name,
        EseApproved = eseApproved,
        AmendmentNumber = amendment?.Number,
        Reason = amendment?.Reason,
    };
}
