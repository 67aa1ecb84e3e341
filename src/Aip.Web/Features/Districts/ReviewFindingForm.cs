using System.ComponentModel.DataAnnotations;
using Aip.Domain.Districts;
using FluentValidation;

namespace Aip.Web.Features.Districts;

/// <summary>ESE records a District Review finding under its standard, or corrects one (with its concurrency token).</summary>
public sealed class ReviewFindingForm
{
    public Guid? ConcurrencyToken { get; set; }

    [Display(Name = "District Standard")]
    public DistrictStandard? Standard { get; set; }

    [Display(Name = "Finding")]
    public string? Finding { get; set; }

    [Display(Name = "Recommendation")]
    public string? Recommendation { get; set; }

    public static ReviewFindingForm Of(ReviewFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new() { ConcurrencyToken = finding.ConcurrencyToken, Standard = finding.Standard, Finding = finding.Finding, Recommendation = finding.Recommendation };
    }
}

public sealed class ReviewFindingFormValidator : AbstractValidator<ReviewFindingForm>
{
    public ReviewFindingFormValidator()
    {
        RuleFor(f => f.Standard).NotNull().WithMessage("Choose the District Standard the finding falls under.")
            .IsInEnum().WithMessage("Choose one of the six District Standards.");
        RuleFor(f => f.Finding).NotEmpty().WithMessage("Enter the finding as the District Review states it.")
            .MaximumLength(ReviewFinding.TextMaxLength).WithMessage($"The finding must be {ReviewFinding.TextMaxLength:N0} characters or fewer.");
        RuleFor(f => f.Recommendation).MaximumLength(ReviewFinding.TextMaxLength)
            .WithMessage($"The recommendation must be {ReviewFinding.TextMaxLength:N0} characters or fewer.");
    }
}
