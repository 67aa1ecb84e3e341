using System.ComponentModel.DataAnnotations;
using Aip.Domain.People;
using Aip.Web.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Aip.Web.Features.Users;

public sealed class UserForm
{
    [Display(Name = "Full name")]
    public string? DisplayName { get; set; }

    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [Display(Name = "Role")]
    public Role? Role { get; set; }

    [Display(Name = "District")]
    public Guid? DistrictId { get; set; }

    /// <summary>Identity's concurrency stamp of the version being edited.</summary>
    public string? ConcurrencyStamp { get; set; }

    [BindNever]
    public string? CurrentName { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> Roles { get; set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> Districts { get; set; } = [];

    public static UserForm From(AipUser user) => new()
    {
        DisplayName = user.DisplayName,
        Email = user.Email,
        Role = user.Role,
        DistrictId = user.DistrictId,
        ConcurrencyStamp = user.ConcurrencyStamp,
    };
}

public sealed class UserFormValidator : AbstractValidator<UserForm>
{
    public const int EmailMaxLength = 256;

    public UserFormValidator()
    {
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("Enter the person's full name.")
            .MaximumLength(AipUser.DisplayNameMaxLength).WithMessage($"The name must be {AipUser.DisplayNameMaxLength} characters or fewer.");
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter the person's email address.")
            .MaximumLength(EmailMaxLength).WithMessage($"The email address must be {EmailMaxLength} characters or fewer.")
            .EmailAddress().WithMessage("Enter an email address like name@example.org.");
        RuleFor(f => f.Role).NotNull().WithMessage("Choose the person's role.")
            .IsInEnum().WithMessage("Choose one of the listed roles.");
        RuleFor(f => f.DistrictId)
            .Must((form, districtId) => Membership.Problem(form.Role!.Value, districtId) is null)
            .WithMessage(form => Membership.Problem(form.Role!.Value, form.DistrictId))
            .When(form => form.Role is { } role && Enum.IsDefined(role));
    }
}
