using Aip.Domain.RoadToExit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Aip.Web.Authorization;

/// <summary>A district's road to exit: its reflections on the continuum, exit criteria and readiness.</summary>
public sealed record ExitResource(Guid DistrictId);

/// <summary>Operations checked against an <see cref="ExitResource"/>.</summary>
public static class ExitOperations
{
    private static readonly OperationRequirements<ExitOperation> Requirements = new("Exit");

    public static OperationAuthorizationRequirement For(ExitOperation operation) => Requirements.For(operation);

    internal static ExitOperation? Of(OperationAuthorizationRequirement requirement) => Requirements.Of(requirement);
}

/// <summary>Applies the domain rule <see cref="ExitAccess"/>.</summary>
public sealed class ExitAccessHandler(Accessors accessors) : AuthorizationHandler<OperationAuthorizationRequirement, ExitResource>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ExitResource resource)
    {
        if (ExitOperations.Of(requirement) is { } operation
            && ExitAccess.Allows(await accessors.OfAsync(context.User), resource.DistrictId, operation))
        {
            context.Succeed(requirement);
        }
    }
}
