using Aip.Domain.Monitoring;
using Aip.Web.Authorization;
using Aip.Web.Features.Plans;
using Microsoft.AspNetCore.Authorization;

namespace Aip.Web.Features.Monitoring;

/// <summary>
/// What the monitoring screens share with the plan screens (saving with conflicts and broken rules shown on the form), with
/// the discussion in the route loaded and authorized by <see cref="ForMonitoringAttribute"/>.
/// </summary>
public abstract class MonitoringControllerBase(PlanStore store, IAuthorizationService authorization) : PlanControllerBase(store, authorization)
{
    private HighlightDiscussion? _currentDiscussion;

    protected internal HighlightDiscussion CurrentDiscussion
    {
        get => _currentDiscussion ?? throw new InvalidOperationException($"The action needs {nameof(ForMonitoringAttribute)} and a discussionId in its route.");
        internal set => _currentDiscussion = value;
    }

    /// <summary>Whether the signed-in person may take <paramref name="operation"/> in the current plan's district (for what a page offers).</summary>
    protected async Task<bool> MayAsync(MonitoringOperation operation) =>
        (await Authorization.AuthorizeAsync(User, new MonitoringResource(CurrentHeader.DistrictId), MonitoringOperations.For(operation))).Succeeded;
}
