using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Aip.Web.Identity;

/// <summary>
/// Checks authenticator-app codes like Identity's own provider, but each code works once (ASVS 2.8.4): the step of the
/// last accepted code is kept with the account, and a code of that step or an earlier one is refused, so a code seen over
/// someone's shoulder or replayed from a log cannot sign in again. One step of clock drift either way is accepted.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<AipUser>
{
    private const string Provider = "[AIP]";
    private const string LastStep = "LastAuthenticatorStep";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AipUser> manager, AipUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    /// <summary>The app makes the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AipUser> manager, AipUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AipUser> manager, AipUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (token is not { Length: 6 } || !token.All(char.IsAsciiDigit) || await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return false;
        }

        var lastUsed = long.TryParse(await manager.GetAuthenticationTokenAsync(user, Provider, LastStep), CultureInfo.InvariantCulture, out var last) ? last : long.MinValue;
        var now = Totp.StepAt(clock.GetUtcNow());
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (step > lastUsed && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Totp.Code(key, step)), Encoding.ASCII.GetBytes(token)))
            {
                await manager.SetAuthenticationTokenAsync(user, Provider, LastStep, step.ToString(CultureInfo.InvariantCulture));
                return true;
            }
        }

        return false;
    }
}
