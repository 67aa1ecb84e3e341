using Aip.Web.Identity;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Aip.Web.Features.Account;

[Route("account")]
public sealed class AccountController(SignInManager<AipUser> signIn, UserManager<AipUser> users, PasswordLinks passwordLinks) : Controller
{
    private const string WrongCredentials = "The email address or password is not right.";

    [AllowAnonymous]
    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("sign-in")]
    public async Task<IActionResult> SignIn(SignInForm form, [FromServices] IValidator<SignInForm> validator)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View(form);
        }

        // Every failure counts towards lockout (lockoutOnFailure), so guessing is cut off after a few tries.
        var result = await signIn.PasswordSignInAsync(form.Email!.Trim(), form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "This account is locked after too many failed attempts. Try again in 15 minutes, or reset your password."
            : WrongCredentials);
        form.Password = null;
        return View(form);
    }

    [HttpPost("sign-out")]
    public new async Task<IActionResult> SignOut()
    {
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
    public async Task<IActionResult> ForgotPassword(ForgotPasswordForm form, [FromServices] IValidator<ForgotPasswordForm> validator)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View(form);
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
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form, [FromServices] IValidator<ResetPasswordForm> validator)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View(Cleared(form));
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

    /// <summary>Passwords are never echoed back into a form.</summary>
    private static ResetPasswordForm Cleared(ResetPasswordForm form) => new() { UserId = form.UserId, Token = form.Token };
}
