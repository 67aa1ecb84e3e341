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
/// in the plan's district (<see cref="MonitoringAccessHandler"/> decides). A page that shows none of the plan's content
/// (a list of requests, a file download) says <see cref="HeaderOnly"/>: then only the plan's header is read, with one
/// projection, as <see cref="ForPlanAttribute"/> does.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ForMonitoringAttribute : TypeFilterAttribute
{
    public ForMonitoringAttribute(MonitoringOperation operation, bool headerOnly = false)
        : base(typeof(MonitoringRequestFilter))
    {
        Operation = operation;
        HeaderOnly = headerOnly;
        Arguments = [operation, headerOnly];
    }

    public MonitoringOperation Operation { get; }

    public bool HeaderOnly { get; }
}

internal sealed class MonitoringRequestFilter(MonitoringOperation operation, bool headerOnly, PlanStore store, AipDbContext db, IAuthorizationService authorization)
    : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var controller = context.Controller as MonitoringControllerBase
            ?? throw new InvalidOperationException($"{nameof(ForMonitoringAttribute)} is for actions of a {nameof(MonitoringControllerBase)}.");
        var route = context.RouteData.Values;
        if (!Guid.TryParse(route["id"]?.ToString(), out var planId))
        {
            context.Result = new NotFoundResult();
            return;
        }

        var plan = headerOnly ? null : await store.LoadAsync(planId, tracking: false);
        var header = plan is null ? (headerOnly ? await store.HeaderAsync(planId) : null) : PlanHeader.Of(plan);
        if (header is null)
        {
            context.Result = new NotFoundResult();
            return;
        }

        if (!(await authorization.AuthorizeAsync(context.HttpContext.User, new MonitoringResource(header.DistrictId), MonitoringOperations.For(operation))).Succeeded)
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

        if (plan is not null)
        {
            controller.CurrentPlan = plan;
        }

        controller.CurrentHeader = header;
        await next();
    }
}
