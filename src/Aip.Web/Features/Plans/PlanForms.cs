using System.ComponentModel.DataAnnotations;
using Aip.Domain.Plans;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Aip.Web.Features.Plans;

public sealed class PlanDetailsForm
{
    [Display(Name = "Plan title")]
    public string? Title { get; set; }

    [Display(Name = "First school year (e.g. 2026 for 2026–27)")]
    public int? FirstSchoolYear { get; set; }

    [Display(Name = "Last school year")]
    public int? LastSchoolYear { get; set; }

    public Guid ConcurrencyToken { get; set; }

    [BindNever]
    public string DistrictName { get; set; } = string.Empty;

    public static PlanDetailsForm From(Plan plan) => new()
    {
        Title = plan.Title,
        FirstSchoolYear = plan.FirstSchoolYear,
        LastSchoolYear = plan.LastSchoolYear,
        ConcurrencyToken = plan.ConcurrencyToken,
    };
}

public sealed class PlanDetailsFormValidator : AbstractValidator<PlanDetailsForm>
{
    public PlanDetailsFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Enter the plan title.")
            .MaximumLength(Plan.TitleMaxLength).WithMessage($"The plan title must be {Plan.TitleMaxLength} characters or fewer.");
        RuleFor(f => f.FirstSchoolYear).NotNull().WithMessage("Enter the first school year, e.g. 2026.")
            .InclusiveBetween(PlanPeriod.EarliestSchoolYear, PlanPeriod.LatestSchoolYear)
            .WithMessage($"Enter a year between {PlanPeriod.EarliestSchoolYear} and {PlanPeriod.LatestSchoolYear}.");
        RuleFor(f => f.LastSchoolYear).NotNull().WithMessage("Enter the last school year, e.g. 2027.")
            .InclusiveBetween(PlanPeriod.EarliestSchoolYear, PlanPeriod.LatestSchoolYear)
            .WithMessage($"Enter a year between {PlanPeriod.EarliestSchoolYear} and {PlanPeriod.LatestSchoolYear}.");
        RuleFor(f => f.LastSchoolYear)
            .Must((form, last) => last >= form.FirstSchoolYear && last - form.FirstSchoolYear < PlanPeriod.MaxSchoolYears)
            .WithMessage($"The last school year must be the first or up to {PlanPeriod.MaxSchoolYears - 1} years after it.")
            .When(f => f.FirstSchoolYear is not null && f.LastSchoolYear is not null);
    }
}

public sealed class Section1Form
{
    [Display(Name = "Explanation of key issues")]
    public string? KeyIssues { get; set; }

    [Display(Name = "Theory of action")]
    public string? TheoryOfAction { get; set; }

    [Display(Name = "Why these strategic objectives")]
    public string? WhyTheseObjectives { get; set; }

    public Guid ConcurrencyToken { get; set; }

    [BindNever]
    public string PlanTitle { get; set; } = string.Empty;

    public static Section1Form From(Plan plan) => new()
    {
        KeyIssues = plan.KeyIssues,
        TheoryOfAction = plan.TheoryOfAction,
        WhyTheseObjectives = plan.WhyTheseObjectives,
        ConcurrencyToken = plan.ConcurrencyToken,
        PlanTitle = plan.Title,
    };
}

public sealed class Section1FormValidator : AbstractValidator<Section1Form>
{
    public Section1FormValidator()
    {
        // Over 1,000 words is allowed while drafting (the readiness check blocks submission); a runaway paste is not.
        RuleFor(f => f.KeyIssues).MaximumLength(Plan.KeyIssuesMaxLength)
            .WithMessage($"The explanation of key issues must be {Plan.KeyIssuesMaxLength:N0} characters or fewer (the summary statement itself is limited to {Plan.KeyIssuesWordLimit:N0} words).");
        RuleFor(f => f.TheoryOfAction).MaximumLength(Plan.TheoryOfActionMaxLength)
            .WithMessage($"The theory of action must be {Plan.TheoryOfActionMaxLength:N0} characters or fewer.");
        RuleFor(f => f.WhyTheseObjectives).MaximumLength(Plan.WhyTheseObjectivesMaxLength)
            .WithMessage($"This explanation must be {Plan.WhyTheseObjectivesMaxLength:N0} characters or fewer.");
    }
}
