using System.Globalization;
using Aip.Domain.Common;
using Aip.Domain.Districts;
using Aip.Domain.Monitoring;
using Aip.Domain.Progress;
using Aip.Domain.Reporting;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Domain.RoadToExit;
using Aip.Domain.Versions;
using Aip.Web.Identity;

namespace Aip.Web.Data.Audit;

/// <summary>
/// The words the audit trail uses: which records it follows, what each field is called on the screens and in the ESE
/// templates, and how values read (dates as dates, times in Massachusetts time, choices by their display names). A
/// field without a label here is not shown (keys, tokens, password hashes and other bookkeeping).
/// </summary>
internal static class AuditLabels
{
    public const string PersonKind = "Person";
    public const string AssignmentKind = "Monitor assignment";

    /// <summary>Signing in and out, failed attempts, second-factor steps: written by <see cref="SecurityEvents"/>.</summary>
    public const string SignInKind = "Sign-in";

    /// <summary>A district's whole record exported, or its data deleted (the entry that outlives the deletion).</summary>
    public const string DistrictRecordKind = "District record";

    private static readonly Dictionary<(Type, string), string> Labels = new()
    {
        [(typeof(Plan), nameof(Plan.Title))] = "Title",
        [(typeof(Plan), nameof(Plan.FirstSchoolYear))] = "First school year",
        [(typeof(Plan), nameof(Plan.LastSchoolYear))] = "Last school year",
        [(typeof(Plan), nameof(Plan.Status))] = "Status",
        [(typeof(Plan), nameof(Plan.KeyIssues))] = "Explanation of key issues",
        [(typeof(Plan), nameof(Plan.TheoryOfAction))] = "Theory of action",
        [(typeof(Plan), nameof(Plan.WhyTheseObjectives))] = "Why these objectives",
        [(typeof(Plan), nameof(Plan.SubmittedAt))] = "Submitted",
        [(typeof(Plan), nameof(Plan.ApprovedAt))] = "Approved",
        [(typeof(Plan), nameof(Plan.SupersededAt))] = "Superseded",
        [(typeof(Plan), nameof(Plan.VersionCount))] = "Versions",
        [(typeof(Plan), nameof(Plan.OpenAmendmentStage))] = "Amendment under way",
        [(typeof(Objective), nameof(Objective.Rank))] = "Rank",
        [(typeof(Objective), nameof(Objective.Statement))] = "Strategic objective",
        [(typeof(Objective), nameof(Objective.Lead))] = "Who will lead",
        [(typeof(Initiative), nameof(Initiative.Rank))] = "Rank",
        [(typeof(Initiative), nameof(Initiative.Description))] = "Initiative",
        [(typeof(Initiative), nameof(Initiative.Lead))] = "Who will lead",
        [(typeof(Initiative), nameof(Initiative.KeyResources))] = "Key resources",
        [(typeof(Benchmark), nameof(Benchmark.Kind))] = "Kind",
        [(typeof(Benchmark), nameof(Benchmark.Description))] = "Benchmark",
        [(typeof(Benchmark), nameof(Benchmark.Measure))] = "Measure",
        [(typeof(Benchmark), nameof(Benchmark.Evidence))] = "Evidence",
        [(typeof(Benchmark), nameof(Benchmark.Frequency))] = "Dates/frequency",
        [(typeof(Activity), nameof(Activity.Quarter))] = "Quarter",
        [(typeof(Activity), nameof(Activity.ActionStep))] = "Action step",
        [(typeof(Activity), nameof(Activity.Lead))] = "Who will Lead?",
        [(typeof(Activity), nameof(Activity.Start))] = "When will it Start?",
        [(typeof(Activity), nameof(Activity.End))] = "When will it be Complete?",
        [(typeof(Activity), nameof(Activity.Frequency))] = "Frequency",
        [(typeof(FinalOutcome), nameof(FinalOutcome.Description))] = "Final outcome",
        [(typeof(FinalOutcome), nameof(FinalOutcome.Measure))] = "Measure",
        [(typeof(FinalOutcome), nameof(FinalOutcome.Target))] = "Target",
        [(typeof(FinalOutcome), nameof(FinalOutcome.Date))] = "By",
        [(typeof(PlanReview), nameof(PlanReview.OverallRating))] = "Overall rating",
        [(typeof(PlanReview), nameof(PlanReview.OverallComment))] = "Overall comment",
        [(typeof(PlanReview), nameof(PlanReview.Decision))] = "Decision",
        [(typeof(CriterionRating), nameof(CriterionRating.Rating))] = "Rating",
        [(typeof(CriterionRating), nameof(CriterionRating.Comment))] = "Comment",
        [(typeof(ReviewComment), nameof(ReviewComment.Text))] = "Comment",
        [(typeof(ReviewComment), nameof(ReviewComment.Resolved))] = "Resolved",
        [(typeof(Amendment), nameof(Amendment.Reason))] = "Reason",
        [(typeof(Amendment), nameof(Amendment.Stage))] = "Stage",
        [(typeof(Amendment), nameof(Amendment.EseNote))] = "ESE's note",
        [(typeof(Amendment), nameof(Amendment.VersionNumber))] = "Recorded as version",
        [(typeof(District), nameof(District.Name))] = "Name",
        [(typeof(District), nameof(District.Code))] = "Code",
        [(typeof(District), nameof(District.Level))] = "Accountability level",
        [(typeof(District), nameof(District.Notes))] = "Notes",
        [(typeof(District), nameof(District.AmendmentsNeedEseApproval))] = "Amendments need ESE approval",
        [(typeof(District), nameof(District.PlanDueOn))] = "Plan due",
        [(typeof(AipUser), nameof(AipUser.DisplayName))] = "Name",
        [(typeof(AipUser), nameof(AipUser.Email))] = "Email",
        [(typeof(AipUser), nameof(AipUser.Role))] = "Role",
        [(typeof(AipUser), nameof(AipUser.DistrictId))] = "District",
        [(typeof(AipUser), nameof(AipUser.IsActive))] = "Active",
        [(typeof(AipUser), nameof(AipUser.PasswordHash))] = "Password",
        [(typeof(AipUser), nameof(AipUser.TwoFactorEnabled))] = "Second factor (authenticator app)",
        [(typeof(AipUser), nameof(AipUser.LockoutEnd))] = "Locked until",
        [(typeof(AipUser), nameof(AipUser.DailyDigest))] = "Daily digest of notifications",
        [(typeof(HighlightDiscussion), nameof(HighlightDiscussion.StartsAt))] = "Date and time",
        [(typeof(HighlightDiscussion), nameof(HighlightDiscussion.Place))] = "Location",
        [(typeof(HighlightDiscussion), nameof(HighlightDiscussion.Status))] = "Status",
        [(typeof(HighlightDiscussion), nameof(HighlightDiscussion.ShortNotice))] = "Less than a week's notice to ESE",
        [(typeof(HighlightDiscussion), nameof(HighlightDiscussion.ShortNoticeReason))] = "Reason for the short notice",
        [(typeof(HighlightDiscussion), nameof(HighlightDiscussion.QuestionsShared))] = "Monitor's questions shared",
        [(typeof(HighlightDiscussion), "_participants")] = "Meeting participants",
        [(typeof(AgendaItem), nameof(AgendaItem.Topic))] = "Topic",
        [(typeof(AgendaItem), nameof(AgendaItem.Questions))] = "Monitor's questions",
        [(typeof(Minutes), nameof(Minutes.Stage))] = "Stage",
        [(typeof(Minutes), nameof(Minutes.SentForReviewOn))] = "Draft sent for review",
        [(typeof(Minutes), nameof(Minutes.FinalOn))] = "Final Minutes sent",
        [(typeof(Minutes), "_sections")] = "Text of the Minutes",
        [(typeof(Minutes), "_addenda")] = "Addenda",
        [(typeof(Minutes), "_discussedItems")] = "Plan items discussed",
        [(typeof(Minutes), "_amendments")] = "Linked amendments",
        [(typeof(MinutesComment), nameof(MinutesComment.Text))] = "Comment",
        [(typeof(MinutesComment), nameof(MinutesComment.Resolution))] = "Resolution",
        [(typeof(Risk), nameof(Risk.Description))] = "Risk",
        [(typeof(Risk), nameof(Risk.Mitigation))] = "Mitigation plan",
        [(typeof(Risk), nameof(Risk.Owner))] = "Owner",
        [(typeof(Risk), nameof(Risk.Status))] = "Status",
        [(typeof(Risk), nameof(Risk.StatusNote))] = "Where it stands",
        [(typeof(Risk), nameof(Risk.ClosedOn))] = "Closed",
        [(typeof(EvidenceRequest), nameof(EvidenceRequest.Status))] = "Status",
        [(typeof(EvidenceRequest), nameof(EvidenceRequest.Answer))] = "Answer",
        [(typeof(EvidenceRequest), "_answeredWith")] = "Evidence given in answer",
        [(typeof(MonitoringVisit), nameof(MonitoringVisit.Status))] = "Status",
        [(typeof(MonitoringVisit), nameof(MonitoringVisit.Notes))] = "Notes",
        [(typeof(Minutes), "_citedEvidence")] = "Evidence cited (1a)",
        [(typeof(EvidenceItem), nameof(EvidenceItem.Title))] = "Title",
        [(typeof(EvidenceItem), nameof(EvidenceItem.Kind))] = "Kind",
        [(typeof(EvidenceItem), nameof(EvidenceItem.CollectedOn))] = "Date collected",
        [(typeof(EvidenceItem), nameof(EvidenceItem.Description))] = "Description",
        [(typeof(EvidenceItem), nameof(EvidenceItem.Link))] = "Link",
        [(typeof(EvidenceItem), "_supports")] = "Initiatives and benchmarks supported",
        [(typeof(BenchmarkBaseline), nameof(BenchmarkBaseline.Value))] = "Baseline",
        [(typeof(BenchmarkBaseline), nameof(BenchmarkBaseline.Date))] = "Baseline date",
        [(typeof(BenchmarkBaseline), nameof(BenchmarkBaseline.Direction))] = "Which way is better",
        [(typeof(BenchmarkResult), nameof(BenchmarkResult.Value))] = "Result",
        [(typeof(BenchmarkResult), nameof(BenchmarkResult.MeasuredOn))] = "Measured on",
        [(typeof(BenchmarkResult), nameof(BenchmarkResult.Source))] = "Source",
        [(typeof(BenchmarkResult), nameof(BenchmarkResult.Note))] = "Note",
        [(typeof(BenchmarkResult), nameof(BenchmarkResult.Met))] = "Met the target",
        [(typeof(ActivityProgress), nameof(ActivityProgress.Status))] = "Status",
        [(typeof(ActivityProgress), nameof(ActivityProgress.ChangedOn))] = "Status since",
        [(typeof(ActivityProgress), nameof(ActivityProgress.Note))] = "Note",
        [(typeof(OutcomeActual), nameof(OutcomeActual.Value))] = "Actual",
        [(typeof(OutcomeActual), nameof(OutcomeActual.Note))] = "Note",
        [(typeof(ProgressReport), nameof(ProgressReport.Stage))] = "Stage",
        [(typeof(ProgressReport), nameof(ProgressReport.Summary))] = "Narrative summary of overall progress",
        [(typeof(ProgressReport), "_objectives")] = "Narratives of the objectives",
        [(typeof(ProgressReport), "_initiatives")] = "Initiatives' narratives, ratings and evidence",
        [(typeof(ProgressReport), "_errata")] = "Errata",
        [(typeof(ProgressReport), nameof(ProgressReport.SentForReviewAt))] = "Sent for review",
        [(typeof(ProgressReport), nameof(ProgressReport.SentForFactCheckAt))] = "Sent for factual corrections",
        [(typeof(ProgressReport), nameof(ProgressReport.FactCheckDoneAt))] = "Factual corrections complete",
        [(typeof(ProgressReport), nameof(ProgressReport.MonitorConfirmedBy))] = "Publication confirmed by the monitor",
        [(typeof(ProgressReport), nameof(ProgressReport.EseConfirmedBy))] = "Publication confirmed by ESE",
        [(typeof(ProgressReport), nameof(ProgressReport.PublishedAt))] = "Published",
        [(typeof(ProgressReport), nameof(ProgressReport.PresentedToCommitteeOn))] = "Presented to the School Committee",
        [(typeof(ProgressReport), nameof(ProgressReport.AnnualPerformance))] = "Analysis of annual performance data",
        [(typeof(ProgressReport), nameof(ProgressReport.ContinuumPosition))] = "Place on the continuum toward exit",
        [(typeof(ProgressReport), nameof(ProgressReport.Recommendations))] = "Recommendations",
        [(typeof(ProgressReport), nameof(ProgressReport.PresentedToBoardOn))] = "Presented to the Board",
        [(typeof(ReportComment), nameof(ReportComment.Text))] = "Comment",
        [(typeof(ReportComment), nameof(ReportComment.Response))] = "Response",
        [(typeof(ReportComment), nameof(ReportComment.ResponseText))] = "Answer",
        [(typeof(ContinuumView), nameof(ContinuumView.PlacedByName))] = "Placed by",
        [(typeof(ContinuumView), "_placements")] = "Places on the continuum and notes",
        [(typeof(AchievementRecord), nameof(AchievementRecord.PpiTargetsMet))] = "PPI targets met",
        [(typeof(AchievementRecord), nameof(AchievementRecord.OutOfLowestTenPercent))] = "No longer in the lowest 10% of districts",
        [(typeof(AchievementRecord), nameof(AchievementRecord.Data))] = "Data",
        [(typeof(ExitEvidence), nameof(ExitEvidence.Note))] = "What the source shows",
        [(typeof(ReviewFinding), nameof(ReviewFinding.Finding))] = "Finding",
        [(typeof(ReviewFinding), nameof(ReviewFinding.Recommendation))] = "Recommendation",
        [(typeof(Objective), "_addresses")] = "District Review findings addressed",
        [(typeof(Initiative), "_addresses")] = "District Review findings addressed",
        [(typeof(SelfAssessment), "_ratings")] = "The district's own rubric ratings",
        [(typeof(FinalOutcome), "_ppiTargets")] = "PPI targets",
    };

    /// <summary>
    /// Fields whose values are not written down, only that they changed: secrets, and the lists stored as one JSON column
    /// (the record's own page shows them), except the findings an objective or initiative addresses, which are written as
    /// the findings added and removed (<see cref="IsFindingLinks"/>).
    /// </summary>
    private static readonly HashSet<(Type, string)> Secrets =
    [
        (typeof(AipUser), nameof(AipUser.PasswordHash)),
        (typeof(HighlightDiscussion), "_participants"),
        (typeof(Minutes), "_sections"),
        (typeof(Minutes), "_addenda"),
        (typeof(Minutes), "_discussedItems"),
        (typeof(Minutes), "_amendments"),
        (typeof(EvidenceRequest), "_answeredWith"),
        (typeof(Minutes), "_citedEvidence"),
        (typeof(EvidenceItem), "_supports"),
        (typeof(ProgressReport), "_objectives"),
        (typeof(ProgressReport), "_initiatives"),
        (typeof(ProgressReport), "_errata"),
        (typeof(ContinuumView), "_placements"),
        (typeof(SelfAssessment), "_ratings"),
        (typeof(FinalOutcome), "_ppiTargets"),
    ];

    /// <summary>Notifications, mail, the trail itself, keys and the scheduler's bookkeeping are not audited.</summary>
    public static bool IsAudited(object entity) => entity is Plan or Objective or Initiative or Benchmark or BenchmarkTarget
        or Activity or FinalOutcome or PlanReview or CriterionRating or ReviewComment or SelfAssessment or GuidingAnswer
        or Amendment or PlanVersion or District or AipUser or MonitorAssignment
        or HighlightDiscussion or AgendaItem or Minutes or MinutesComment or Risk or EvidenceRequest or MonitoringVisit or EvidenceItem or EvidenceFile
        or BenchmarkBaseline or BenchmarkResult or ActivityProgress or OutcomeActual or ProgressReport or ReportComment
        or ContinuumReflection or ContinuumView or AchievementRecord or ExitEvidence or ReviewFinding;

    public static bool IsSecret(object entity, string property) => Secrets.Contains((entity.GetType(), property));

    /// <summary>The District Review findings an objective or initiative addresses (a list of finding ids).</summary>
    public static bool IsFindingLinks(object entity, string property) => entity is Objective or Initiative && property == "_addresses";

    public static string? Label(object entity, string property) =>
        Labels.TryGetValue((entity.GetType(), property), out var label) ? label : null;

    public static string Kind(object entity) => entity switch
    {
        PlanReview or CriterionRating or ReviewComment => "Review",
        SelfAssessment or GuidingAnswer => "Self-assessment",
        Amendment => "Amendment",
        PlanVersion => "Version",
        HighlightDiscussion or AgendaItem => "Highlight Discussion",
        Minutes or MinutesComment => "Minutes",
        Risk => "Risk register",
        EvidenceRequest => "Monitor's request",
        MonitoringVisit => "Monitoring visit",
        EvidenceItem or EvidenceFile => "Evidence",
        BenchmarkBaseline or BenchmarkResult or ActivityProgress or OutcomeActual => "Progress",
        ProgressReport or ReportComment => "Progress report",
        ContinuumReflection or ContinuumView or AchievementRecord or ExitEvidence => "Road to exit",
        ReviewFinding => "District Review",
        _ => "Plan",
    };

    public static string Place(CommentArea area) => area switch
    {
        CommentArea.Plan => "the plan as a whole",
        CommentArea.Section1 => "Section 1",
        CommentArea.Objective => "an objective",
        CommentArea.Initiative => "an initiative",
        CommentArea.Benchmark => "a benchmark",
        CommentArea.Activity => "an activity",
        CommentArea.FinalOutcomes => "the final outcomes",
        _ => area.ToString(),
    };

    /// <summary>A value as people read it; strings are quoted by the caller.</summary>
    public static string Value(object? value) => value switch
    {
        null => "(empty)",
        bool yes => yes ? "Yes" : "No",
        DateOnly date => Dates.Display(date),
        DateTimeOffset at => Dates.DisplayWithTime(at),
        PlanStatus status => status.DisplayName(),
        AmendmentStage stage => stage.DisplayName(),
        Quarter quarter => quarter.DisplayName(),
        BenchmarkKind kind => kind.DisplayName(),
        RubricRating rating => rating.DisplayName(),
        ReviewDecision decision => decision == ReviewDecision.Approved ? "Approved" : "Returned for revision",
        Role role => role.DisplayName(),
        DiscussionStatus status => status == DiscussionStatus.Cancelled ? "Cancelled" : "Scheduled",
        MinutesStage stage => stage.DisplayName(),
        RiskStatus status => status.ToString(),
        RequestStatus status => status.DisplayName(),
        VisitStatus status => status.ToString(),
        EvidenceKind kind => kind.DisplayName(),
        ActivityStatus status => status.DisplayName(),
        MeasureDirection direction => direction.DisplayName(),
        AccountabilityLevel level => level.ToString(),
        Guid => "another item",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
