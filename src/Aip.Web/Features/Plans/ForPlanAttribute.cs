using Aip.Domain.Plans;
using Aip.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Aip.Web.Features.Plans;

/// <summary>
/// Marks an action as working on the plan in its route (<c>{id}</c>) with one <see cref="PlanOperation"/>. Before the
/// action runs, <see cref="PlanRequestFilter"/> loads the plan (tracked for changes on anything but GET), answers 404
/// when there is no such plan, 403 when the person may not take the operation on it (the resource handlers decide),
/// and 404 when an item the route names (<c>objectiveId</c>, <c>initiativeId</c>, <c>benchmarkId</c>,
/// <c>activityId</c>, <c>outcomeId</c>) is not in it; otherwise the action finds the plan in
/// <see cref="PlanControllerBase.CurrentPlan"/> and its items through the plan's own <c>Find…</c> methods. A page that
/// shows none of the plan's content, or reads only the part it shows itself (the overview, a Strategy Sheet), says
/// <see cref="HeaderOnly"/>: then only <see cref="PlanControllerBase.CurrentHeader"/> is read, with one projection, and
/// authorized the same way.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ForPlanAttribute : TypeFilterAttribute
{
    public ForPlanAttribute(PlanOperation operation, bool headerOnly = false)
        : base(typeof(PlanRequestFilter))
    {
        Operation = operation;
        HeaderOnly = headerOnly;
        Arguments = [operation, headerOnly];
    }

    public PlanOperation Operation { get; }

    public bool HeaderOnly { get; }
}

internal sealed class PlanRequestFilter(PlanOperation operation, bool headerOnly, PlanStore store, IAuthorizationService authorization) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var controller = context.Controller as PlanControllerBase
            ?? throw new InvalidOperationException($"{nameof(ForPlanAttribute)} is for actions of a {nameof(PlanControllerBase)}.");
        var route = context.RouteData.Values;
        if (!Guid.TryParse(route["id"]?.ToString(), out var planId))
        {
            context.Result = new NotFoundResult();
            return;
        }

        var plan = headerOnly ? null : await store.LoadAsync(planId, tracking: !HttpMethods.IsGet(context.HttpContext.Request.Method));
        var header = plan is null ? (headerOnly ? await store.HeaderAsync(planId) : null) : PlanHeader.Of(plan);
        if (header is null)
        {
            context.Result = new NotFoundResult();
            return;
        }

        if (!(await authorization.AuthorizeAsync(context.HttpContext.User, header.Resource, PlanOperations.For(operation))).Succeeded)
        {
            context.Result = new ForbidResult();
            return;
        }

        if (plan is not null && !HoldsRouteItems(plan, route))
        {
            context.Result = new NotFoundResult();
            return;
        }

        controller.CurrentHeader = header;
        if (plan is not null)
        {
            controller.CurrentPlan = plan;
        }

        await next();
    }

    private static bool HoldsRouteItems(Plan plan, Microsoft.AspNetCore.Routing.RouteValueDictionary route)
    {
        var initiatives = plan.Objectives.SelectMany(o => o.Initiatives);
        return Holds("objectiveId", id => plan.Objectives.Any(o => o.Id == id))
            && Holds("initiativeId", id => initiatives.Any(i => i.Id == id))
            && Holds("benchmarkId", id => initiatives.SelectMany(i => i.Benchmarks).Any(b => b.Id == id))
            && Holds("activityId", id => initiatives.SelectMany(i => i.Activities).Any(a => a.Id == id))
            && Holds("outcomeId", id => plan.FinalOutcomes.Any(o => o.Id == id));

        bool Holds(string key, Func<Guid, bool> inPlan) =>
            !route.TryGetValue(key, out var value) || (Guid.TryParse(value?.ToString(), out var id) && inPlan(id));
    }
}
