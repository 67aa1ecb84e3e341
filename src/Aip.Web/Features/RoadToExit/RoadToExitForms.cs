using System.ComponentModel.DataAnnotations;
using Aip.Domain.RoadToExit;
using FluentValidation;

namespace Aip.Web.Features.RoadToExit;

/// <summary>Opening a reflection: the day the three views are asked for.</summary>
public sealed class OpenReflectionForm
{
    [Display(Name = "Views due by")]
    public DateOnly? ViewsDueOn { get; set; }
}

public sealed class OpenReflectionFormValidator : AbstractValidator<OpenReflectionForm>
{
    public OpenReflectionFormValidator() =>
        RuleFor(f => f.ViewsDueOn).NotNull().WithMessage("Enter the day the views are due.");
}

/// <summary>One person's view: where the district stands for every sub-area, with a note.</summary>
public sealed class ViewForm
{
    public Guid ConcurrencyToken { get; set; }

    public List<PlacementInput> Placements { get; set; } = [];

    public static ViewForm Of(ContinuumView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            ConcurrencyToken = view.ConcurrencyToken,
            Placements = [.. Continuum.Areas.Select(a => new PlacementInput { Area = a, Stage = view.For(a)?.Stage, Note = view.For(a)?.Note })],
        };
    }

    /// <summary>The form's rows in the appendix's order, one per sub-area, whatever was posted.</summary>
    public ViewForm Complete()
    {
        Placements = [.. Continuum.Areas.Select(a => Placements.FirstOrDefault(p => p.Area == a) ?? new PlacementInput { Area = a })];
        return this;
    }
}

public sealed class PlacementInput
{
    public ContinuumArea Area { get; set; }

    [Display(Name = "Where the district stands")]
    public ContinuumStage? Stage { get; set; }

    [Display(Name = "Note")]
    public string? Note { get; set; }
}

public sealed class ViewFormValidator : AbstractValidator<ViewForm>
{
    public ViewFormValidator() => RuleForEach(f => f.Placements).ChildRules(p =>
    {
        p.RuleFor(x => x.Stage).NotNull().WithMessage(x => $"Choose where the district stands for {x.Area.DisplayName()}.")
            .IsInEnum().WithMessage(x => $"Choose where the district stands for {x.Area.DisplayName()}.");
        p.RuleFor(x => x.Note).MaximumLength(Placement.NoteMaxLength)
            .WithMessage(x => $"The note on {x.Area.DisplayName()} must be {Placement.NoteMaxLength:N0} characters or fewer.");
    });
}

/// <summary>ESE records criterion A for one school year, or corrects it (with the record's concurrency token).</summary>
public sealed class AchievementForm
{
    public Guid? ConcurrencyToken { get; set; }

    [Display(Name = "School year")]
    public int? SchoolYear { get; set; }

    [Display(Name = AchievementRecord.PpiTargetsText)]
    public bool PpiTargetsMet { get; set; }

    [Display(Name = AchievementRecord.LowestTenPercentText)]
    public bool OutOfLowestTenPercent { get; set; }

    [Display(Name = "The data")]
    public string? Data { get; set; }

    public static AchievementForm Of(AchievementRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new()
        {
            ConcurrencyToken = record.ConcurrencyToken, SchoolYear = record.SchoolYear, PpiTargetsMet = record.PpiTargetsMet,
            OutOfLowestTenPercent = record.OutOfLowestTenPercent, Data = record.Data,
        };
    }
}

public sealed class AchievementFormValidator : AbstractValidator<AchievementForm>
{
    public AchievementFormValidator()
    {
        RuleFor(f => f.SchoolYear).NotNull().WithMessage("Choose the school year.");
        RuleFor(f => f.Data).NotEmpty().WithMessage("Enter the data the judgement rests on (PPI for the aggregate and high-needs groups, the district's percentile).")
            .MaximumLength(AchievementRecord.DataMaxLength).WithMessage($"The data must be {AchievementRecord.DataMaxLength:N0} characters or fewer.");
    }
}

/// <summary>ESE cites a source, chosen from the district's lists, for one of criteria B–E.</summary>
public sealed class ExitEvidenceForm
{
    [Display(Name = "Criterion")]
    public ExitCriterion? Criterion { get; set; }

    /// <summary>The <see cref="ExitSource.Key"/> of the source chosen.</summary>
    [Display(Name = "Source")]
    public string? Source { get; set; }

    [Display(Name = "What it shows")]
    public string? Note { get; set; }
}

public sealed class ExitEvidenceFormValidator : AbstractValidator<ExitEvidenceForm>
{
    public ExitEvidenceFormValidator()
    {
        RuleFor(f => f.Criterion).NotNull().WithMessage("Choose the criterion, B to E.")
            .Must(c => c is null || Continuum.ReflectedCriteria.Contains(c.Value)).WithMessage("Choose the criterion, B to E.");
        RuleFor(f => f.Source).NotEmpty().WithMessage("Choose the report, Minutes or evidence item you cite.");
        RuleFor(f => f.Note).NotEmpty().WithMessage("Say what the source shows for the criterion.")
            .MaximumLength(ExitEvidence.NoteMaxLength).WithMessage($"What it shows must be {ExitEvidence.NoteMaxLength:N0} characters or fewer.");
    }
}
