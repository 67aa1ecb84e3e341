using Aip.Domain.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Aip.Web.Authorization;

/// <summary>A district's progress reports, or one of them at its stage (null: the district's reports in general, e.g. to begin one).</summary>
public sealed record ReportResource(Guid DistrictId, ReportStage? Stage = null)
{
    public static ReportResource Of(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.DistrictId, report.Stage);
    }
}

/// <summary>Operations checked against a <see cref="ReportResource"/>.</summary>
public static class ReportOperations
{
    private static readonly OperationRequirements<ReportOperation> Requirements = new("Report");

    public static OperationAuthorizationRequirement For(ReportOperation operation) => Requirements.For(operation);

    internal static ReportOperation? Of(OperationAuthorizationRequirement requirement) => Requirements.Of(requirement);
}

/// <summary>Applies the domain rule <see cref="ReportAccess"/>, for signed-in people and for the public (published reports).</summary>
public sealed class ReportAccessHandler(Accessors accessors) : AuthorizationHandler<OperationAuthorizationRequirement, ReportResource>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ReportResource resource)
    {
        if (ReportOperations.Of(requirement) is { } operation
            && ReportAccess.Allows(await accessors.OfAsync(context.User), resource.DistrictId, resource.Stage, operation))
        {
            context.Succeed(requirement);
        }
    }
}
