using Aip.Domain.Monitoring;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Aip.Web.Authorization;

/// <summary>A district's Highlight Discussions, Minutes and risk register, authorized through the district.</summary>
public sealed record MonitoringResource(Guid DistrictId);

/// <summary>Operations checked against a <see cref="MonitoringResource"/>.</summary>
public static class MonitoringOperations
{
    private static readonly OperationRequirements<MonitoringOperation> Requirements = new("Monitoring");

    public static OperationAuthorizationRequirement For(MonitoringOperation operation) => Requirements.For(operation);

    internal static MonitoringOperation? Of(OperationAuthorizationRequirement requirement) => Requirements.Of(requirement);
}

/// <summary>Applies the domain rule <see cref="MonitoringAccess"/>.</summary>
public sealed class MonitoringAccessHandler(Accessors accessors) : AuthorizationHandler<OperationAuthorizationRequirement, MonitoringResource>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, MonitoringResource resource)
    {
        if (MonitoringOperations.Of(requirement) is { } operation
            && await accessors.OfAsync(context.User) is { } accessor
            && MonitoringAccess.Allows(accessor, resource.DistrictId, operation))
        {
            context.Succeed(requirement);
        }
    }
}
