using System.ComponentModel.DataAnnotations;
using Aip.Domain.Common;
using Aip.Domain.Reporting;
using FluentValidation;

namespace Aip.Web.Features.Reports;

/// <summary>
/// The monitor's draft: the summary, each objective's narrative, each initiative's narrative, two ratings and their evidence,
/// and for the Summative report its own sections.
/// </summary>
public sealed class ReportForm
{
    public Guid? ConcurrencyToken { get; set; }

    [Display(Name = "Narrative summary of overall progress")]
    public string? Summary { get; set; }

    [Display(Name = "Analysis of annual performance data")]
    public string? AnnualPerformance { get; set; }

    [Display(Name = "Where the district stands on the continuum toward exit")]
    public string? ContinuumPosition { get; set; }

    [Display(Name = "Recommendations")]
    public string? Recommendations { get; set; }

    public List<ObjectiveNarrativeForm> Objectives { get; set; } = [];

    public List<InitiativeRatingForm> Initiatives { get; set; } = [];

    public static ReportForm From(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new()
        {
            ConcurrencyToken = report.ConcurrencyToken,
            Summary = report.Summary,
            AnnualPerformance = report.AnnualPerformance,
            ContinuumPosition = report.ContinuumPosition,
            Recommendations = report.Recommendations,
            Objectives = [.. report.Objectives.Select(o => new ObjectiveNarrativeForm { ObjectiveId = o.ObjectiveId, Narrative = o.Narrative })],
            Initiatives = [.. report.RatedInitiatives.Select(i => new InitiativeRatingForm
            {
                InitiativeId = i.InitiativeId,
                Narrative = i.Narrative,
                Process = i.Process,
                Performance = i.Performance,
                ProcessEvidence = [.. i.ProcessEvidence.Select(c => c.Key)],
                PerformanceEvidence = [.. i.PerformanceEvidence.Select(c => c.Key)],
                ChangeNote = i.ChangeNote,
            })],
        };
    }

    /// <summary>The edit for the domain, each cited key looked up in the sources the page offered (anything else is refused).</summary>
    public ReportEdit ToEdit(IReadOnlyDictionary<string, Citation> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        IReadOnlyList<Citation> Cite(IEnumerable<string> keys) =>
            [.. keys.OfType<string>().Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).Select(k => sources.TryGetValue(k, out var c) ? c : throw new DomainException("Cite only the sources listed under each rating."))];

        return new(
            Summary,
            Objectives.GroupBy(o => o.ObjectiveId).ToDictionary(g => g.Key, g => g.First().Narrative),
            Initiatives.GroupBy(i => i.InitiativeId).Select(g => g.First()).ToDictionary(
                i => i.InitiativeId,
                i => new InitiativeEdit(i.Narrative, i.Process, i.Performance, Cite(i.ProcessEvidence), Cite(i.PerformanceEvidence), i.ChangeNote)),
            new AnnualEdit(AnnualPerformance, ContinuumPosition, Recommendations));
    }
}

public sealed class ObjectiveNarrativeForm
{
    public Guid ObjectiveId { get; set; }

    [Display(Name = "Narrative for the objective")]
    public string? Narrative { get; set; }
}

public sealed class InitiativeRatingForm
{
    public Guid InitiativeId { get; set; }

    [Display(Name = "Narrative for the initiative")]
    public string? Narrative { get; set; }

    [Display(Name = "Improvement Process Stages")]
    public ProcessRating? Process { get; set; }

    [Display(Name = "Results to date")]
    public PerformanceRating? Performance { get; set; }

    /// <summary><see cref="Citation.Key"/>s of the sources cited for the process rating.</summary>
    public List<string> ProcessEvidence { get; set; } = [];

    public List<string> PerformanceEvidence { get; set; } = [];

    [Display(Name = "Why the ratings changed since the last report (optional)")]
    public string? ChangeNote { get; set; }
}

public sealed class ReportFormValidator : AbstractValidator<ReportForm>
{
    public ReportFormValidator()
    {
        RuleFor(f => f.Summary).MaximumLength(ProgressReport.SummaryMaxLength)
            .WithMessage($"The summary must be {ProgressReport.SummaryMaxLength:N0} characters or fewer.");
        RuleFor(f => f.AnnualPerformance).MaximumLength(ProgressReport.AnnualSectionMaxLength)
            .WithMessage($"The analysis must be {ProgressReport.AnnualSectionMaxLength:N0} characters or fewer.");
        RuleFor(f => f.ContinuumPosition).MaximumLength(ProgressReport.AnnualSectionMaxLength)
            .WithMessage($"The place on the continuum must be {ProgressReport.AnnualSectionMaxLength:N0} characters or fewer.");
        RuleFor(f => f.Recommendations).MaximumLength(ProgressReport.AnnualSectionMaxLength)
            .WithMessage($"The recommendations must be {ProgressReport.AnnualSectionMaxLength:N0} characters or fewer.");
        RuleForEach(f => f.Objectives).ChildRules(o => o.RuleFor(x => x.Narrative).MaximumLength(ProgressReport.NarrativeMaxLength)
            .WithMessage($"The narrative must be {ProgressReport.NarrativeMaxLength:N0} characters or fewer."));
        RuleForEach(f => f.Initiatives).ChildRules(i =>
        {
            i.RuleFor(x => x.Narrative).MaximumLength(ProgressReport.NarrativeMaxLength)
                .WithMessage($"The narrative must be {ProgressReport.NarrativeMaxLength:N0} characters or fewer.");
            i.RuleFor(x => x.ChangeNote).MaximumLength(ProgressReport.ChangeNoteMaxLength)
                .WithMessage($"The explanation must be {ProgressReport.ChangeNoteMaxLength:N0} characters or fewer.");
            i.RuleFor(x => x.Process).IsInEnum().WithMessage("Choose one of the four Improvement Process Stages.");
            i.RuleFor(x => x.Performance).IsInEnum().WithMessage("Choose one of the four levels of Results to date.");
            i.RuleFor(x => x.ProcessEvidence).Must(e => e.Count <= ProgressReport.MaxCitations)
                .WithMessage($"Cite at most {ProgressReport.MaxCitations} sources.");
            i.RuleFor(x => x.PerformanceEvidence).Must(e => e.Count <= ProgressReport.MaxCitations)
                .WithMessage($"Cite at most {ProgressReport.MaxCitations} sources.");
        });
    }
}

/// <summary>A review comment or a factual correction, pinned to the summary, an objective or an initiative.</summary>
public sealed class ReportCommentForm
{
    /// <summary>"Summary", or "Objective:{id}" / "Initiative:{id}".</summary>
    [Display(Name = "About")]
    public string? Place { get; set; }

    [Display(Name = "Comment")]
    public string? Text { get; set; }

    public static string PlaceOf(ReportPart part, Guid? itemId) => itemId is { } id ? $"{part}:{id}" : part.ToString();

    public (ReportPart Part, Guid? ItemId)? Parsed() =>
        Place?.Split(':', 2) switch
        {
            [var part] when Enum.TryParse<ReportPart>(part, out var p) && Enum.IsDefined(p) && p is not (ReportPart.Objective or ReportPart.Initiative) => (p, null),
            [var part, var id] when Enum.TryParse<ReportPart>(part, out var p) && p is (ReportPart.Objective or ReportPart.Initiative) && Guid.TryParse(id, out var g) => (p, g),
            _ => null,
        };
}

public sealed class ReportCommentFormValidator : AbstractValidator<ReportCommentForm>
{
    public ReportCommentFormValidator()
    {
        RuleFor(f => f.Place).Must(p => new ReportCommentForm { Place = p }.Parsed() is not null)
            .WithMessage("Choose the part of the report the comment is about.");
        RuleFor(f => f.Text).NotEmpty().WithMessage("Write the comment.")
            .MaximumLength(ReportComment.TextMaxLength).WithMessage($"The comment must be {ReportComment.TextMaxLength:N0} characters or fewer.");
    }
}

/// <summary>The monitor's response to one comment or correction: accepted (and made in the draft), or answered.</summary>
public sealed class ReportResponseForm
{
    [Display(Name = "Response")]
    public ReportResponse? Response { get; set; }

    [Display(Name = "Your answer")]
    public string? Text { get; set; }
}

public sealed class ReportResponseFormValidator : AbstractValidator<ReportResponseForm>
{
    public ReportResponseFormValidator()
    {
        RuleFor(f => f.Response).NotNull().WithMessage("Say whether you accept the comment or answer it.")
            .IsInEnum().WithMessage("Say whether you accept the comment or answer it.");
        RuleFor(f => f.Text).NotEmpty().When(f => f.Response == ReportResponse.Answered).WithMessage("Write your answer.")
            .MaximumLength(ReportComment.TextMaxLength).WithMessage($"The answer must be {ReportComment.TextMaxLength:N0} characters or fewer.");
    }
}

/// <summary>The date the published report was discussed with the School Committee.</summary>
public sealed class PresentationForm
{
    [Display(Name = "Date of the School Committee meeting")]
    public DateOnly? On { get; set; }
}

public sealed class PresentationFormValidator : AbstractValidator<PresentationForm>
{
    public PresentationFormValidator() => RuleFor(f => f.On).NotNull().WithMessage("Enter the date of the School Committee meeting.");
}

/// <summary>A dated correction to a published report.</summary>
public sealed class ErratumForm
{
    [Display(Name = "Erratum")]
    public string? Text { get; set; }
}

public sealed class ErratumFormValidator : AbstractValidator<ErratumForm>
{
    public ErratumFormValidator() =>
        RuleFor(f => f.Text).NotEmpty().WithMessage("Write the correction: it is shown, dated, with the published report.")
            .MaximumLength(ProgressReport.ErratumMaxLength).WithMessage($"The erratum must be {ProgressReport.ErratumMaxLength:N0} characters or fewer.");
}

/// <summary>ESE's reporting calendar for a school year: which period is the Summative report's, and the days allowed per step.</summary>
public sealed class CalendarForm
{
    public Guid? ConcurrencyToken { get; set; }

    [Display(Name = "Period of the year's Summative report")]
    public ReportingQuarter? Summative { get; set; }

    [Display(Name = "Draft due (days after the period ends)")]
    public int? DraftDays { get; set; }

    [Display(Name = "Reviews due (days after the draft)")]
    public int? ReviewDays { get; set; }

    [Display(Name = "Factual corrections due (days after the reviews)")]
    public int? FactCheckDays { get; set; }

    public static CalendarForm From(ReportingYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return new()
        {
            ConcurrencyToken = year.ConcurrencyToken, Summative = year.SummativeQuarter,
            DraftDays = year.DraftDays, ReviewDays = year.ReviewDays, FactCheckDays = year.FactCheckDays,
        };
    }
}

public sealed class CalendarFormValidator : AbstractValidator<CalendarForm>
{
    public CalendarFormValidator()
    {
        RuleFor(f => f.Summative).NotNull().WithMessage("Choose the period of the Summative report.").IsInEnum().WithMessage("Choose the period of the Summative report.");
        RuleFor(f => f.DraftDays).NotNull().WithMessage("Enter a number of days.").InclusiveBetween(1, ReportingYear.MaxDays).WithMessage($"Enter a number of days from 1 to {ReportingYear.MaxDays}.");
        RuleFor(f => f.ReviewDays).NotNull().WithMessage("Enter a number of days.").InclusiveBetween(1, ReportingYear.MaxDays).WithMessage($"Enter a number of days from 1 to {ReportingYear.MaxDays}.");
        RuleFor(f => f.FactCheckDays).NotNull().WithMessage("Enter a number of days.").InclusiveBetween(1, ReportingYear.MaxDays).WithMessage($"Enter a number of days from 1 to {ReportingYear.MaxDays}.");
    }
}
