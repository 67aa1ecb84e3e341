namespace Aip.Domain.Districts;

/// <summary>ESE assigns a Plan Monitor to a district; a monitor may follow several districts.</summary>
public sealed class MonitorAssignment
{
    public MonitorAssignment(Guid monitorId, Guid districtId, DateTimeOffset assignedAt)
    {
        MonitorId = monitorId;
        DistrictId = districtId;
        AssignedAt = assignedAt;
    }

    public Guid MonitorId { get; private init; }

    public Guid DistrictId { get; private init; }

    public DateTimeOffset AssignedAt { get; private init; }
}
