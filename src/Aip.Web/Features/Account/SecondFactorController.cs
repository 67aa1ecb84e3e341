using Aip.Domain.People;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace Aip.Web.Features.Account;

public sealed record SecondFactorStatus(bool IsRequired, int RecoveryCodesLeft);

/// <summary>
/// A person's own second factor: setting up an authenticator app (QR code or key, then a first code), new recovery codes,
/// turning it off where the role allows. Reachable before a required second factor is set up (<see cref="SecondFactorGate"/>).
/// </summary>
[Route("account/second-factor")]
[AllowWithoutSecondFactor]
public sealed class SecondFactorController(UserManager<AipUser> users, SignInManager<AipUser> signIn) : Controller
{
    private const int RecoveryCodeCount = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? returnUrl)
    {
        var user = await CurrentUserAsync();
        return user.TwoFactorEnabled
            ? View("SecondFactorStatus", new SecondFactorStatus(user.Role.NeedsSecondFactor(), await users.CountRecoveryCodesAsync(user)))
            : View("SecondFactorSetUp", await SetupAsync(user, new SetUpSecondFactorForm { ReturnUrl = returnUrl }));
    }

    [HttpPost("")]
    public async Task<IActionResult> SetUp(SetUpSecondFactorForm form, [FromServices] IValidator<SetUpSecondFactorForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await CurrentUserAsync();
        if (user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        if (await validator.ValidateIntoAsync(form, ModelState)
            && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, SetUpSecondFactorFormValidator.Digits(form.Code)))
        {
            ModelState.AddModelError(nameof(form.Code), "That code is not right. Check that the app's clock is right and enter the code it shows now.");
        }

        if (!ModelState.IsValid)
        {
            form.Code = null;
            return View("SecondFactorSetUp", await SetupAsync(user, form));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        // The new security stamp ended the session; this one goes on, now with its second factor.
        await signIn.RefreshSignInAsync(user);
        ViewData["ReturnUrl"] = Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/";
        return View("RecoveryCodes", codes.ToList());
    }

    [HttpPost("recovery-codes")]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        ViewData["ReturnUrl"] = "/";
        return View("RecoveryCodes", codes.ToList());
    }

    [HttpPost("turn-off")]
    public async Task<IActionResult> TurnOff()
    {
        var user = await CurrentUserAsync();
        if (user.Role.NeedsSecondFactor())
        {
            TempData["Message"] = $"As {user.Role.DisplayName()} you must use a second factor; ESE staff can reset it if you lose your app.";
            return RedirectToAction(nameof(Index));
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "Your account no longer asks for a code. You can set an authenticator app up again at any time.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<AipUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");

    private async Task<SetUpSecondFactorForm> SetupAsync(AipUser user, SetUpSecondFactorForm form)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // A new key rotates the security stamp, which ends the session: carry this one on.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
        }

        var uri = $"otpauth://totp/{Uri.EscapeDataString("AIP:" + user.Email)}?secret={key}&issuer=AIP&digits=6&period=30";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        var dataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
        form.Key = string.Join(' ', key.Chunk(4).Select(c => new string(c)));
        form.QrCodeDataUri = dataUri;
        form.IsRequired = user.Role.NeedsSecondFactor();
        return form;
    }
}
