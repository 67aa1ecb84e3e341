using Aip.Domain.Monitoring;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Features.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Monitoring;

/// <summary>
/// Marks an action on a plan's monitoring records (route <c>plans/{id}/…</c>) with one <see cref="MonitoringOperation"/>.
/// Before the action runs, <see cref="MonitoringRequestFilter"/> reads the plan (never tracked: monitoring does not change
/// the plan) and, when the route names one, its discussion with the agenda (tracked on anything but GET); it answers 404
/// when either does not exist or the discussion is another plan's, and 403 when the person may not take the operation
/// in the plan's district (<see cref="MonitoringAccessHandler"/> decides).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ForMonitoringAttribute : TypeFilterAttribute
{
    public ForMonitoringAttribute(MonitoringOperation operation)
        : base(typeof(MonitoringRequestFilter))
    {
        Operation = operation;
        Arguments = [operation];
    }

    public MonitoringOperation Operation { get; }
}

internal sealed class MonitoringRequestFilter(MonitoringOperation operation, PlanStore store, AipDbContext db, IAuthorizationService authorization)
    : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var controller = context.Controller as MonitoringControllerBase
            ?? throw new InvalidOperationException($"{nameof(ForMonitoringAttribute)} is for actions of a {nameof(MonitoringControllerBase)}.");
        var route = context.RouteData.Values;
        if (!Guid.TryParse(route["id"]?.ToString(), out var planId) || await store.LoadAsync(planId, tracking: false) is not { } plan)
        {
            context.Result = new NotFoundResult();
            return;
        }

        if (!(await authorization.AuthorizeAsync(context.HttpContext.User, new MonitoringResource(plan.DistrictId), MonitoringOperations.For(operation))).Succeeded)
        {
            context.Result = new ForbidResult();
            return;
        }

        if (route.TryGetValue("discussionId", out var value))
        {
            var discussions = HttpMethods.IsGet(context.HttpContext.Request.Method) ? db.HighlightDiscussions.AsNoTracking() : db.HighlightDiscussions;
            var discussion = Guid.TryParse(value?.ToString(), out var discussionId)
                ? await discussions.Include(d => d.Agenda).SingleOrDefaultAsync(d => d.Id == discussionId && d.PlanId == planId)
                : null;
            if (discussion is null)
            {
                context.Result = new NotFoundResult();
                return;
            }

            controller.CurrentDiscussion = discussion;
        }

        controller.CurrentPlan = plan;
        controller.CurrentHeader = PlanHeader.Of(plan);
        await next();
    }
}
