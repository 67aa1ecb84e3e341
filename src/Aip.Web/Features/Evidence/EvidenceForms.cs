using System.ComponentModel.DataAnnotations;
using Aip.Domain.Monitoring;
using FluentValidation;

namespace Aip.Web.Features.Evidence;

/// <summary>Adding or editing an evidence item: what it is, what it supports, and its files or its link.</summary>
public sealed class EvidenceForm
{
    public Guid? ConcurrencyToken { get; set; }

    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Kind of evidence")]
    public EvidenceKind? Kind { get; set; }

    [Display(Name = "Date collected")]
    public DateOnly? CollectedOn { get; set; }

    [Display(Name = "Description (optional)")]
    public string? Description { get; set; }

    [Display(Name = "Link to where it already lives")]
    public string? Link { get; set; }

    /// <summary>The ids of the initiatives and benchmarks it supports.</summary>
    public List<Guid> Supports { get; set; } = [];

    [Display(Name = "Files")]
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>On edit: the files to remove from the item.</summary>
    public List<Guid> RemoveFiles { get; set; } = [];

    public static EvidenceForm From(EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new()
        {
            ConcurrencyToken = item.ConcurrencyToken,
            Title = item.Title,
            Kind = item.Kind,
            CollectedOn = item.CollectedOn,
            Description = item.Description,
            Link = item.Link,
            Supports = [.. item.Supports],
        };
    }
}

public sealed class EvidenceFormValidator : AbstractValidator<EvidenceForm>
{
    public EvidenceFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Give the evidence a title.")
            .MaximumLength(EvidenceItem.TitleMaxLength).WithMessage($"The title must be {EvidenceItem.TitleMaxLength} characters or fewer.");
        RuleFor(f => f.Kind).NotNull().WithMessage("Choose what kind of evidence this is.").IsInEnum().WithMessage("Choose one of the kinds listed.");
        RuleFor(f => f.CollectedOn).NotNull().WithMessage("Enter the date the evidence was collected.");
        RuleFor(f => f.Description).MaximumLength(EvidenceItem.DescriptionMaxLength)
            .WithMessage($"The description must be {EvidenceItem.DescriptionMaxLength:N0} characters or fewer.");
        RuleFor(f => f.Link).MaximumLength(EvidenceItem.LinkMaxLength).WithMessage($"The link must be {EvidenceItem.LinkMaxLength:N0} characters or fewer.")
            .Must(link => string.IsNullOrWhiteSpace(link) || IsWebAddress(link)).WithMessage("Give the link as a web address starting with https:// or http://.");
    }

    private static bool IsWebAddress(string link)
    {
        try
        {
            return EvidenceItem.CheckedLink(link) is not null;
        }
        catch (Domain.Common.DomainException)
        {
            return false;
        }
    }
}
