using Aip.Domain.People;

namespace Aip.Domain.Monitoring;

/// <summary>What someone wants to do with a district's Highlight Discussions, Minutes and risk register.</summary>
public enum MonitoringOperation
{
    /// <summary>Read the discussions, agendas, Minutes (every stage), comments, risks and coverage.</summary>
    Read,

    /// <summary>The district's steps: schedule, prepare the agenda, write, send and finalise the Minutes, keep the risk register.</summary>
    Lead,

    /// <summary>Report discrepancies or questions on a draft under review: the Superintendent and the Monitor (guidance §8).</summary>
    ReviewDraft,

    /// <summary>The monitor's own steps: questions for the agenda, requests for evidence, interviews or visits, monitoring visits.</summary>
    MonitorSteps,

    /// <summary>Ask about final Minutes: ESE staff.</summary>
    AskEse,
}

/// <summary>
/// Who may do what with a district's monitoring records, on top of <see cref="DistrictAccess"/>: everyone who reads the
/// district reads them; its Superintendent and Plan Manager lead; the Superintendent and the assigned monitor review the
/// draft; the monitor prepares questions; ESE staff ask about final Minutes. Other districts see nothing.
/// </summary>
public static class MonitoringAccess
{
    public static bool Allows(Accessor who, Guid districtId, MonitoringOperation operation)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!DistrictAccess.Allows(who, districtId, DistrictOperation.Read))
        {
            return false;
        }

        return operation switch
        {
            MonitoringOperation.Read => true,
            MonitoringOperation.Lead => who.Role.IsDistrictRole(),
            MonitoringOperation.ReviewDraft => who.Role is Role.Superintendent or Role.PlanMonitor,
            MonitoringOperation.MonitorSteps => who.Role == Role.PlanMonitor,
            MonitoringOperation.AskEse => who.Role == Role.EseStaff,
            _ => false,
        };
    }
}
