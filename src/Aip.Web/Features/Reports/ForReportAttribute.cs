using Aip.Domain.Reporting;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Features.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Reports;

/// <summary>
/// Marks an action on one progress report (route <c>reports/{reportId}/…</c>) with one <see cref="ReportOperation"/>.
/// Before the action runs, <see cref="ReportRequestFilter"/> reads the report with its comments (tracked on anything but
/// GET) and answers 404 when it does not exist, 403 when the person may not take the operation on the report at its stage
/// or may not read the report at its stage (<see cref="ReportAccessHandler"/> decides; a published report is read by
/// anyone, signed in or not).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ForReportAttribute : TypeFilterAttribute
{
    public ForReportAttribute(ReportOperation operation)
        : base(typeof(ReportRequestFilter))
    {
        Operation = operation;
        Arguments = [operation];
    }

    public ReportOperation Operation { get; }
}

internal sealed class ReportRequestFilter(ReportOperation operation, AipDbContext db, IAuthorizationService authorization) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var controller = context.Controller as ReportControllerBase
            ?? throw new InvalidOperationException($"{nameof(ForReportAttribute)} is for actions of a {nameof(ReportControllerBase)}.");
        var reports = HttpMethods.IsGet(context.HttpContext.Request.Method) ? db.ProgressReports.AsNoTracking() : db.ProgressReports;
        var report = Guid.TryParse(context.RouteData.Values["reportId"]?.ToString(), out var reportId)
            ? await reports.Include(r => r.Comments).SingleOrDefaultAsync(r => r.Id == reportId)
            : null;
        if (report is null)
        {
            context.Result = new NotFoundResult();
            return;
        }

        // Every step needs the report to be readable too: a refused step redisplays the report's page.
        var resource = ReportResource.Of(report);
        var user = context.HttpContext.User;
        if (!(await authorization.AuthorizeAsync(user, resource, ReportOperations.For(operation))).Succeeded
            || (operation != ReportOperation.Read && !(await authorization.AuthorizeAsync(user, resource, ReportOperations.For(ReportOperation.Read))).Succeeded))
        {
            context.Result = new ForbidResult();
            return;
        }

        controller.CurrentReport = report;
        await next();
    }
}

/// <summary>
/// What the report screens share with the plan screens (saving with conflicts and broken rules shown on the form), with the
/// report in the route loaded and authorized by <see cref="ForReportAttribute"/>.
/// </summary>
public abstract class ReportControllerBase(PlanStore store, IAuthorizationService authorization) : PlanControllerBase(store, authorization)
{
    private ProgressReport? _currentReport;

    protected internal ProgressReport CurrentReport
    {
        get => _currentReport ?? throw new InvalidOperationException($"The action needs {nameof(ForReportAttribute)} and a reportId in its route.");
        internal set => _currentReport = value;
    }

    /// <summary>Whether the signed-in person may take <paramref name="operation"/> on <paramref name="report"/> (for what a page offers).</summary>
    protected async Task<bool> MayAsync(ReportOperation operation, ProgressReport report) =>
        (await Authorization.AuthorizeAsync(User, ReportResource.Of(report), ReportOperations.For(operation))).Succeeded;

    /// <summary>Whether the signed-in person may take <paramref name="operation"/> on the district's reports in general (begin one).</summary>
    protected async Task<bool> MayAsync(ReportOperation operation, Guid districtId) =>
        (await Authorization.AuthorizeAsync(User, new ReportResource(districtId), ReportOperations.For(operation))).Succeeded;
}
