using Aip.Domain.People;
using Microsoft.AspNetCore.Authorization;

namespace Aip.Web.Identity;

/// <summary>Marks the endpoints a person who must set up a second factor may still reach (setting it up, signing out).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWithoutSecondFactorAttribute : Attribute;

/// <summary>
/// Until an account whose role needs a second factor (<see cref="RoleFacts.NeedsSecondFactor"/>) has one, its person reaches
/// only the set-up page: a page request is sent there, anything else is refused with 403. Runs after authentication and
/// routing, before authorization, so it holds for every endpoint whatever its own policy.
/// </summary>
public sealed class SecondFactorGate(RequestDelegate next)
{
    public const string SetupPath = "/account/second-factor";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        var endpoint = context.GetEndpoint();
        if (user.Identity?.IsAuthenticated != true || user.Role() is not { } role || !role.NeedsSecondFactor()
            || user.HasClaim(c => c.Type == AipClaimTypes.SecondFactor)
            || endpoint is null || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || endpoint.Metadata.GetMetadata<AllowWithoutSecondFactorAttribute>() is not null)
        {
            return next(context);
        }

        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.Redirect(context.Request.PathBase + SetupPath + QueryString.Create("returnUrl", context.Request.PathBase + context.Request.Path + context.Request.QueryString));
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Task.CompletedTask;
    }
}
