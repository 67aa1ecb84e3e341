using Aip.Domain.People;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.DataProtection;
using QRCoder;

namespace Aip.Web.Features.Account;

public sealed record SecondFactorStatus(bool IsRequired, int RecoveryCodesLeft);

/// <summary>
/// A person's own second factor: setting up an authenticator app (QR code or key, then a first code), new recovery codes,
/// turning it off where the role allows. Reachable before a required second factor is set up (<see cref="SecondFactorGate"/>).
/// </summary>
[Route("account/second-factor")]
[AllowWithoutSecondFactor]
public sealed class SecondFactorController(
    UserManager<AipUser> users, SignInManager<AipUser> signIn, IDataProtectionProvider protection, TimeProvider clock) : Controller
{
    private const int RecoveryCodeCount = 10;
    private static readonly TimeSpan SetUpTime = TimeSpan.FromMinutes(30);

    [HttpGet("")]
    public async Task<IActionResult> Index(string? returnUrl)
    {
        var user = await CurrentUserAsync();
        return user.TwoFactorEnabled
            ? View("SecondFactorStatus", new SecondFactorStatus(user.Role.NeedsSecondFactor(), await users.CountRecoveryCodesAsync(user)))
            : View("SecondFactorSetUp", Setup(user, new SetUpSecondFactorForm { ReturnUrl = returnUrl }, key: null));
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

        var key = PendingKey(user, form.PendingKey);
        var step = key is null ? null : OneTimeAuthenticatorTokenProvider.MatchingStep(key, SetUpSecondFactorFormValidator.Digits(form.Code), clock.GetUtcNow());
        if (await validator.ValidateIntoAsync(form, ModelState) && step is null)
        {
            ModelState.AddModelError(nameof(form.Code), key is null
                ? "The set-up took longer than 30 minutes. Add the new key below to your app and enter its code."
                : "That code is not right. Check that the app's clock is right and enter the code it shows now.");
        }

        if (!ModelState.IsValid || key is null || step is null)
        {
            form.Code = null;
            return View("SecondFactorSetUp", Setup(user, form, key));
        }

        // The key becomes the account's only now, with its first code already used.
        await users.SetAuthenticationTokenAsync(user, AuthenticatorKeyStore.Provider, AuthenticatorKeyStore.Name, key);
        await OneTimeAuthenticatorTokenProvider.UseAsync(users, user, step.Value);
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
        await users.RemoveAuthenticationTokenAsync(user, AuthenticatorKeyStore.Provider, AuthenticatorKeyStore.Name);
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "Your account no longer asks for a code. You can set an authenticator app up again at any time.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The key a set-up page showed this account within the last 30 minutes, or null.</summary>
    private string? PendingKey(AipUser user, string? protectedKey)
    {
        try
        {
            return string.IsNullOrEmpty(protectedKey) ? null : Protector(user).Unprotect(protectedKey);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector(AipUser user) =>
        protection.CreateProtector("Aip.SecondFactor.SetUp", user.Id.ToString()).ToTimeLimitedDataProtector();

    private async Task<AipUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");

    /// <summary>The set-up page for <paramref name="key"/>, or for a new key (never stored until its first code is entered).</summary>
    private SetUpSecondFactorForm Setup(AipUser user, SetUpSecondFactorForm form, string? key)
    {
        key ??= users.GenerateNewAuthenticatorKey();
        form.PendingKey = Protector(user).Protect(key, SetUpTime);
        // The page shows this key, not one a post carried.
        ModelState.Remove(nameof(form.PendingKey));
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
