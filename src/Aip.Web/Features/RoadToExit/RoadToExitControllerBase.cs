using Aip.Domain.People;
using Aip.Domain.RoadToExit;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.RoadToExit;

/// <summary>What the road to exit's screens share: the district's name and the <see cref="ExitAccess"/> rule, asked of its handler.</summary>
public abstract class RoadToExitControllerBase(AipDbContext db, IAuthorizationService authorization) : Controller
{
    protected AipDbContext Db { get; } = db;

    protected Task<string?> DistrictNameAsync(Guid districtId) =>
        Db.Districts.Where(d => d.Id == districtId).Select(d => d.Name).SingleOrDefaultAsync();

    protected async Task<bool> MayAsync(Guid districtId, ExitOperation operation) =>
        (await authorization.AuthorizeAsync(User, new ExitResource(districtId), ExitOperations.For(operation))).Succeeded;

    /// <summary>
    /// The district's name when the person may take <paramref name="operation"/> on it; otherwise the refusal: not found for
    /// no such district, forbidden for a district or a step they may not reach.
    /// </summary>
    protected async Task<(string Name, IActionResult? Refusal)> GuardAsync(Guid districtId, ExitOperation operation)
    {
        if (await DistrictNameAsync(districtId) is not { } name)
        {
            return (string.Empty, NotFound());
        }

        return await MayAsync(districtId, operation) ? (name, null) : (name, Forbid());
    }

    protected Actor Actor() => User.Actor();
}
