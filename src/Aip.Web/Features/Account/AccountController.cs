using Aip.Web.Identity;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Aip.Web.Features.Account;

[Route("account")]
[AllowWithoutSecondFactor]
public sealed class AccountController(SignInManager<AipUser> signIn, UserManager<AipUser> users, PasswordLinks passwordLinks, SignInAttempts attempts)
    : Controller
{
    /// <summary>One answer for every refusal, so that the page tells a stranger nothing about the account (the owner of a
    /// locked account is told by mail).</summary>
    public const string Refused =
        "The email address or password is not right, or the account is locked after too many failed attempts. " +
        "Forgotten your password? Reset it below: that also lifts a lock.";

    [AllowAnonymous]
    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("sign-in")]
    [EnableRateLimiting(AccountRateLimits.Policy)]
    public async Task<IActionResult> SignIn(SignInForm form, [FromServices] IValidator<SignInForm> validator)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View(form);
        }

        // Every failure counts towards lockout, so guessing is cut off after a few tries.
        var result = await attempts.PasswordAsync(form.Email!.Trim(), form.Password!);
        form.Password = null;
        return result.Outcome switch
        {
            SignInOutcome.SignedIn => LocalRedirect(LocalOrHome(form.ReturnUrl)),
            SignInOutcome.NeedsSecondFactor => RedirectToAction(nameof(SecondFactor), new { returnUrl = form.ReturnUrl }),
            SignInOutcome.TooManyAttempts => TooManyAttempts(result.RetryAfter),
            _ => Refusal(form),
        };
    }

    [AllowAnonymous]
    [HttpGet("sign-in/code")]
    public async Task<IActionResult> SecondFactor(string? returnUrl, bool recovery = false)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return SignInAgain(returnUrl);
        }

        ViewData["DemoCode"] = await attempts.DemoCodeAsync();
        return View(new SecondFactorForm { ReturnUrl = returnUrl, IsRecoveryCode = recovery });
    }

    [AllowAnonymous]
    [HttpPost("sign-in/code")]
    [EnableRateLimiting(AccountRateLimits.Policy)]
    public async Task<IActionResult> SecondFactor(SecondFactorForm form, [FromServices] IValidator<SecondFactorForm> validator)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View(form);
        }

        var result = await attempts.SecondFactorAsync(form.Code!, form.IsRecoveryCode, form.RememberComputer);
        form.Code = null;
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(LocalOrHome(form.ReturnUrl));
            case SignInOutcome.TooManyAttempts:
                return TooManyAttempts(result.RetryAfter);
            case SignInOutcome.Refused when await signIn.GetTwoFactorAuthenticationUserAsync() is null:
                return SignInAgain(form.ReturnUrl);
            default:
                ModelState.AddModelError(nameof(form.Code), form.IsRecoveryCode
                    ? "That recovery code is not right or has been used."
                    : "That code is not right. Enter the code your app shows now (each code works once).");
                return View(form);
        }
    }

    [HttpPost("sign-out")]
    public new async Task<IActionResult> SignOut()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await attempts.SignedOutAsync(user);
        }

        // Deletes the server-side session: a copy of the cookie no longer signs anyone in.
        await signIn.SignOutAsync();
        TempData["Message"] = "You have signed out.";
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet("change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, [FromServices] IValidator<ChangePasswordForm> validator)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View(new ChangePasswordForm());
        }

        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.CurrentPassword) : nameof(form.NewPassword),
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "The current password is not right." : error.Description);
            }

            return View(new ChangePasswordForm());
        }

        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "Your password has been changed.";
        return Redirect("/");
    }

    [AllowAnonymous]
    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordForm());

    [AllowAnonymous]
    [HttpPost("forgot-password")]
    [EnableRateLimiting(AccountRateLimits.Policy)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordForm form, [FromServices] IValidator<ForgotPasswordForm> validator)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View(form);
        }

        // Per address typed too, so that nobody floods a person with reset mail from many networks.
        if (attempts.Throttle(form.Email!) is { } wait)
        {
            return TooManyAttempts(wait);
        }

        // The answer is the same whether or not the address has an account, so nobody can probe for accounts.
        var user = await users.FindByEmailAsync(form.Email!.Trim());
        if (user is { IsActive: true })
        {
            await passwordLinks.SendResetAsync(user);
        }

        return View("ForgotPasswordSent", form.Email.Trim());
    }

    [AllowAnonymous]
    [HttpGet("reset-password")]
    public IActionResult ResetPassword(Guid userId, string? token) =>
        userId == Guid.Empty || string.IsNullOrEmpty(token)
            ? View("ResetLinkInvalid")
            : View(new ResetPasswordForm { UserId = userId, Token = token });

    [AllowAnonymous]
    [HttpPost("reset-password")]
    [EnableRateLimiting(AccountRateLimits.Policy)]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form, [FromServices] IValidator<ResetPasswordForm> validator)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View(Cleared(form));
        }

        if (attempts.Throttle(form.UserId.ToString()) is { } wait)
        {
            return TooManyAttempts(wait);
        }

        var user = await users.FindByIdAsync(form.UserId.ToString());
        if (user is not { IsActive: true })
        {
            return View("ResetLinkInvalid");
        }

        var result = await users.ResetPasswordAsync(user, form.Token ?? string.Empty, form.NewPassword!);
        if (!result.Succeeded)
        {
            return ResetRefused(form, result);
        }

        await AfterPasswordChosenByLinkAsync(user);
        TempData["Message"] = "Your password is set. Sign in with it now.";
        return RedirectToAction(nameof(SignIn));
    }

    /// <summary>A link that is no longer valid gets its own page; a password Identity refuses, a message by its field.</summary>
    private ViewResult ResetRefused(ResetPasswordForm form, IdentityResult result)
    {
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            return View("ResetLinkInvalid");
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(nameof(form.NewPassword), error.Description);
        }

        return View(Cleared(form));
    }

    /// <summary>Choosing a password by a mailed link lifts a lockout and proves the address.</summary>
    private async Task AfterPasswordChosenByLinkAsync(AipUser user)
    {
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
    }

    /// <summary>The code step without a password step before it (or after it expired, in 5 minutes): start again.</summary>
    private ViewResult SignInAgain(string? returnUrl)
    {
        ModelState.AddModelError(string.Empty, "Sign in with your email address and password first: the code is asked for after them, within 5 minutes.");
        return View(nameof(SignIn), new SignInForm { ReturnUrl = returnUrl });
    }

    private ViewResult Refusal(SignInForm form)
    {
        ModelState.AddModelError(string.Empty, Refused);
        return View(nameof(SignIn), form);
    }

    /// <summary>429 with Retry-After; the status-code page says how long to wait.</summary>
    private StatusCodeResult TooManyAttempts(TimeSpan? retryAfter)
    {
        AccountRateLimits.TooManyAttempts(Response, retryAfter ?? TimeSpan.FromMinutes(1));
        return StatusCode(StatusCodes.Status429TooManyRequests);
    }

    private string LocalOrHome(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    /// <summary>Passwords are never echoed back into a form.</summary>
    private static ResetPasswordForm Cleared(ResetPasswordForm form) => new() { UserId = form.UserId, Token = form.Token };
}
