using Aip.Domain.Common;

namespace Aip.Domain.Reporting;

public enum ReportStage
{
    /// <summary>The monitor writes.</summary>
    Draft = 1,

    /// <summary>ESE Accountability staff and all other monitors review the draft; the monitor revises.</summary>
    InReview = 2,

    /// <summary>The revised draft is with the Superintendent for factual corrections; the monitor and ESE then publish.</summary>
    FactCheck = 3,

    /// <summary>Published: shared with the Superintendent and the School Committee, and posted publicly. Never changed; corrections are errata.</summary>
    Published = 4,
}

public static class ReportStages
{
    public static string DisplayName(this ReportStage stage) => stage switch
    {
        ReportStage.Draft => "Draft",
        ReportStage.InReview => "Draft in review",
        ReportStage.FactCheck => "With the Superintendent for factual corrections",
        ReportStage.Published => "Published",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>What a cited source is, as a reader of the report names it.</summary>
    public static string DisplayName(this CitationKind kind) => kind switch
    {
        CitationKind.Evidence => "Evidence",
        CitationKind.Minutes => "Highlight Discussion Minutes",
        CitationKind.BenchmarkResult => "Benchmark result",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>What a rating's supporting evidence points at: an item of the evidence library, a discussion's Minutes, a benchmark's result.</summary>
public enum CitationKind
{
    Evidence = 1,
    Minutes = 2,
    BenchmarkResult = 3,
}

/// <summary>
/// One piece of supporting evidence for a rating: what it is (its id: the evidence item, the discussion whose Minutes, the
/// benchmark), how the report names it, and the day it is from (collected, discussed, measured), kept as the report was written.
/// </summary>
public sealed record Citation(CitationKind Kind, Guid SourceId, string Label, DateOnly On)
{
    public const int LabelMaxLength = 400;

    /// <summary>A key that tells citations apart in a form: "Evidence:…", "BenchmarkResult:…:2026-10-15".</summary>
    public string Key => Kind == CitationKind.BenchmarkResult ? $"{Kind}:{SourceId}:{On:yyyy-MM-dd}" : $"{Kind}:{SourceId}";
}

/// <summary>A strategic objective as the report names it (from the plan version it rates), with the monitor's narrative of its progress.</summary>
public sealed record ObjectiveEntry(Guid ObjectiveId, int Number, string Statement, string? Narrative);

/// <summary>
/// One initiative of the plan version the report rates, with the monitor's narrative, the two Appendix G ratings and the
/// evidence for each. <see cref="Change"/> marks an initiative an amendment added in the period; one it removed is kept,
/// <see cref="Removed"/>, and not rated.
/// </summary>
public sealed record InitiativeEntry(
    Guid InitiativeId,
    Guid ObjectiveId,
    string Number,
    string Description,
    string? Change,
    bool Removed,
    string? Narrative,
    ProcessRating? Process,
    PerformanceRating? Performance,
    IReadOnlyList<Citation> ProcessEvidence,
    IReadOnlyList<Citation> PerformanceEvidence,
    string? ChangeNote)
{
    public bool IsRated => Process is not null && Performance is not null;
}

/// <summary>
/// What the monitor writes in one save: the summary, the objectives' narratives, each initiative's narrative, ratings and
/// evidence, and for the Summative report its own sections.
/// </summary>
public sealed record ReportEdit(
    string? Summary, IReadOnlyDictionary<Guid, string?> Objectives, IReadOnlyDictionary<Guid, InitiativeEdit> Initiatives, AnnualEdit? Annual = null);

/// <summary>The Summative report's own sections: the analysis of annual performance data, the continuum, the recommendations.</summary>
public sealed record AnnualEdit(string? AnnualPerformance, string? ContinuumPosition, string? Recommendations);

public sealed record InitiativeEdit(
    string? Narrative, ProcessRating? Process, PerformanceRating? Performance,
    IReadOnlyList<Citation> ProcessEvidence, IReadOnlyList<Citation> PerformanceEvidence, string? ChangeNote);

/// <summary>Where in the report a comment is pinned: the summary, an objective, an initiative, or a section of the Summative report.</summary>
public enum ReportPart
{
    Summary = 1,
    Objective = 2,
    Initiative = 3,
    AnnualPerformance = 4,
    ContinuumPosition = 5,
    Recommendations = 6,
}

public enum ReportCommentKind
{
    /// <summary>ESE Accountability staff or another monitor, on the draft in review.</summary>
    Review = 1,

    /// <summary>The Superintendent, on facts only, on the revised draft.</summary>
    FactualCorrection = 2,
}

public enum ReportResponse
{
    /// <summary>The monitor made the change.</summary>
    Accepted = 1,

    /// <summary>The monitor kept the text and says why.</summary>
    Answered = 2,
}

/// <summary>A reviewer's comment or the Superintendent's factual correction, pinned to one part of the report, and the monitor's response.</summary>
public sealed class ReportComment : Entity
{
    public const int TextMaxLength = 4000;

    private ReportComment()
    {
    }

    public Guid ReportId { get; private set; }

    public ReportCommentKind Kind { get; private set; }

    public ReportPart Part { get; private set; }

    /// <summary>The objective's or initiative's id; null for the summary and the Summative report's sections.</summary>
    public Guid? ItemId { get; private set; }

    public string Text { get; private set; } = null!;

    public Guid AuthorId { get; private set; }

    public string AuthorName { get; private set; } = null!;

    public DateTimeOffset At { get; private set; }

    public ReportResponse? Response { get; private set; }

    public string? ResponseText { get; private set; }

    public string? RespondedByName { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public bool IsOpen => Response is null;

    internal static ReportComment Pin(Guid reportId, ReportCommentKind kind, ReportPart part, Guid? itemId, string? text, Guid authorId, string authorName, DateTimeOffset at) => new()
    {
        ReportId = reportId,
        Kind = kind,
        Part = part,
        ItemId = part is ReportPart.Objective or ReportPart.Initiative ? itemId : null,
        Text = Common.Text.Required(text, kind == ReportCommentKind.FactualCorrection ? "correction" : "comment", TextMaxLength),
        AuthorId = authorId,
        AuthorName = authorName,
        At = at,
    };

    internal void Respond(ReportResponse response, string? text, string byName, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            throw new DomainException("This comment has already been answered.");
        }

        if (!Enum.IsDefined(response))
        {
            throw new DomainException("Choose whether you accept the comment or answer it.");
        }

        var value = response == ReportResponse.Answered
            ? Common.Text.Required(text, "answer", TextMaxLength)
            : Common.Text.Optional(text, "note", TextMaxLength);
        (Response, ResponseText, RespondedByName, RespondedAt) = (response, value, byName, at);
    }
}

/// <summary>A dated correction to a published report, shown with it; the report itself never changes.</summary>
public sealed record Erratum(DateTimeOffset At, string ByName, string Text);

/// <summary>One of the two confirmations publication needs: the monitor's and ESE Accountability's.</summary>
public sealed record Confirmation(DateTimeOffset At, string ByName);
