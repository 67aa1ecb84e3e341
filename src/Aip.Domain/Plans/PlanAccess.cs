using Aip.Domain.People;

namespace Aip.Domain.Plans;

/// <summary>What someone wants to do with a plan.</summary>
public enum PlanOperation
{
    Read,
    Edit,
}

/// <summary>
/// Who may do what with a district's plan: everyone who may read the district reads its plans (district
/// leaders, the assigned monitor, ESE staff); only the district's Superintendent and Plan Manager edit, and
/// only while the plan is a draft or returned for revision.
/// </summary>
public static class PlanAccess
{
    public static bool Allows(Accessor who, Guid districtId, PlanStatus status, PlanOperation operation)
    {
        ArgumentNullException.ThrowIfNull(who);
        return operation switch
        {
            PlanOperation.Read => DistrictAccess.Allows(who, districtId, DistrictOperation.Read),
            PlanOperation.Edit => who.Role.IsDistrictRole()
                && DistrictAccess.Allows(who, districtId, DistrictOperation.Change)
                && PlanWorkflow.IsEditable(status),
            _ => false,
        };
    }
}
