using System.ComponentModel.DataAnnotations;
using FluentValidation;

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
