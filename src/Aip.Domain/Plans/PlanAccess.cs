using Aip.Domain.People;

namespace Aip.Domain.Plans;

/// <summary>What someone wants to do with a plan.</summary>
public enum PlanOperation
{
    /// <summary>Read the plan, its versions, reviews and comments.</summary>
    Read,

    /// <summary>Change the plan's content.</summary>
    Edit,

    /// <summary>
    /// Take the district's steps: submit, answer the self-assessment, amend, resolve review comments. Whether the
    /// step fits the plan's status (and the person's role) is the workflow's to say, with its own reasons.
    /// </summary>
    Steer,

    /// <summary>Take ESE's steps: review, return, approve, approve or send back amendments.</summary>
    Review,
}

/// <summary>
/// Who may do what with a district's plan: everyone who may read the district reads its plans (district
/// leaders, the assigned monitor, ESE staff); only the district's Superintendent and Plan Manager edit (while
/// <see cref="PlanWorkflow.IsEditable"/>) and steer it; only ESE staff review it.
/// </summary>
public static class PlanAccess
{
    public static bool Allows(Accessor who, Guid districtId, bool planIsEditable, PlanOperation operation)
    {
        ArgumentNullException.ThrowIfNull(who);
        return operation switch
        {
            PlanOperation.Read => DistrictAccess.Allows(who, districtId, DistrictOperation.Read),
            PlanOperation.Edit => IsDistrictLeader(who, districtId) && planIsEditable,
            PlanOperation.Steer => IsDistrictLeader(who, districtId),
            PlanOperation.Review => who.Role == Role.EseStaff && DistrictAccess.Allows(who, districtId, DistrictOperation.Change),
            _ => false,
        };
    }

    /// <summary>
    /// Who reads an ESE review of the plan: once it is decided, everyone who reads the plan; while it is in progress it
    /// is still ESE's, so only those who review.
    /// </summary>
    public static bool AllowsReview(Accessor who, Guid districtId, bool reviewIsDecided) =>
        Allows(who, districtId, planIsEditable: false, PlanOperation.Read)
        && (reviewIsDecided || Allows(who, districtId, planIsEditable: false, PlanOperation.Review));

    private static bool IsDistrictLeader(Accessor who, Guid districtId) =>
        who.Role.IsDistrictRole() && DistrictAccess.Allows(who, districtId, DistrictOperation.Change);
}
