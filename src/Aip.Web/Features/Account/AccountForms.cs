using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Aip.Web.Features.Account;

public sealed class SignInForm
{
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [Display(Name = "Password")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class SignInFormValidator : AbstractValidator<SignInForm>
{
    public SignInFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your email address.");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password.");
    }
}

/// <summary>The two fields of every form where a person chooses a password.</summary>
public abstract class NewPasswordForm
{
    [Display(Name = "New password")]
    [DataType(DataType.Password)]
    public string? NewPassword { get; set; }

    [Display(Name = "Confirm new password")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }
}

public sealed class ChangePasswordForm : NewPasswordForm
{
    [Display(Name = "Current password")]
    [DataType(DataType.Password)]
    public string? CurrentPassword { get; set; }
}

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator()
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
        this.AddNewPasswordRules();
    }
}

public sealed class ForgotPasswordForm
{
    [Display(Name = "Email address")]
    public string? Email { get; set; }
}

public sealed class ForgotPasswordFormValidator : AbstractValidator<ForgotPasswordForm>
{
    public ForgotPasswordFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your email address.")
            .EmailAddress().WithMessage("Enter an email address like name@example.org.");
    }
}

public sealed class ResetPasswordForm : NewPasswordForm
{
    public Guid UserId { get; set; }

    public string? Token { get; set; }
}

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator() => this.AddNewPasswordRules();
}

internal static class PasswordRules
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 256;

    /// <summary>Length, not composition: at least 12 characters (NIST SP 800-63B), typed twice alike.</summary>
    public static void AddNewPasswordRules<T>(this AbstractValidator<T> validator)
        where T : NewPasswordForm
    {
        validator.RuleFor(f => f.NewPassword).NotEmpty().WithMessage("Enter a new password.")
            .MinimumLength(MinimumLength).WithMessage($"The password must be at least {MinimumLength} characters long.")
            .MaximumLength(MaximumLength).WithMessage($"The password must be {MaximumLength} characters or fewer.");
        validator.RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage("The two passwords do not match.");
    }
}

/// <summary>The second step of signing in: the authenticator app's code, or a recovery code.</summary>
public sealed class SecondFactorForm
{
    [Display(Name = "Code from your authenticator app")]
    public string? Code { get; set; }

    public bool IsRecoveryCode { get; set; }

    [Display(Name = "Do not ask for a code on this computer for two weeks")]
    public bool RememberComputer { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class SecondFactorFormValidator : AbstractValidator<SecondFactorForm>
{
    public SecondFactorFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().When(f => f.IsRecoveryCode).WithMessage("Enter one of your recovery codes.");
        RuleFor(f => f.Code).NotEmpty().When(f => !f.IsRecoveryCode).WithMessage("Enter the 6-digit code your app shows.");
        RuleFor(f => f.Code).Must(SetUpSecondFactorFormValidator.IsSixDigits).When(f => !f.IsRecoveryCode && !string.IsNullOrWhiteSpace(f.Code))
            .WithMessage("The code is the 6 digits your app shows now.");
    }
}

/// <summary>Setting up an authenticator app: the first code it shows proves it was added.</summary>
public sealed class SetUpSecondFactorForm
{
    [Display(Name = "Code your app shows now")]
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>
    /// The key being set up, encrypted for this account and for 30 minutes: it is the account's key only once a code of
    /// it has been entered, so a key someone else saw on this page earlier is never the one in use.
    /// </summary>
    public string? PendingKey { get; set; }

    /// <summary>The key, in groups of four, for typing into the app.</summary>
    [BindNever]
    public string Key { get; set; } = string.Empty;

    /// <summary>The otpauth: address of the key as a QR code (an SVG data URI).</summary>
    [BindNever]
    public string QrCodeDataUri { get; set; } = string.Empty;

    [BindNever]
    public bool IsRequired { get; set; }
}

public sealed class SetUpSecondFactorFormValidator : AbstractValidator<SetUpSecondFactorForm>
{
    public SetUpSecondFactorFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter the 6-digit code your app shows.")
            .Must(IsSixDigits).WithMessage("The code is the 6 digits your app shows now.");
    }

    public static bool IsSixDigits(string? code) => Digits(code) is { Length: 6 } digits && digits.All(char.IsAsciiDigit);

    /// <summary>A code as typed, without the spaces some apps show in the middle (a recovery code keeps its dash).</summary>
    public static string Digits(string? code) => string.Concat((code ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));
}
