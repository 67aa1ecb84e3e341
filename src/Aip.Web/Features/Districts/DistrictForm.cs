using System.ComponentModel.DataAnnotations;
using Aip.Domain.Districts;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Aip.Web.Features.Districts;

public sealed class DistrictForm
{
    [Display(Name = "District name")]
    public string? Name { get; set; }

    [Display(Name = "District code")]
    public string? Code { get; set; }

    [Display(Name = "Accountability level")]
    public int? Level { get; set; } = 4;

    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    [Display(Name = "Amendments of the approved plan need ESE approval")]
    public bool AmendmentsNeedEseApproval { get; set; }

    [Display(Name = "Plan due (optional)")]
    public DateOnly? PlanDueOn { get; set; }

    /// <summary>The version the editor started from; a save against a newer version is refused.</summary>
    public Guid ConcurrencyToken { get; set; }

    /// <summary>The saved name, for the page heading while editing; null when adding.</summary>
    [BindNever]
    public string? CurrentName { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> Levels { get; set; } = [];

    public static DistrictForm From(District district) => new()
    {
        Name = district.Name,
        Code = district.Code,
        Level = district.Level.Value,
        Notes = district.Notes,
        AmendmentsNeedEseApproval = district.AmendmentsNeedEseApproval,
        PlanDueOn = district.PlanDueOn,
        ConcurrencyToken = district.ConcurrencyToken,
    };
}

public sealed class DistrictFormValidator : AbstractValidator<DistrictForm>
{
    public DistrictFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the district name.")
            .MaximumLength(District.NameMaxLength).WithMessage($"The district name must be {District.NameMaxLength} characters or fewer.");
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter the district code.")
            .MaximumLength(District.CodeMaxLength).WithMessage($"The district code must be {District.CodeMaxLength} characters or fewer.")
            .Matches("^[A-Za-z0-9-]+$").WithMessage("The district code may contain only letters, digits and hyphens.");
        RuleFor(f => f.Level).NotNull().WithMessage("Choose the accountability level.")
            .InclusiveBetween(AccountabilityLevel.Lowest, AccountabilityLevel.Highest)
            .WithMessage($"The accountability level must be between {AccountabilityLevel.Lowest} and {AccountabilityLevel.Highest}.");
        RuleFor(f => f.Notes).MaximumLength(District.NotesMaxLength).WithMessage($"The notes must be {District.NotesMaxLength} characters or fewer.");
    }
}
