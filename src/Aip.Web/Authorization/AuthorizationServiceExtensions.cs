using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Aip.Web.Authorization;

public static class AuthorizationServiceExtensions
{
    /// <summary>May <paramref name="user"/> perform <paramref name="operation"/> on the district's data?</summary>
    public static async Task<bool> AllowsAsync(
        this IAuthorizationService authorization, ClaimsPrincipal user, Guid districtId, OperationAuthorizationRequirement operation)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        return (await authorization.AuthorizeAsync(user, new DistrictResource(districtId), operation)).Succeeded;
    }
}
