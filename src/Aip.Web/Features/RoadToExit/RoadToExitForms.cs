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
