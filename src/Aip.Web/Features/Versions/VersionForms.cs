using System.ComponentModel.DataAnnotations;
using Aip.Domain.Versions;
using FluentValidation;

namespace Aip.Web.Features.Versions;

/// <summary>Opening or finishing an amendment: its reason, as Minutes section 5 records it.</summary>
public sealed class AmendmentForm
{
    [Display(Name = "Reason for the amendment")]
    public string? Reason { get; set; }

    public Guid ConcurrencyToken { get; set; }
}

public sealed class AmendmentFormValidator : AbstractValidator<AmendmentForm>
{
    public AmendmentFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Say what changes and why.")
            .MaximumLength(Amendment.ReasonMaxLength).WithMessage($"The reason must be {Amendment.ReasonMaxLength:N0} characters or fewer.");
    }
}

/// <summary>ESE's decision on an amendment that waits for approval; a note is needed to send it back.</summary>
public sealed class AmendmentDecisionForm
{
    /// <summary>The button pressed.</summary>
    public AmendmentOutcome? Decision { get; set; }

    [Display(Name = "Why it is sent back")]
    public string? Note { get; set; }

    public Guid ConcurrencyToken { get; set; }
}

public sealed class AmendmentDecisionFormValidator : AbstractValidator<AmendmentDecisionForm>
{
    public AmendmentDecisionFormValidator()
    {
        RuleFor(f => f.Decision).NotNull().IsInEnum().WithMessage("Approve the amendment or send it back.");
        RuleFor(f => f.Note).NotEmpty().When(f => f.Decision == AmendmentOutcome.SendBack)
            .WithMessage("Say why it is sent back, so the district knows what to change.");
        RuleFor(f => f.Note).MaximumLength(Amendment.NoteMaxLength)
            .WithMessage($"The note must be {Amendment.NoteMaxLength:N0} characters or fewer.");
    }
}
