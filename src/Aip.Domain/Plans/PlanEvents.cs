using Aip.Domain.Common;

namespace Aip.Domain.Plans;

/// <summary>What the plan's workflow steps raise; each names the plan as people know it, for the notices they cause.</summary>
public abstract record PlanEvent(Guid PlanId, Guid DistrictId, string PlanTitle) : IDomainEvent;

public sealed record PlanSubmitted(Guid PlanId, Guid DistrictId, string PlanTitle, int SubmissionNumber)
    : PlanEvent(PlanId, DistrictId, PlanTitle);

/// <summary>A plan manager asked the superintendent to submit the plan (<see cref="Plan.AskToSubmit"/>).</summary>
public sealed record SubmissionRequested(Guid PlanId, Guid DistrictId, string PlanTitle, string RequestedByName)
    : PlanEvent(PlanId, DistrictId, PlanTitle);

public sealed record PlanReturned(Guid PlanId, Guid DistrictId, string PlanTitle, Guid ReviewId)
    : PlanEvent(PlanId, DistrictId, PlanTitle);

public sealed record PlanApproved(Guid PlanId, Guid DistrictId, string PlanTitle, Guid ReviewId, int VersionNumber)
    : PlanEvent(PlanId, DistrictId, PlanTitle);

public sealed record PlanSuperseded(Guid PlanId, Guid DistrictId, string PlanTitle)
    : PlanEvent(PlanId, DistrictId, PlanTitle);

public sealed record AmendmentStarted(Guid PlanId, Guid DistrictId, string PlanTitle, int AmendmentNumber, string Reason)
    : PlanEvent(PlanId, DistrictId, PlanTitle);

public sealed record AmendmentAwaitingApproval(Guid PlanId, Guid DistrictId, string PlanTitle, int AmendmentNumber, string Reason)
    : PlanEvent(PlanId, DistrictId, PlanTitle);

/// <summary>The district cancelled the amendment it was drafting; version <paramref name="VersionInForce"/> stays in force, as it was.</summary>
public sealed record AmendmentCancelled(Guid PlanId, Guid DistrictId, string PlanTitle, int AmendmentNumber, int VersionInForce)
    : PlanEvent(PlanId, DistrictId, PlanTitle);

/// <summary>An amendment became a version: at once when the district finished it, or when ESE approved it.</summary>
public sealed record AmendmentRecorded(
    Guid PlanId, Guid DistrictId, string PlanTitle, int AmendmentNumber, string Reason, int VersionNumber, bool ApprovedByEse)
    : PlanEvent(PlanId, DistrictId, PlanTitle);

public sealed record AmendmentSentBack(Guid PlanId, Guid DistrictId, string PlanTitle, int AmendmentNumber, string Note)
    : PlanEvent(PlanId, DistrictId, PlanTitle);
