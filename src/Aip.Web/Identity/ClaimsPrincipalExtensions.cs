using System.Security.Claims;
using Aip.Domain.People;

namespace Aip.Web.Identity;

public static class ClaimsPrincipalExtensions
{
    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Role? Role(this ClaimsPrincipal user) =>
        Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public static Guid? DistrictId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(AipClaimTypes.DistrictId), out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(AipClaimTypes.DisplayName) ?? user.Identity?.Name ?? string.Empty;

    /// <summary>The signed-in person as a domain step's record names them.</summary>
    public static Actor Actor(this ClaimsPrincipal user) => new(user.UserId() ?? Guid.Empty, user.Role() ?? default, user.DisplayName());
}
