using Aip.Domain.People;

namespace Aip.Domain.RoadToExit;

/// <summary>What someone wants to do on a district's road to exit.</summary>
public enum ExitOperation
{
    /// <summary>Read the reflections, the exit criteria and the readiness summary.</summary>
    Read,

    /// <summary>Open a reflection on the continuum: ESE staff, or the district's Plan Manager.</summary>
    OpenReflection,

    /// <summary>Place one's own view in a reflection: the Superintendent, the Plan Manager, the assigned Monitor.</summary>
    PlaceView,

    /// <summary>Record criterion A per school year and cite the evidence for B–E: ESE staff.</summary>
    RecordExitCriteria,
}

/// <summary>
/// Who reaches a district's road to exit: district people their own district, monitors their assigned districts, ESE every
/// district (the rule of <see cref="DistrictAccess"/>); on top, each person writes only their own view of a reflection, and
/// only ESE records the exit criteria.
/// </summary>
public static class ExitAccess
{
    public static bool Allows(Accessor? who, Guid districtId, ExitOperation operation)
    {
        if (who is null || !DistrictAccess.Allows(who, districtId, DistrictOperation.Read))
        {
            return false;
        }

        return operation switch
        {
            ExitOperation.Read => true,
            ExitOperation.OpenReflection => who.Role is Role.EseStaff or Role.PlanManager,
            ExitOperation.PlaceView => Perspectives.Of(who.Role) is not null,
            ExitOperation.RecordExitCriteria => who.Role == Role.EseStaff,
            _ => false,
        };
    }

    /// <summary>The view of a district's reflection that <paramref name="who"/> writes, if any.</summary>
    public static Perspective? ViewOf(Accessor? who, Guid districtId) =>
        Allows(who, districtId, ExitOperation.PlaceView) ? Perspectives.Of(who!.Role) : null;
}
