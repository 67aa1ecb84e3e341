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
        return MatchingStep(key, token, clock.GetUtcNow(), lastUsed) is { } step && await UseAsync(manager, user, step);
    }

    /// <summary>The time step whose code <paramref name="token"/> is, within one step of now and after <paramref name="lastUsed"/>.</summary>
    public static long? MatchingStep(string key, string token, DateTimeOffset now, long lastUsed = long.MinValue)
    {
        ArgumentNullException.ThrowIfNull(token);
        var current = Totp.StepAt(now);
        for (var step = current - 1; step <= current + 1; step++)
        {
            if (step > lastUsed && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Totp.Code(key, step)), Encoding.ASCII.GetBytes(token)))
            {
                return step;
            }
        }

        return null;
    }

    /// <summary>
    /// Records <paramref name="step"/> as used. The save is guarded by the account's concurrency stamp, so of two requests
    /// racing with the same code only one succeeds: the other is refused.
    /// </summary>
    public static async Task<bool> UseAsync(UserManager<AipUser> manager, AipUser user, long step)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return (await manager.SetAuthenticationTokenAsync(user, Provider, LastStep, step.ToString(CultureInfo.InvariantCulture))).Succeeded;
    }
}
