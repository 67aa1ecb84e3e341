using System.Security.Claims;
using Aip.Domain.People;
using Aip.Web.Data;
using Aip.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Authorization;

/// <summary>
/// Builds the domain's <see cref="Accessor"/> for a signed-in person: role and district from the session,
/// monitor assignments from the database (so ESE's changes apply at once).
/// </summary>
public sealed class Accessors(AipDbContext db)
{
    public async Task<Accessor?> OfAsync(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
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
