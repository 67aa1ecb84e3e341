using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Aip.Web.Identity;

/// <summary>Puts the account's role, district and display name into the sign-in cookie.</summary>
public sealed class AipClaimsPrincipalFactory(UserManager<AipUser> userManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AipUser>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AipUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, user.Role.ToString()));
        identity.AddClaim(new Claim(AipClaimTypes.DisplayName, user.DisplayName));
        if (user.DistrictId is { } districtId)
        {
            identity.AddClaim(new Claim(AipClaimTypes.DistrictId, districtId.ToString()));
        }

        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(AipClaimTypes.SecondFactor, "authenticator"));
        }

        return identity;
    }
}
