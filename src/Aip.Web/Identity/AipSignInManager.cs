using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Aip.Web.Identity;

/// <summary>Refuses sign-in to deactivated accounts (the password check still counts towards lockout).</summary>
public sealed class AipSignInManager(
    UserManager<AipUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AipUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AipUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AipUser> confirmation)
    : SignInManager<AipUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AipUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsActive && await base.CanSignInAsync(user);
    }
}
