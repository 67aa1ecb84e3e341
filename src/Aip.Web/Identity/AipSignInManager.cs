using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Aip.Web.Identity;

/// <summary>
/// Refuses sign-in to deactivated accounts (the password check still counts towards lockout), and makes every refusal
/// cost one password hash, as a wrong password does: an unknown address, a locked or a deactivated account cannot be told
/// from a wrong password by how long the answer takes.
/// </summary>
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
    /// <summary>A hash of no one's password, checked when there is no real one to check.</summary>
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AipUser>().HashPassword(new AipUser(), Guid.NewGuid().ToString()));

    public override async Task<bool> CanSignInAsync(AipUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsActive && await base.CanSignInAsync(user);
    }

    /// <summary>Hashes as a real check would, for an address that has no account; the answer is a plain failure.</summary>
    public SignInResult RefuseUnknown(string password)
    {
        UserManager.PasswordHasher.VerifyHashedPassword(new AipUser(), DummyHash.Value, password);
        return SignInResult.Failed;
    }

    /// <summary>Identity refuses locked and deactivated accounts before it hashes the password; hash anyway.</summary>
    protected override async Task<SignInResult?> PreSignInCheck(AipUser user)
    {
        var refusal = await base.PreSignInCheck(user);
        if (refusal is not null)
        {
            UserManager.PasswordHasher.VerifyHashedPassword(user, DummyHash.Value, string.Empty);
        }

        return refusal;
    }
}
