using Aip.Domain.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Aip.Web.Authorization;

/// <summary>Decides "may this user see / change this district's data" with the domain rule <see cref="DistrictAccess"/>.</summary>
public sealed class DistrictAccessHandler(Accessors accessors)
    : AuthorizationHandler<OperationAuthorizationRequirement, DistrictResource>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, DistrictResource resource)
    {
        if (Enum.TryParse<DistrictOperation>(requirement.Name, out var operation)
            && await accessors.OfAsync(context.User) is { } accessor
            && DistrictAccess.Allows(accessor, resource.DistrictId, operation))
        {
            context.Succeed(requirement);
        }
    }
}
