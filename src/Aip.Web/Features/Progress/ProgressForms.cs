using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Domain.Progress;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Aip.Web.Features.Progress;

/// <summary>A result against one dated target: the target is chosen from the plan's benchmarks ("benchmark id|date").</summary>
public sealed class ResultForm
{
    public Guid? ConcurrencyToken { get; set; }

    /// <summary>The discussion whose Minutes the person came from, to go back to.</summary>
    public Guid? Discussion { get; set; }

    [Display(Name = "Benchmark and dated target")]
    public string? Target { get; set; }

    [Display(Name = "Result")]
    public string? Value { get; set; }

    [Display(Name = "Date measured")]
    public DateOnly? MeasuredOn { get; set; }

    [Display(Name = "Source (optional)")]
    public string? Source { get; set; }

    [Display(Name = "Note (optional)")]
    public string? Note { get; set; }

    [Display(Name = "Did it meet the target?")]
    public string? Met { get; set; }

    /// <summary>Set by the controller from the chosen target, so the rules below know what to ask for.</summary>
    [BindNever]
    public MeasureKind Kind { get; set; } = MeasureKind.Percentage;

    [BindNever]
    public DateOnly Today { get; set; }

    public static string TargetKey(Guid benchmarkId, DateOnly date) => $"{benchmarkId}|{date:yyyy-MM-dd}";

    public (Guid BenchmarkId, DateOnly Date)? ParsedTarget() =>
        Target?.Split('|') is [var id, var day] && Guid.TryParse(id, out var benchmarkId)
            && DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (benchmarkId, date)
            : null;

    public bool? MetValue => Met switch { "yes" => true, "no" => false, _ => null };
}

public sealed class ResultFormValidator : AbstractValidator<ResultForm>
{
    public ResultFormValidator()
    {
        RuleFor(f => f.Target).NotEmpty().WithMessage("Choose the dated target this result answers.");
        RuleFor(f => f.Value).NotEmpty().WithMessage("Enter the result.")
            .MaximumLength(BenchmarkResult.ValueMaxLength).WithMessage($"The result must be {BenchmarkResult.ValueMaxLength} characters or fewer.");
        RuleFor(f => f.Value).Must(v => Measures.Number(v) is not null).When(f => f.Kind != MeasureKind.Text && !string.IsNullOrWhiteSpace(f.Value))
            .WithMessage("The target is a number: enter the result as one number, for example 72%.");
        RuleFor(f => f.MeasuredOn).NotEmpty().WithMessage("Enter the date it was measured.")
            .Must((f, d) => d <= f.Today).When(f => f.MeasuredOn is not null).WithMessage("The date measured cannot be after today.");
        RuleFor(f => f.Met).Must(m => m is "yes" or "no").When(f => f.Kind == MeasureKind.Text)
            .WithMessage("Say whether the result met the target: it is not a number to compare.");
        RuleFor(f => f.Source).MaximumLength(BenchmarkResult.SourceMaxLength).WithMessage($"The source must be {BenchmarkResult.SourceMaxLength} characters or fewer.");
        RuleFor(f => f.Note).MaximumLength(BenchmarkResult.NoteMaxLength).WithMessage($"The note must be {BenchmarkResult.NoteMaxLength:N0} characters or fewer.");
    }
}

public sealed class BaselineForm
{
    public Guid? ConcurrencyToken { get; set; }

    [Display(Name = "Baseline")]
    public string? Value { get; set; }

    [Display(Name = "Date of the baseline")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Which way is better?")]
    public MeasureDirection? Direction { get; set; }

    [BindNever]
    public MeasureKind Kind { get; set; } = MeasureKind.Percentage;

    [BindNever]
    public DateOnly Today { get; set; }
}

public sealed class BaselineFormValidator : AbstractValidator<BaselineForm>
{
    public BaselineFormValidator()
    {
        RuleFor(f => f.Value).NotEmpty().WithMessage("Enter the baseline.")
            .MaximumLength(BenchmarkBaseline.ValueMaxLength).WithMessage($"The baseline must be {BenchmarkBaseline.ValueMaxLength} characters or fewer.");
        RuleFor(f => f.Value).Must(v => Measures.Number(v) is not null).When(f => f.Kind != MeasureKind.Text && !string.IsNullOrWhiteSpace(f.Value))
            .WithMessage("The targets are numbers: enter the baseline as one number, for example 42%.");
        RuleFor(f => f.Date).NotEmpty().WithMessage("Enter the date of the baseline.")
            .Must((f, d) => d <= f.Today).When(f => f.Date is not null).WithMessage("The date of the baseline cannot be after today.");
        RuleFor(f => f.Direction).IsInEnum().WithMessage("Choose whether higher or lower is better.");
    }
}

public sealed class ActivityStatusForm
{
    public Guid? ConcurrencyToken { get; set; }

    [Display(Name = "Status")]
    public ActivityStatus? Status { get; set; }

    [Display(Name = "Since")]
    public DateOnly? ChangedOn { get; set; }

    [Display(Name = "Note (optional)")]
    public string? Note { get; set; }

    [BindNever]
    public DateOnly Today { get; set; }
}

public sealed class ActivityStatusFormValidator : AbstractValidator<ActivityStatusForm>
{
    public ActivityStatusFormValidator()
    {
        RuleFor(f => f.Status).NotEmpty().WithMessage("Choose where the activity stands.").IsInEnum().WithMessage("Choose where the activity stands.");
        RuleFor(f => f.ChangedOn).NotEmpty().WithMessage("Enter the date the status changed.")
            .Must((f, d) => d <= f.Today).When(f => f.ChangedOn is not null).WithMessage("The date of the change cannot be after today.");
        RuleFor(f => f.Note).MaximumLength(ActivityProgress.NoteMaxLength).WithMessage($"The note must be {ActivityProgress.NoteMaxLength:N0} characters or fewer.");
    }
}

public sealed class OutcomeActualForm
{
    public Guid? ConcurrencyToken { get; set; }

    [Display(Name = "School year")]
    public int? SchoolYear { get; set; }

    [Display(Name = "Actual")]
    public string? Value { get; set; }

    [Display(Name = "Note (optional)")]
    public string? Note { get; set; }

    [BindNever]
    public (int First, int Last) Years { get; set; }
}

public sealed class OutcomeActualFormValidator : AbstractValidator<OutcomeActualForm>
{
    public OutcomeActualFormValidator()
    {
        RuleFor(f => f.SchoolYear).NotEmpty().WithMessage("Choose the school year.")
            .Must((f, y) => y >= f.Years.First && y <= f.Years.Last).When(f => f.SchoolYear is not null).WithMessage("Choose a school year of the plan.");
        RuleFor(f => f.Value).NotEmpty().WithMessage("Enter the actual.")
            .MaximumLength(OutcomeActual.ValueMaxLength).WithMessage($"The actual must be {OutcomeActual.ValueMaxLength} characters or fewer.");
        RuleFor(f => f.Note).MaximumLength(OutcomeActual.NoteMaxLength).WithMessage($"The note must be {OutcomeActual.NoteMaxLength:N0} characters or fewer.");
    }
}

internal static class ProgressDates
{
    public static DateOnly Today(this TimeProvider clock) => Dates.Day(clock.GetUtcNow());
}
