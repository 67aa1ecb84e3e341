using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Versions;

namespace Aip.Domain.Reporting;

/// <summary>
/// A Quarterly Progress Report (guidance §8, Appendix G): the monitor's formative assessment of one district's progress in
/// one reporting period. It rates the plan version in force at the period's end, initiative by initiative, on the two
/// Appendix G scales, each rating with its supporting evidence, and goes through the guidance's chain: the monitor drafts →
/// ESE Accountability staff and all other monitors review → the monitor revises → the Superintendent sends factual
/// corrections, which the monitor accepts or answers → the monitor and ESE each confirm publication → published (shared
/// with the Superintendent and the School Committee, posted publicly). A published report never changes: a correction is
/// a dated erratum shown with it. The period ESE's calendar names for the year's Summative report (Appendix L: "three
/// Quarterly Progress Reports and one Summative report") goes through the same chain, covers the whole year to the period's
/// end, and adds the analysis of the year's performance data, the district's place on the continuum toward exit and the
/// recommendations; it is presented to the School Committee and, by ESE, to the Board.
/// </summary>
public sealed class ProgressReport : Entity
{
    public const int SummaryMaxLength = 20000;
    public const int NarrativeMaxLength = 10000;
    public const int ChangeNoteMaxLength = 2000;
    public const int ErratumMaxLength = 4000;
    public const int MaxCitations = 40;
    public const int AnnualSectionMaxLength = 20000;

#pragma warning disable IDE0044 // Not readonly: the data layer stores these lists as JSON and sets the fields when loading.
    private List<ObjectiveEntry> _objectives = [];
    private List<InitiativeEntry> _initiatives = [];
    private List<Erratum> _errata = [];
#pragma warning restore IDE0044
    private readonly List<ReportComment> _comments = [];

    private ProgressReport()
    {
    }

    public Guid DistrictId { get; private set; }

    public Guid PlanId { get; private set; }

    public int SchoolYear { get; private set; }

    public ReportingQuarter Quarter { get; private set; }

    public ReportingPeriod Period => new(SchoolYear, Quarter);

    /// <summary>A Quarterly Progress Report, or the year's Summative report.</summary>
    public ReportKind Kind { get; private set; } = ReportKind.Quarterly;

    public bool IsSummative => Kind == ReportKind.Summative;

    /// <summary>The days the report covers: its period, or for the Summative report the year to the period's end.</summary>
    public ReportSpan Covers => Period.SpanOf(Kind);

    /// <summary>The plan version in force at the period's end, which the report rates.</summary>
    public int PlanVersionNumber { get; private set; }

    public string PlanTitle { get; private set; } = null!;

    /// <summary>The monitor who wrote it.</summary>
    public Guid MonitorId { get; private set; }

    public string MonitorName { get; private set; } = null!;

    public ReportStage Stage { get; private set; } = ReportStage.Draft;

    public string? Summary { get; private set; }

    public IReadOnlyList<ObjectiveEntry> Objectives => _objectives;

    public IReadOnlyList<InitiativeEntry> Initiatives => _initiatives;

    public IReadOnlyList<ReportComment> Comments => _comments;

    public IReadOnlyList<Erratum> Errata => _errata;

    /// <summary>Summative only: the analysis of the year's performance data (the final outcomes with their actuals).</summary>
    public string? AnnualPerformance { get; private set; }

    /// <summary>Summative only: where the district stands on the continuum toward exit (Appendix M).</summary>
    public string? ContinuumPosition { get; private set; }

    /// <summary>Summative only: the recommendations for the coming year.</summary>
    public string? Recommendations { get; private set; }

    public DateTimeOffset BegunAt { get; private set; }

    public DateTimeOffset? SentForReviewAt { get; private set; }

    public DateTimeOffset? SentForFactCheckAt { get; private set; }

    /// <summary>When the Superintendent said the factual corrections are complete.</summary>
    public DateTimeOffset? FactCheckDoneAt { get; private set; }

    public DateTimeOffset? MonitorConfirmedAt { get; private set; }

    public string? MonitorConfirmedBy { get; private set; }

    public DateTimeOffset? EseConfirmedAt { get; private set; }

    public string? EseConfirmedBy { get; private set; }

    /// <summary>The monitor's confirmation of publication, if given.</summary>
    public Confirmation? MonitorConfirmation => MonitorConfirmedAt is { } at ? new(at, MonitorConfirmedBy!) : null;

    /// <summary>ESE Accountability's confirmation of publication, if given.</summary>
    public Confirmation? EseConfirmation => EseConfirmedAt is { } at ? new(at, EseConfirmedBy!) : null;

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>"Presented to the School Committee on …".</summary>
    public DateOnly? PresentedToCommitteeOn { get; private set; }

    public string? PresentationRecordedBy { get; private set; }

    /// <summary>Summative only: "Present Summative Report annually to the Board of Elementary and Secondary Education".</summary>
    public DateOnly? PresentedToBoardOn { get; private set; }

    public string? BoardPresentationRecordedBy { get; private set; }

    /// <summary>"Quarterly Progress Report" or "Summative Report".</summary>
    public string KindTitle => Kind.Title();

    /// <summary>What the report covers, in words: "September–November 2026", or "2026–27 (September 2026–August 2027)".</summary>
    public string CoverageName => CoverageOf(Period, Kind);

    /// <summary>What a period's report of the kind covers, in words (<see cref="CoverageName"/>).</summary>
    public static string CoverageOf(ReportingPeriod period, ReportKind kind) =>
        kind == ReportKind.Summative ? $"{period.SchoolYearDisplay} ({period.SpanOf(kind).DisplayName})" : period.DisplayName;

    /// <summary>How ESE's exit evidence names a period's report: "Summative Report for 2026–27 (September 2026–August 2027)".</summary>
    public static string NameOf(ReportingPeriod period, ReportKind kind) => $"{kind.Title()} for {CoverageOf(period, kind)}";

    /// <summary>The initiatives the report rates (not those an amendment removed in the period).</summary>
    public IEnumerable<InitiativeEntry> RatedInitiatives => _initiatives.Where(i => !i.Removed);

    /// <summary>
    /// The monitor begins the report of a period: once its last month has begun, for a plan in force by its end.
    /// <paramref name="kind"/> is the period's in ESE's calendar. <paramref name="versions"/> are the plan versions in force
    /// at some time in what the report covers (<see cref="ReportingPeriod.SpanOf"/>), oldest first: the last is rated;
    /// initiatives an amendment added or removed meanwhile are marked. The draft starts from <paramref name="prefill"/> (the
    /// Minutes, evidence and results of what it covers) and, for the Summative report, <paramref name="annual"/>.
    /// </summary>
    public static ProgressReport Begin(
        Guid districtId, ReportingPeriod period, ReportKind kind, IReadOnlyList<PlanVersion> versions, ReportPrefill prefill, Actor monitor, DateTimeOffset now,
        AnnualPrefill? annual = null)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(prefill);
        ArgumentNullException.ThrowIfNull(monitor);
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("A report is a Quarterly Progress Report or the year's Summative report.");
        }

        if (monitor.Role != Role.PlanMonitor)
        {
            throw new DomainException($"A {kind.Title()} is written by a Plan Monitor.");
        }

        if (Dates.Day(now) < new DateOnly(period.Last.Year, period.Last.Month, 1))
        {
            throw new DomainException($"The report for {period.DisplayName} can be begun from {Dates.Display(new DateOnly(period.Last.Year, period.Last.Month, 1))}, in the period's last month.");
        }

        if (versions.Count == 0)
        {
            throw new DomainException($"The district had no plan in force in {period.DisplayName}: there is nothing to report on.");
        }

        var rated = versions[^1];
        var report = new ProgressReport
        {
            DistrictId = districtId,
            PlanId = rated.PlanId,
            SchoolYear = period.SchoolYear,
            Quarter = period.Quarter,
            PlanVersionNumber = rated.Number,
            PlanTitle = rated.Content.Title,
            MonitorId = monitor.Id,
            MonitorName = monitor.Name,
            BegunAt = now,
            Kind = kind,
            Summary = Clip(prefill.Summary, SummaryMaxLength),
        };
        if (kind == ReportKind.Summative && annual is not null)
        {
            report.AnnualPerformance = Clip(annual.AnnualPerformance, AnnualSectionMaxLength);
            report.ContinuumPosition = Clip(annual.ContinuumPosition, AnnualSectionMaxLength);
        }

        report._objectives.AddRange(rated.Content.Objectives.Select(o => new ObjectiveEntry(o.Id, o.Number, o.Statement, Clip(prefill.Objective(o.Id), NarrativeMaxLength))));
        foreach (var objective in rated.Content.Objectives)
        {
            foreach (var initiative in objective.Initiatives)
            {
                var added = versions.FirstOrDefault(v => v.Content.Initiatives.Any(i => i.Id == initiative.Id));
                var change = added is { AmendmentNumber: { } number } && added != versions[0]
                    ? $"Added by amendment {number} on {Dates.Display(added.At)}"
                    : null;
                var draft = prefill.Initiative(initiative.Id);
                report._initiatives.Add(new InitiativeEntry(
                    initiative.Id, objective.Id, initiative.Number, initiative.Description, change, false, Clip(draft.Narrative, NarrativeMaxLength),
                    null, null, Limit(draft.ProcessEvidence), Limit(draft.PerformanceEvidence), null));
            }
        }

        var removed = versions.SelectMany(v => v.Content.Objectives.SelectMany(o => o.Initiatives.Select(i => (Objective: o, Initiative: i, Version: v))))
            .Where(x => !rated.Content.Initiatives.Any(i => i.Id == x.Initiative.Id))
            .GroupBy(x => x.Initiative.Id)
            .Select(g => g.Last());
        foreach (var (objective, initiative, lastIn) in removed)
        {
            var by = versions.SkipWhile(v => v != lastIn).Skip(1).First();
            report._initiatives.Add(new InitiativeEntry(
                initiative.Id, objective.Id, initiative.Number, initiative.Description,
                $"Removed by amendment {by.AmendmentNumber} on {Dates.Display(by.At)}", true, null, null, null, [], [], null));
        }

        return report;
    }

    /// <summary>The monitor writes while the report is not published; a change withdraws publication confirmations already given.</summary>
    public void Write(ReportEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        EnsureNotPublished();
        Summary = Text.Optional(edit.Summary, "narrative summary", SummaryMaxLength);
        if (IsSummative && edit.Annual is { } annual)
        {
            AnnualPerformance = Text.Optional(annual.AnnualPerformance, "analysis of annual performance data", AnnualSectionMaxLength);
            ContinuumPosition = Text.Optional(annual.ContinuumPosition, "place on the continuum toward exit", AnnualSectionMaxLength);
            Recommendations = Text.Optional(annual.Recommendations, "recommendations", AnnualSectionMaxLength);
        }
        for (var i = 0; i < _objectives.Count; i++)
        {
            if (edit.Objectives.TryGetValue(_objectives[i].ObjectiveId, out var narrative))
            {
                _objectives[i] = _objectives[i] with { Narrative = Text.Optional(narrative, $"narrative of objective {_objectives[i].Number}", NarrativeMaxLength) };
            }
        }

        for (var i = 0; i < _initiatives.Count; i++)
        {
            var entry = _initiatives[i];
            if (entry.Removed || !edit.Initiatives.TryGetValue(entry.InitiativeId, out var change))
            {
                continue;
            }

            if (change.Process is { } process && !Enum.IsDefined(process) || change.Performance is { } performance && !Enum.IsDefined(performance))
            {
                throw new DomainException($"Choose one of Appendix G's levels for initiative {entry.Number}.");
            }

            _initiatives[i] = entry with
            {
                Narrative = Text.Optional(change.Narrative, $"narrative of initiative {entry.Number}", NarrativeMaxLength),
                Process = change.Process,
                Performance = change.Performance,
                ProcessEvidence = Cited(change.ProcessEvidence, entry.Number),
                PerformanceEvidence = Cited(change.PerformanceEvidence, entry.Number),
                ChangeNote = Text.Optional(change.ChangeNote, $"explanation of the change in initiative {entry.Number}'s ratings", ChangeNoteMaxLength),
            };
        }

        (MonitorConfirmedAt, MonitorConfirmedBy, EseConfirmedAt, EseConfirmedBy) = (null, null, null, null);
    }

    public void SendForReview(DateTimeOffset now)
    {
        if (Stage != ReportStage.Draft)
        {
            throw new DomainException("This report has already been sent for review.");
        }

        if (Summary is null)
        {
            throw new DomainException(IsSummative
                ? "Write the summary of the year's progress and challenges before sending the draft for review."
                : "Write the narrative summary of overall progress before sending the draft for review.");
        }

        if (IsSummative && (AnnualPerformance is null || Recommendations is null))
        {
            throw new DomainException("Write the analysis of annual performance data and the recommendations before sending the Summative draft for review.");
        }

        (Stage, SentForReviewAt) = (ReportStage.InReview, now);
        Raise(new ReportSentForReview(Id, DistrictId, Period, MonitorId));
    }

    /// <summary>ESE Accountability staff and every monitor but the author review the draft.</summary>
    public ReportComment Review(ReportPart part, Guid? itemId, string? text, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Stage != ReportStage.InReview)
        {
            throw new DomainException(Stage < ReportStage.InReview
                ? "The draft has not been sent for review yet."
                : "The review is over: the draft has gone on to the Superintendent for factual corrections.");
        }

        if (by.Id == MonitorId || by.Role is not (Role.EseStaff or Role.PlanMonitor))
        {
            throw new DomainException("The draft is reviewed by ESE Accountability staff and the other monitors.");
        }

        return Pin(ReportCommentKind.Review, part, itemId, text, by, now);
    }

    /// <summary>The Superintendent's factual corrections on the revised draft.</summary>
    public ReportComment Correct(ReportPart part, Guid? itemId, string? text, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Stage != ReportStage.FactCheck)
        {
            throw new DomainException(Stage < ReportStage.FactCheck
                ? "The draft comes to the Superintendent for factual corrections after ESE's review."
                : "This report is published; ask ESE for an erratum instead.");
        }

        if (by.Role != Role.Superintendent)
        {
            throw new DomainException("Factual corrections come from the Superintendent.");
        }

        if (FactCheckDoneAt is not null)
        {
            throw new DomainException("The Superintendent has already said the factual corrections are complete.");
        }

        return Pin(ReportCommentKind.FactualCorrection, part, itemId, text, by, now);
    }

    /// <summary>The monitor accepts or answers each comment and correction.</summary>
    public void Respond(Guid commentId, ReportResponse response, string? text, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureNotPublished();
        var comment = _comments.Find(c => c.Id == commentId) ?? throw new DomainException("That comment is not on this report.");
        comment.Respond(response, text, by.Name, now);
    }

    public void SendForFactCheck(DateTimeOffset now)
    {
        if (Stage != ReportStage.InReview)
        {
            throw new DomainException(Stage == ReportStage.Draft
                ? "Send the draft to ESE and the other monitors for review first."
                : "The draft is already with the Superintendent.");
        }

        Ensure(Open(ReportCommentKind.Review), "review comment");
        if (RatedInitiatives.Where(i => !i.IsRated).Select(i => i.Number).ToList() is { Count: > 0 } unrated)
        {
            throw new DomainException($"Rate every initiative on both scales before the Superintendent checks the facts: {string.Join(", ", unrated)}.");
        }

        (Stage, SentForFactCheckAt) = (ReportStage.FactCheck, now);
        Raise(new ReportSentForFactCheck(Id, DistrictId, Period));
    }

    public void FinishFactCheck(Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Stage != ReportStage.FactCheck || FactCheckDoneAt is not null)
        {
            throw new DomainException(Stage != ReportStage.FactCheck
                ? "The report is not waiting for factual corrections."
                : "The factual corrections have already been marked complete.");
        }

        if (by.Role != Role.Superintendent)
        {
            throw new DomainException("The Superintendent says when the factual corrections are complete.");
        }

        FactCheckDoneAt = now;
        Raise(new ReportFactCheckDone(Id, DistrictId, Period, _comments.Count(c => c.Kind == ReportCommentKind.FactualCorrection)));
    }

    /// <summary>
    /// What stands between the report and publication, in words for the page: the ratings and their evidence, the summary,
    /// the monitor's answers, and the Superintendent's factual corrections (complete, or their due date passed).
    /// </summary>
    public IReadOnlyList<string> PublicationBlockers(DateOnly today, DateOnly factCheckDue)
    {
        var blockers = new List<string>();
        if (Stage != ReportStage.FactCheck)
        {
            blockers.Add(Stage == ReportStage.Published
                ? "The report is already published."
                : "The draft goes through ESE's review and the Superintendent's factual corrections first.");
            return blockers;
        }

        blockers.AddRange(ContentGaps());
        if (Open(ReportCommentKind.FactualCorrection) is var open and > 0)
        {
            blockers.Add(open == 1 ? "1 factual correction waits for the monitor's answer." : $"{open} factual corrections wait for the monitor's answer.");
        }

        if (FactCheckDoneAt is null && today <= factCheckDue)
        {
            blockers.Add($"The Superintendent has until {Dates.Display(factCheckDue)} to send factual corrections, or can say they are complete.");
        }

        return blockers;
    }

    /// <summary>What the report's content still lacks for publication: the summary, both ratings of every initiative, evidence for each rating.</summary>
    public IReadOnlyList<string> ContentGaps()
    {
        var gaps = new List<string>();
        if (Summary is null)
        {
            gaps.Add("The narrative summary of overall progress is empty.");
        }

        if (IsSummative && AnnualPerformance is null)
        {
            gaps.Add("The analysis of annual performance data is empty.");
        }

        if (IsSummative && Recommendations is null)
        {
            gaps.Add("The recommendations are empty.");
        }

        foreach (var entry in RatedInitiatives)
        {
            if (!entry.IsRated)
            {
                gaps.Add($"Initiative {entry.Number} is not rated on both scales.");
            }

            if (entry.Process is not null && entry.ProcessEvidence.Count == 0)
            {
                gaps.Add($"Initiative {entry.Number}: the process rating cites no evidence.");
            }

            if (entry.Performance is not null && entry.PerformanceEvidence.Count == 0)
            {
                gaps.Add($"Initiative {entry.Number}: the performance rating cites no evidence.");
            }
        }

        return gaps;
    }

    /// <summary>
    /// The monitor and ESE Accountability staff each confirm publication; the second confirmation publishes the report.
    /// </summary>
    public void ConfirmPublication(Actor by, DateOnly factCheckDue, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (PublicationBlockers(Dates.Day(now), factCheckDue) is { Count: > 0 } blockers)
        {
            throw new DomainException("The report cannot be published yet: " + string.Join(" ", blockers));
        }

        switch (by.Role)
        {
            case Role.PlanMonitor when MonitorConfirmedAt is null:
                (MonitorConfirmedAt, MonitorConfirmedBy) = (now, by.Name);
                break;
            case Role.EseStaff when EseConfirmedAt is null:
                (EseConfirmedAt, EseConfirmedBy) = (now, by.Name);
                break;
            case Role.PlanMonitor or Role.EseStaff:
                throw new DomainException($"{(by.Role == Role.EseStaff ? "ESE" : "The monitor")} has already confirmed publication; the other confirmation is awaited.");
            default:
                throw new DomainException("The monitor and ESE Accountability staff publish the report.");
        }

        if (MonitorConfirmedAt is not null && EseConfirmedAt is not null)
        {
            (Stage, PublishedAt) = (ReportStage.Published, now);
            Raise(new ReportPublished(Id, DistrictId, Period));
        }
        else
        {
            Raise(new ReportPublicationConfirmed(Id, DistrictId, Period, by.Role));
        }
    }

    /// <summary>"Final QPR formally shared with the superintendent and discussed with the School Committee."</summary>
    public void RecordPresentation(DateOnly on, string byName, DateOnly today)
    {
        if (Stage != ReportStage.Published)
        {
            throw new DomainException("A report is presented to the School Committee once it is published.");
        }

        Dates.Required(on, "date of the School Committee meeting");
        if (on < Dates.Day(PublishedAt!.Value) || on > today)
        {
            throw new DomainException($"The School Committee meeting falls between the publication ({Dates.Display(PublishedAt.Value)}) and today.");
        }

        (PresentedToCommitteeOn, PresentationRecordedBy) = (on, byName);
        Raise(new ReportPresented(Id, DistrictId, Period, on));
    }

    /// <summary>ESE presents the year's Summative report to the Board of Elementary and Secondary Education.</summary>
    public void RecordBoardPresentation(DateOnly on, Actor by, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!IsSummative)
        {
            throw new DomainException("The Board is presented the year's Summative report, not a Quarterly Progress Report.");
        }

        if (by.Role != Role.EseStaff)
        {
            throw new DomainException("ESE presents the Summative report to the Board.");
        }

        if (Stage != ReportStage.Published)
        {
            throw new DomainException("The Summative report is presented to the Board once it is published.");
        }

        Dates.Required(on, "date of the Board meeting");
        if (on < Dates.Day(PublishedAt!.Value) || on > today)
        {
            throw new DomainException($"The Board meeting falls between the publication ({Dates.Display(PublishedAt.Value)}) and today.");
        }

        (PresentedToBoardOn, BoardPresentationRecordedBy) = (on, by.Name);
        Raise(new ReportPresentedToBoard(Id, DistrictId, Period, on));
    }

    public void AddErratum(string? text, string byName, DateTimeOffset now)
    {
        if (Stage != ReportStage.Published)
        {
            throw new DomainException("Until the report is published, change it directly instead of adding an erratum.");
        }

        _errata.Add(new Erratum(now, byName, Text.Required(text, "erratum", ErratumMaxLength)));
        Raise(new ReportErratumAdded(Id, DistrictId, Period));
    }

    public string PlaceLabel(ReportPart part, Guid? itemId) => part switch
    {
        ReportPart.Summary => IsSummative ? "Progress and challenges across the year" : "Summary of overall progress",
        ReportPart.AnnualPerformance => "Annual performance data",
        ReportPart.ContinuumPosition => "The continuum toward exit",
        ReportPart.Recommendations => "Recommendations",
        ReportPart.Objective => _objectives.Find(o => o.ObjectiveId == itemId) is { } o ? $"Objective {o.Number}" : "An objective",
        ReportPart.Initiative => _initiatives.Find(i => i.InitiativeId == itemId) is { } i ? $"Initiative {i.Number}" : "An initiative",
        _ => "The report",
    };

    private ReportComment Pin(ReportCommentKind kind, ReportPart part, Guid? itemId, string? text, Actor by, DateTimeOffset now)
    {
        var known = part switch
        {
            ReportPart.Summary => true,
            ReportPart.AnnualPerformance or ReportPart.ContinuumPosition or ReportPart.Recommendations => IsSummative,
            ReportPart.Objective => _objectives.Exists(o => o.ObjectiveId == itemId),
            ReportPart.Initiative => _initiatives.Exists(i => i.InitiativeId == itemId),
            _ => false,
        };
        if (!known)
        {
            throw new DomainException(IsSummative
                ? "Choose the part of the report the comment is about: the summary, a section of the Summative report, an objective or an initiative."
                : "Choose the part of the report the comment is about: the summary, an objective or an initiative.");
        }

        var comment = ReportComment.Pin(Id, kind, part, itemId, text, by.Id, by.Name, now);
        _comments.Add(comment);
        Raise(new ReportCommented(Id, DistrictId, Period, kind, by.Name, PlaceLabel(part, itemId)));
        return comment;
    }

    private int Open(ReportCommentKind kind) => _comments.Count(c => c.Kind == kind && c.IsOpen);

    private static void Ensure(int open, string what)
    {
        if (open > 0)
        {
            throw new DomainException(open == 1 ? $"1 {what} waits for your answer: accept or answer it first." : $"{open} {what}s wait for your answer: accept or answer them first.");
        }
    }

    private void EnsureNotPublished()
    {
        if (Stage == ReportStage.Published)
        {
            throw new DomainException("This report is published and cannot change; add a dated erratum instead.");
        }
    }

    private static List<Citation> Cited(IReadOnlyList<Citation> citations, string number)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var distinct = citations.DistinctBy(c => c.Key).ToList();
        return distinct.Count <= MaxCitations ? distinct : throw new DomainException($"Initiative {number}: cite at most {MaxCitations} pieces of evidence per rating.");
    }

    private static List<Citation> Limit(IEnumerable<Citation> citations) => [.. citations.DistinctBy(c => c.Key).Take(MaxCitations)];

    private static string? Clip(string? text, int max) =>
        Text.Clean(text) is { } value ? Text.Shorten(value, max) : null;
}

public abstract record ReportEvent(Guid ReportId, Guid DistrictId, ReportingPeriod Period) : IDomainEvent;

public sealed record ReportSentForReview(Guid ReportId, Guid DistrictId, ReportingPeriod Period, Guid MonitorId) : ReportEvent(ReportId, DistrictId, Period);

public sealed record ReportCommented(Guid ReportId, Guid DistrictId, ReportingPeriod Period, ReportCommentKind Kind, string AuthorName, string Place)
    : ReportEvent(ReportId, DistrictId, Period);

public sealed record ReportSentForFactCheck(Guid ReportId, Guid DistrictId, ReportingPeriod Period) : ReportEvent(ReportId, DistrictId, Period);

public sealed record ReportFactCheckDone(Guid ReportId, Guid DistrictId, ReportingPeriod Period, int Corrections) : ReportEvent(ReportId, DistrictId, Period);

public sealed record ReportPublicationConfirmed(Guid ReportId, Guid DistrictId, ReportingPeriod Period, Role By) : ReportEvent(ReportId, DistrictId, Period);

public sealed record ReportPublished(Guid ReportId, Guid DistrictId, ReportingPeriod Period) : ReportEvent(ReportId, DistrictId, Period);

public sealed record ReportPresented(Guid ReportId, Guid DistrictId, ReportingPeriod Period, DateOnly On) : ReportEvent(ReportId, DistrictId, Period);

public sealed record ReportPresentedToBoard(Guid ReportId, Guid DistrictId, ReportingPeriod Period, DateOnly On) : ReportEvent(ReportId, DistrictId, Period);

public sealed record ReportErratumAdded(Guid ReportId, Guid DistrictId, ReportingPeriod Period) : ReportEvent(ReportId, DistrictId, Period);
