using System.Security.Claims;
using Aip.Domain.People;
using Aip.Web.Data;
using Aip.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Authorization;

/// <summary>
/// Decides "may this user see / change this district's data" with the domain rule
/// <see cref="DistrictAccess"/>. Monitor assignments are read from the database on each check, so an
/// assignment ESE removes takes effect at once.
/// </summary>
public sealed class DistrictAccessHandler(AipDbContext db)
    : AuthorizationHandler<OperationAuthorizationRequirement, DistrictResource>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, DistrictResource resource)
    {
        if (!Enum.TryParse<DistrictOperation>(requirement.Name, out var operation))
        {
            return;
        }

        var accessor = await AccessorOf(context.User);
        if (accessor is not null && DistrictAccess.Allows(accessor, resource.DistrictId, operation))
        {
            context.Succeed(requirement);
        }
    }

    private async Task<Accessor?> AccessorOf(ClaimsPrincipal user)
    {
        if (user.Role() is not { } role || user.UserId() is not { } userId)
        {
            return null;
        }

        return role switch
        {
            Role.EseStaff => Accessor.Ese(),
            Role.PlanMonitor => Accessor.Monitor(
                await db.MonitorAssignments.Where(a => a.MonitorId == userId).Select(a => a.DistrictId).ToArrayAsync()),
            _ when user.DistrictId() is { } districtId => Accessor.OfDistrict(role, districtId),
            _ => null,
        };
    }
}
