using Aip.Domain.People;

namespace Aip.Domain.Reporting;

/// <summary>What someone wants to do with a district's progress reports.</summary>
public enum ReportOperation
{
    /// <summary>Read the report at its stage (with the review comments, for ESE and monitors).</summary>
    Read,

    /// <summary>Begin a report for the district, and write and revise it: a monitor ESE assigned to the district.</summary>
    Write,

    /// <summary>Comment on a draft in review: ESE staff and any monitor (the author is refused by the domain).</summary>
    Review,

    /// <summary>Send factual corrections and say they are complete: the district's Superintendent.</summary>
    FactCheck,

    /// <summary>Confirm publication and add errata: an assigned monitor or ESE staff.</summary>
    Publish,

    /// <summary>Record the presentation to the School Committee: the district's leaders or ESE staff.</summary>
    RecordPresentation,

    /// <summary>Record the Summative report's presentation to the Board: ESE staff.</summary>
    RecordBoardPresentation,

    /// <summary>Set the reporting calendar: ESE staff.</summary>
    SetCalendar,
}

/// <summary>
/// Who reaches a district's progress reports (guidance §8, Appendix L): everyone reads a published report, even without
/// signing in (the public archive); ESE staff and the monitors assigned to the district read every stage; every other
/// monitor reads a draft once it is in review (to review it) and read-only after; the district's people read it from the
/// Superintendent's factual corrections on, without the reviewers' comments. The operations on top follow the roles.
/// </summary>
public static class ReportAccess
{
    /// <param name="stage">The report's stage; null for an operation on the district's reports in general (begin one).</param>
    public static bool Allows(Accessor? who, Guid districtId, ReportStage? stage, ReportOperation operation)
    {
        if (operation == ReportOperation.Read && stage == ReportStage.Published)
        {
            return true;
        }

        if (who is null)
        {
            return false;
        }

        var assigned = who.Role == Role.PlanMonitor && who.AssignedDistrictIds.Contains(districtId);
        var ownDistrict = who.Role.IsDistrictRole() && who.DistrictId == districtId;
        return operation switch
        {
            ReportOperation.Read => who.Role == Role.EseStaff || assigned
                || who.Role == Role.PlanMonitor && stage >= ReportStage.InReview
                || ownDistrict && stage >= ReportStage.FactCheck,
            ReportOperation.Write => assigned,
            ReportOperation.Review => who.Role == Role.EseStaff || who.Role == Role.PlanMonitor,
            ReportOperation.FactCheck => ownDistrict && who.Role == Role.Superintendent,
            ReportOperation.Publish => who.Role == Role.EseStaff || assigned,
            ReportOperation.RecordPresentation => who.Role == Role.EseStaff || ownDistrict,
            ReportOperation.RecordBoardPresentation or ReportOperation.SetCalendar => who.Role == Role.EseStaff,
            _ => false,
        };
    }

    /// <summary>Whether the reviewers' comments show: to ESE staff and monitors, never to the district.</summary>
    public static bool SeesReviewComments(Accessor? who) => who?.Role is Role.EseStaff or Role.PlanMonitor;
}
