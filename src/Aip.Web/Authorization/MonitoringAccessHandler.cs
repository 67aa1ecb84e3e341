using Aip.Domain.Monitoring;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Aip.Web.Authorization;

/// <summary>A district's Highlight Discussions, Minutes and risk register, authorized through the district.</summary>
public sealed record MonitoringResource(Guid DistrictId);

/// <summary>Operations checked against a <see cref="MonitoringResource"/>.</summary>
public static class MonitoringOperations
{
    private const string Prefix = "Monitoring";

    private static readonly Dictionary<MonitoringOperation, OperationAuthorizationRequirement> Requirements =
        Enum.GetValues<MonitoringOperation>().ToDictionary(o => o, o => new OperationAuthorizationRequirement { Name = Prefix + o });

    public static OperationAuthorizationRequirement For(MonitoringOperation operation) => Requirements[operation];

    internal static MonitoringOperation? Of(OperationAuthorizationRequirement requirement) =>
        requirement.Name.StartsWith(Prefix, StringComparison.Ordinal)
        && Enum.TryParse<MonitoringOperation>(requirement.Name[Prefix.Length..], out var operation)
            ? operation
            : null;
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
