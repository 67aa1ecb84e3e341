using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Progress;
using Aip.Domain.Reporting;
using Aip.Domain.RoadToExit;
using Aip.Domain.Tests.Plans;
using Aip.Domain.Tests.Reviews;
using Aip.Domain.Tests.RoadToExit;
using Aip.Domain.Versions;

namespace Aip.Domain.Tests.Reporting;

public class SummativeReportTests
{
    private static readonly ReportingPeriod Summer = new(2026, ReportingQuarter.JuneAug);
    private static readonly DateTimeOffset Now = new(2027, 9, 2, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly FactCheckDue = new(2027, 9, 28);
    private static readonly Actor Monitor = new(Guid.NewGuid(), Role.PlanMonitor, "Morgan Reyes");
    private static readonly Actor Ese = new(Guid.NewGuid(), Role.EseStaff, "Dana Whitfield");
    private static readonly Actor Superintendent = new(Guid.NewGuid(), Role.Superintendent, "Pat Lee");

    private static (ProgressReport Report, Plan Plan, PlanVersion Version) Begin(AnnualPrefill? annual = null)
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var version = plan.Approve(ReviewBuilder.Complete(plan), Ese, PlanBuilder.DecidedAt);
        return (ProgressReport.Begin(plan.DistrictId, Summer, ReportKind.Summative, [version], ReportPrefill.None, Monitor, Now, annual), plan, version);
    }

    private static void Write(ProgressReport report, AnnualEdit? annual)
    {
        var cited = new[] { new Citation(CitationKind.Evidence, Guid.NewGuid(), "Walkthrough data", new DateOnly(2027, 5, 15)) };
        report.Write(new ReportEdit(
            "A year of steady progress on every objective.",
            report.Objectives.ToDictionary(o => o.ObjectiveId, _ => (string?)"Progress."),
            report.RatedInitiatives.ToDictionary(i => i.InitiativeId, _ => new InitiativeEdit("Narrative.", ProcessRating.PracticesInPlace, PerformanceRating.PartiallyReached, cited, cited, null)),
            annual));
    }

    [Fact]
    public void The_summative_period_covers_the_twelve_months_to_its_end()
    {
        var span = Summer.SpanOf(ReportKind.Summative);
        Assert.Equal((new DateOnly(2026, 9, 1), new DateOnly(2027, 8, 31)), (span.First, span.Last));
        Assert.Equal("September 2026–August 2027", span.DisplayName);
        Assert.Equal(Summer.Span, Summer.SpanOf(ReportKind.Quarterly));
        Assert.Equal(Summer.DisplayName, Summer.Span.DisplayName);
        Assert.True(span.Contains(new DateOnly(2026, 10, 1)));
        Assert.False(Summer.Span.Contains(new DateOnly(2026, 10, 1)));
    }

    [Fact]
    public void The_monitor_begins_the_years_summative_report_from_the_annual_prefill()
    {
        var (report, _, _) = Begin(new AnnualPrefill("PPI 71 against a target of 75.", "All three views agree."));

        Assert.True(report.IsSummative);
        Assert.Equal("Summative Report", report.KindTitle);
        Assert.Equal("2026–27 (September 2026–August 2027)", report.CoverageName);
        Assert.Equal(("PPI 71 against a target of 75.", "All three views agree."), (report.AnnualPerformance, report.ContinuumPosition));
        Assert.Null(report.Recommendations);
        Assert.Contains("Plan Monitor", Assert.Throws<DomainException>(() =>
            ProgressReport.Begin(Guid.NewGuid(), Summer, ReportKind.Summative, [Begin().Version], ReportPrefill.None, Ese, Now)).Message,
            StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => ProgressReport.Begin(Guid.NewGuid(), Summer, (ReportKind)7, [Begin().Version], ReportPrefill.None, Monitor, Now));
    }

    [Fact]
    public void A_quarterly_report_keeps_none_of_the_summative_sections()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var version = plan.Approve(ReviewBuilder.Complete(plan), Ese, PlanBuilder.DecidedAt);
        var report = ProgressReport.Begin(plan.DistrictId, Summer, ReportKind.Quarterly, [version], ReportPrefill.None, Monitor, Now, new AnnualPrefill("x", "y"));
        Write(report, new AnnualEdit("Performance", "Continuum", "Recommendations"));

        Assert.Equal((null, null, null), (report.AnnualPerformance, report.ContinuumPosition, report.Recommendations));
        Assert.Throws<DomainException>(() => report.Review(ReportPart.Recommendations, null, "A comment", Ese, Now));
    }

    [Fact]
    public void The_draft_goes_for_review_with_the_analysis_and_the_recommendations_and_reviewers_comment_on_the_sections()
    {
        var (report, _, _) = Begin();
        Write(report, new AnnualEdit(null, null, null));
        Assert.Contains(report.ContentGaps(), g => g.Contains("recommendations", StringComparison.Ordinal));
        Assert.Contains("recommendations", Assert.Throws<DomainException>(() => report.SendForReview(Now)).Message, StringComparison.Ordinal);

        Write(report, new AnnualEdit("PPI 71 against 75.", "Transitional Implementation on most sub-areas.", "Embed the data teams' routine without the Plan Manager."));
        Assert.Empty(report.ContentGaps());
        report.SendForReview(Now);

        var comment = report.Review(ReportPart.Recommendations, null, "Name who leads each recommendation.", Ese, Now);
        Assert.Null(comment.ItemId);
        Assert.Equal("Recommendations", report.PlaceLabel(comment.Part, comment.ItemId));
        Assert.Equal("Progress and challenges across the year", report.PlaceLabel(ReportPart.Summary, null));
    }

    [Fact]
    public void Ese_presents_the_published_summative_report_to_the_board()
    {
        var (report, _, _) = Begin();
        Write(report, new AnnualEdit("PPI 71 against 75.", null, "Keep going."));
        Assert.Contains("published", Assert.Throws<DomainException>(() => report.RecordBoardPresentation(Dates.Day(Now), Ese, Dates.Day(Now))).Message, StringComparison.Ordinal);
        report.SendForReview(Now);
        report.SendForFactCheck(Now);
        report.FinishFactCheck(Superintendent, Now);
        report.ConfirmPublication(Monitor, FactCheckDue, Now);
        report.ConfirmPublication(Ese, FactCheckDue, Now);

        Assert.Contains("ESE", Assert.Throws<DomainException>(() => report.RecordBoardPresentation(Dates.Day(Now), Superintendent, Dates.Day(Now))).Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => report.RecordBoardPresentation(Dates.Day(Now).AddDays(1), Ese, Dates.Day(Now)));
        report.RecordBoardPresentation(Dates.Day(Now), Ese, Dates.Day(Now));

        Assert.Equal((Dates.Day(Now), Ese.Name), (report.PresentedToBoardOn, report.BoardPresentationRecordedBy));
        Assert.Contains(report.PendingEvents(), e => e is ReportPresentedToBoard);
        Assert.True(ReportAccess.Allows(Accessor.Ese(), report.DistrictId, report.Stage, ReportOperation.RecordBoardPresentation));
        Assert.False(ReportAccess.Allows(new Accessor(Role.Superintendent, report.DistrictId, new HashSet<Guid>()), report.DistrictId, report.Stage, ReportOperation.RecordBoardPresentation));
    }

    [Fact]
    public void A_quarterly_report_is_never_presented_to_the_board()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var version = plan.Approve(ReviewBuilder.Complete(plan), Ese, PlanBuilder.DecidedAt);
        var report = ProgressReport.Begin(plan.DistrictId, Summer, ReportKind.Quarterly, [version], ReportPrefill.None, Monitor, Now);
        Assert.Contains("Summative", Assert.Throws<DomainException>(() => report.RecordBoardPresentation(Dates.Day(Now), Ese, Dates.Day(Now))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_annual_prefill_reads_each_final_outcome_with_the_years_actual_and_the_latest_reflection_of_the_year()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var version = plan.Approve(ReviewBuilder.Complete(plan), Ese, PlanBuilder.DecidedAt);
        var outcome = plan.FinalOutcomes[0];
        var actual = OutcomeActual.Record(plan, outcome, 2026, "PPI 71", "High needs 64");
        var otherYear = OutcomeActual.Record(plan, outcome, 2027, "PPI 90", null);

        var earlier = ContinuumReflectionTests.Open(new DateOnly(2026, 10, 1));
        foreach (var who in new[] { ContinuumReflectionTests.Superintendent, ContinuumReflectionTests.Manager, ContinuumReflectionTests.PlanMonitor })
        {
            earlier.Place(who, ContinuumReflectionTests.Everywhere(ContinuumStage.EarlyImplementation), Now);
        }

        var latest = ContinuumReflectionTests.Open(new DateOnly(2027, 5, 3), [earlier]);
        latest.Place(ContinuumReflectionTests.Superintendent, ContinuumReflectionTests.Everywhere(ContinuumStage.TransitionalImplementation), Now);
        latest.Place(ContinuumReflectionTests.PlanMonitor, ContinuumReflectionTests.Everywhere(ContinuumStage.TransitionalImplementation), Now);

        var prefill = AnnualPrefill.From(version.Content, 2026, Summer.SpanOf(ReportKind.Summative), [actual, otherYear], [earlier, latest]);

        Assert.Contains($"{outcome.Description.TrimEnd('.')}. Target: {outcome.Target!.TrimEnd('.')}. Actual for 2026–27: PPI 71 (High needs 64).", prefill.AnnualPerformance, StringComparison.Ordinal);
        Assert.DoesNotContain("..", prefill.AnnualPerformance, StringComparison.Ordinal);
        Assert.DoesNotContain("PPI 90", prefill.AnnualPerformance, StringComparison.Ordinal);
        Assert.Contains("Reflection on the continuum toward exit of 3 May 2027 (not every view placed yet).", prefill.ContinuumPosition, StringComparison.Ordinal);
        Assert.Contains("B. Self-Assess: The views placed so far agree: Transitional Implementation (waiting for: Plan Manager).", prefill.ContinuumPosition, StringComparison.Ordinal);
        Assert.Contains("Monitor moved forward from Early Implementation to Transitional Implementation", prefill.ContinuumPosition, StringComparison.Ordinal);

        var none = AnnualPrefill.From(version.Content with { FinalOutcomes = [] }, 2026, Summer.SpanOf(ReportKind.Summative), [], []);
        Assert.Equal(AnnualPrefill.None, none);
    }
}
