using Aip.Domain.Plans;
using Aip.Domain.Versions;
using Aip.Web.Authorization;

namespace Aip.Web.Features.Plans;

/// <summary>
/// What a page needs to know about a plan when it shows something of the plan's other than its content (its versions,
/// a version's PDF, the self-assessment): read with one projection, enough to authorize it and to head the page.
/// <see cref="PageStamp"/> is the plan's <see cref="Data.PlanPageStamp"/> when the header was read by itself, empty when
/// it was taken from a loaded plan.
/// </summary>
public sealed record PlanHeader(
    Guid Id, Guid DistrictId, string Title, PlanStatus Status, AmendmentStage? OpenAmendmentStage, int VersionCount, Guid PageStamp = default)
{
    public bool IsEditable => PlanWorkflow.IsEditable(Status, OpenAmendmentStage);

    public PlanResource Resource => new(DistrictId, IsEditable);

    public static PlanHeader Of(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(plan.Id, plan.DistrictId, plan.Title, plan.Status, plan.OpenAmendmentStage, plan.VersionCount);
    }
}
