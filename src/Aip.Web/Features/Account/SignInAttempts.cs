using Aip.Web.Data;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Outbox;
using Microsoft.AspNetCore.Identity;

namespace Aip.Web.Features.Account;

public enum SignInOutcome
{
    SignedIn,
    NeedsSecondFactor,
    Refused,
    TooManyAttempts,
}

public sealed record SignInAttemptResult(SignInOutcome Outcome, TimeSpan? RetryAfter = null)
{
    public static SignInAttemptResult Of(SignInResult result) => new(
        result.Succeeded ? SignInOutcome.SignedIn : result.RequiresTwoFactor ? SignInOutcome.NeedsSecondFactor : SignInOutcome.Refused);
}

/// <summary>
/// One attempt to sign in, by password or by the second factor. Every refusal reads and costs the same (an unknown
/// address, a wrong password, a locked or a deactivated account), is counted per account (<see cref="AccountThrottle"/>)
/// and recorded in the sign-in history; the owner of an account that has just been locked is told by mail, so that the
/// lock does not have to be announced on the sign-in page to whoever caused it.
/// </summary>
public sealed class SignInAttempts(
    AipSignInManager signIn, UserManager<AipUser> users, AccountThrottle throttle, SecurityEvents events, AipDbContext db, TimeProvider clock,
    IHostEnvironment environment)
{
    /// <summary>In Development, the current code of a demo account waiting for its second step (see <see cref="DemoData.AuthenticatorKey"/>).</summary>
    public async Task<string?> DemoCodeAsync() =>
        environment.IsDevelopment() && await signIn.GetTwoFactorAuthenticationUserAsync() is { } user
            && await users.GetAuthenticatorKeyAsync(user) == DemoData.AuthenticatorKey
            ? Totp.Code(DemoData.AuthenticatorKey, Totp.StepAt(clock.GetUtcNow()))
            : null;

    /// <summary>Takes one attempt on <paramref name="account"/> (an address typed, or an account's id): null when allowed, else the wait.</summary>
    public TimeSpan? Throttle(string account) => throttle.Attempt(account);

    public async Task<SignInAttemptResult> PasswordAsync(string email, string password)
    {
        if (throttle.Attempt(email) is { } wait)
        {
            await events.RecordAsync(null, email, SecurityEvents.Failed, "Too many attempts on this address; refused without checking.");
            return new(SignInOutcome.TooManyAttempts, wait);
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            signIn.RefuseUnknown(password);
            await events.RecordAsync(null, email, SecurityEvents.Failed, "No account has this email address.");
            return new(SignInOutcome.Refused);
        }

        var wasLocked = await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        await RecordAsync(user, result, wasLocked, "Password");
        return SignInAttemptResult.Of(result);
    }

    /// <summary>The second step: a code from the authenticator app, or one of the recovery codes.</summary>
    public async Task<SignInAttemptResult> SecondFactorAsync(string code, bool isRecoveryCode, bool rememberComputer)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return new(SignInOutcome.Refused);
        }

        if (throttle.Attempt(user.Email!) is { } wait)
        {
            await events.RecordAsync(user, user.Email!, SecurityEvents.Failed, "Too many attempts on this account; code refused without checking.");
            return new(SignInOutcome.TooManyAttempts, wait);
        }

        var wasLocked = await users.IsLockedOutAsync(user);
        var cleaned = SetUpSecondFactorFormValidator.Digits(code);
        var result = isRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(cleaned)
            : await signIn.TwoFactorAuthenticatorSignInAsync(cleaned, isPersistent: false, rememberClient: rememberComputer);
        await RecordAsync(user, result, wasLocked, isRecoveryCode ? "Password and a recovery code" : "Password and authenticator app");
        return SignInAttemptResult.Of(result);
    }

    public async Task SignedOutAsync(AipUser user) =>
        await events.RecordAsync(user, user.Email!, SecurityEvents.SignedOut, "Signed out; the session ended.");

    private async Task RecordAsync(AipUser user, SignInResult result, bool wasLocked, string how)
    {
        if (result.Succeeded)
        {
            await events.RecordAsync(user, user.Email!, SecurityEvents.SignedIn, how);
        }
        else if (result.RequiresTwoFactor)
        {
            return;
        }
        else if (result.IsLockedOut && !wasLocked)
        {
            db.OutboxMessages.Add(OutboxMessage.Mail(user.Email!, "Your AIP account is locked for a while", LockedMail(user), clock.GetUtcNow()));
            await events.RecordAsync(user, user.Email!, SecurityEvents.LockedOut, $"Locked after {users.Options.Lockout.MaxFailedAccessAttempts} failed attempts; the owner was told by mail.");
        }
        else
        {
            await events.RecordAsync(user, user.Email!, SecurityEvents.Failed,
                result.IsLockedOut ? "The account is locked." : result.IsNotAllowed ? "The account is deactivated." : $"Wrong {(how == "Password" ? "password" : "code")}.");
        }
    }

    private string LockedMail(AipUser user) =>
        $"""
        Hello {user.DisplayName},

        Your AIP account has been locked for {users.Options.Lockout.DefaultLockoutTimeSpan.TotalMinutes:0} minutes after
        {users.Options.Lockout.MaxFailedAccessAttempts} sign-in attempts with a wrong password or code.

        If these attempts were yours, wait and try again, or choose a new password with "Forgotten your password?"
        on the sign-in page: that lifts the lock at once. If they were not yours, your password held; tell ESE staff.
        """;
}
