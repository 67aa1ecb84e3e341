using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Reporting;
using Aip.Domain.Tests.Plans;
using Aip.Domain.Tests.Reviews;
using Aip.Domain.Versions;

namespace Aip.Domain.Tests.Reporting;

public class ReportingCalendarTests
{
    [Theory]
    [InlineData("2026-09-01", 2026, ReportingQuarter.SeptNov)]
    [InlineData("2026-11-30", 2026, ReportingQuarter.SeptNov)]
    [InlineData("2026-12-01", 2026, ReportingQuarter.DecFeb)]
    [InlineData("2027-02-28", 2026, ReportingQuarter.DecFeb)]
    [InlineData("2027-03-01", 2026, ReportingQuarter.MarchMay)]
    [InlineData("2027-08-31", 2026, ReportingQuarter.JuneAug)]
    public void A_day_falls_in_one_period_of_its_school_year(string day, int schoolYear, ReportingQuarter quarter) =>
        Assert.Equal(new ReportingPeriod(schoolYear, quarter), ReportingPeriod.Of(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Periods_are_published_in_the_months_the_guidance_lists()
    {
        var year = ReportingPeriod.Quarters.Select(q => new ReportingPeriod(2026, q)).ToList();
        Assert.Equal(["January 2027", "March 2027", "June 2027", "September 2027"], year.Select(p => p.PublicationDisplay));
        Assert.Equal(["September–November 2026", "December 2026–February 2027", "March–May 2027", "June–August 2027"], year.Select(p => p.DisplayName));
        Assert.Equal(new DateOnly(2027, 2, 28), year[1].Last);
        Assert.Equal(new ReportingPeriod(2027, ReportingQuarter.SeptNov), year[3].Next);
        Assert.Equal(new ReportingPeriod(2025, ReportingQuarter.JuneAug), year[0].Previous);
        Assert.Equal(year[1], ReportingPeriod.Parse(year[1].Key));
        Assert.Null(ReportingPeriod.Parse("2026-7"));
        Assert.Null(ReportingPeriod.Parse("x"));
    }

    [Fact]
    public void Due_dates_follow_the_period_and_end_with_its_publication_month()
    {
        var due = ReportingYear.Default(2026).DueDates(new ReportingPeriod(2026, ReportingQuarter.SeptNov));
        Assert.Equal(new ReportDueDates(new(2026, 12, 14), new(2026, 12, 21), new(2026, 12, 28), new(2027, 1, 31)), due);
    }

    [Fact]
    public void ESE_chooses_the_summative_period_which_covers_a_school_year_of_the_plan()
    {
        var calendar = ReportingYear.Default(2026);
        var summer = new ReportingPeriod(2026, ReportingQuarter.JuneAug);
        Assert.Equal(ReportKind.Summative, calendar.KindOf(summer, 2026, 2027));
        Assert.Equal(ReportKind.Quarterly, calendar.KindOf(summer, 2027, 2028));

        calendar.Set(ReportingQuarter.MarchMay, 10, 5, 5);
        Assert.Equal(ReportKind.Quarterly, calendar.KindOf(summer, 2026, 2027));
        Assert.Equal(ReportKind.Summative, calendar.KindOf(new ReportingPeriod(2026, ReportingQuarter.MarchMay), 2026, 2027));

        var refusal = Assert.Throws<DomainException>(() => calendar.Set(ReportingQuarter.JuneAug, 30, 30, 30));
        Assert.Contains("publication month", refusal.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => calendar.Set(ReportingQuarter.JuneAug, 0, 5, 5));
    }
}

public class ProgressReportTests
{
    private static readonly ReportingPeriod Fall = new(2026, ReportingQuarter.SeptNov);
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 15, 0, 0, TimeSpan.Zero);
    private static readonly Actor Monitor = new(Guid.NewGuid(), Role.PlanMonitor, "Morgan Reyes");
    private static readonly Actor OtherMonitor = new(Guid.NewGuid(), Role.PlanMonitor, "Sam Okafor");
    private static readonly Actor Ese = new(Guid.NewGuid(), Role.EseStaff, "Dana Whitfield");
    private static readonly Actor Superintendent = new(Guid.NewGuid(), Role.Superintendent, "Pat Lee");
    private static readonly DateOnly FactCheckDue = new(2026, 12, 28);

    private static (ProgressReport Report, PlanVersion Version) Begin()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var version = plan.Approve(ReviewBuilder.Complete(plan), Ese, PlanBuilder.DecidedAt);
        return (ProgressReport.Begin(plan.DistrictId, Fall, ReportKind.Quarterly, [version], ReportPrefill.None, Monitor, Now), version);
    }

    private static Citation Evidence(DateOnly on) => new(CitationKind.Evidence, Guid.NewGuid(), "Walkthrough data", on);

    private static void RateAll(ProgressReport report, bool withEvidence = true, ProcessRating process = ProcessRating.TechnicalImplementation, PerformanceRating performance = PerformanceRating.PartiallyReached)
    {
        var cited = withEvidence ? new[] { Evidence(new(2026, 10, 15)) } : [];
        report.Write(new ReportEdit(
            "The district moved forward on every objective.",
            report.Objectives.ToDictionary(o => o.ObjectiveId, _ => (string?)"Progress."),
            report.RatedInitiatives.ToDictionary(i => i.InitiativeId, _ => new InitiativeEdit("Narrative.", process, performance, cited, cited, null))));
    }

    private static ProgressReport AtFactCheck()
    {
        var (report, _) = Begin();
        RateAll(report);
        report.SendForReview(Now);
        report.SendForFactCheck(Now);
        return report;
    }

    [Fact]
    public void The_report_rates_every_initiative_of_the_version_in_force_and_starts_as_the_monitors_draft()
    {
        var (report, version) = Begin();

        Assert.Equal(ReportStage.Draft, report.Stage);
        Assert.Equal((version.Number, Monitor.Name, Fall), (report.PlanVersionNumber, report.MonitorName, report.Period));
        Assert.Equal(version.Content.Initiatives.Select(i => i.Number), report.Initiatives.Select(i => i.Number));
        Assert.All(report.Initiatives, i => Assert.False(i.IsRated));
    }

    [Fact]
    public void Begin_is_refused_before_the_periods_last_month_without_a_plan_and_for_anyone_but_a_monitor()
    {
        var (_, version) = Begin();
        Assert.Contains("last month", Assert.Throws<DomainException>(() =>
            ProgressReport.Begin(Guid.NewGuid(), Fall.Next, ReportKind.Quarterly, [version], ReportPrefill.None, Monitor, Now)).Message, StringComparison.Ordinal);
        Assert.Contains("no plan in force", Assert.Throws<DomainException>(() =>
            ProgressReport.Begin(Guid.NewGuid(), Fall, ReportKind.Quarterly, [], ReportPrefill.None, Monitor, Now)).Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => ProgressReport.Begin(Guid.NewGuid(), Fall, ReportKind.Quarterly, [version], ReportPrefill.None, Ese, Now));
    }

    [Fact]
    public void Initiatives_an_amendment_removed_in_the_period_are_marked_and_not_rated()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var first = plan.Approve(ReviewBuilder.Complete(plan), Ese, PlanBuilder.DecidedAt);
        var manager = new Actor(Guid.NewGuid(), Role.PlanManager, "Jo Park");
        var amendment = plan.StartAmendment("Literacy coaching replaces the summer institute.", manager, Now.AddDays(-20));
        var removed = plan.Objectives[0].Initiatives[^1];
        plan.RemoveInitiative(removed.Id);
        var second = plan.FinishAmendment(amendment, eseApprovalNeeded: false, manager, Now.AddDays(-10))!;

        var report = ProgressReport.Begin(plan.DistrictId, Fall, ReportKind.Quarterly, [first, second], ReportPrefill.None, Monitor, Now);

        Assert.All(report.RatedInitiatives, i => Assert.Null(i.Change));
        var gone = report.Initiatives.Single(i => i.InitiativeId == removed.Id);
        Assert.True(gone.Removed);
        Assert.StartsWith("Removed by amendment 1", gone.Change, StringComparison.Ordinal);
        Assert.DoesNotContain(report.RatedInitiatives, i => i.InitiativeId == removed.Id);
    }

    [Fact]
    public void The_chain_runs_draft_review_fact_check_and_two_confirmations_in_order()
    {
        var (report, _) = Begin();
        Assert.Throws<DomainException>(() => report.Review(ReportPart.Summary, null, "Early", Ese, Now));
        Assert.Throws<DomainException>(() => report.SendForFactCheck(Now));
        RateAll(report);
        report.SendForReview(Now);

        Assert.Throws<DomainException>(() => report.Review(ReportPart.Summary, null, "My own", Monitor, Now));
        var peer = report.Review(ReportPart.Initiative, report.Initiatives[0].InitiativeId, "Cite the walkthroughs.", OtherMonitor, Now);
        report.Review(ReportPart.Summary, null, "Clear.", Ese, Now);
        Assert.Throws<DomainException>(() => report.Correct(ReportPart.Summary, null, "Too soon", Superintendent, Now));
        Assert.Contains("2 review comments", Assert.Throws<DomainException>(() => report.SendForFactCheck(Now)).Message, StringComparison.Ordinal);
        foreach (var comment in report.Comments)
        {
            report.Respond(comment.Id, ReportResponse.Accepted, null, Monitor, Now);
        }

        Assert.Equal("Initiative " + report.Initiatives[0].Number, report.PlaceLabel(peer.Part, peer.ItemId));
        report.SendForFactCheck(Now);
        Assert.Throws<DomainException>(() => report.Review(ReportPart.Summary, null, "Late", Ese, Now));

        var correction = report.Correct(ReportPart.Summary, null, "The coaching began in October, not September.", Superintendent, Now);
        Assert.Throws<DomainException>(() => report.ConfirmPublication(Monitor, FactCheckDue, Now));
        Assert.Throws<DomainException>(() => report.Respond(correction.Id, ReportResponse.Answered, " ", Monitor, Now));
        report.Respond(correction.Id, ReportResponse.Answered, "The Minutes of 29 September record the first session.", Monitor, Now);
        report.FinishFactCheck(Superintendent, Now);

        report.ConfirmPublication(Monitor, FactCheckDue, Now);
        Assert.Equal(ReportStage.FactCheck, report.Stage);
        Assert.Contains("already confirmed", Assert.Throws<DomainException>(() => report.ConfirmPublication(OtherMonitor, FactCheckDue, Now)).Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => report.ConfirmPublication(Superintendent, FactCheckDue, Now));
        report.ConfirmPublication(Ese, FactCheckDue, Now);

        Assert.Equal(ReportStage.Published, report.Stage);
        Assert.Equal(Now, report.PublishedAt);
        Assert.Contains(report.PendingEvents(), e => e is ReportPublished);
        Assert.Throws<DomainException>(() => report.ConfirmPublication(Ese, FactCheckDue, Now));
    }

    [Fact]
    public void A_rating_without_evidence_cannot_be_published()
    {
        var (report, _) = Begin();
        RateAll(report, withEvidence: false);
        report.SendForReview(Now);
        report.SendForFactCheck(Now);
        report.FinishFactCheck(Superintendent, Now);

        var blockers = report.PublicationBlockers(Dates.Day(Now), FactCheckDue);
        Assert.Contains(blockers, b => b.Contains("process rating cites no evidence", StringComparison.Ordinal));
        Assert.Contains(blockers, b => b.Contains("performance rating cites no evidence", StringComparison.Ordinal));
        Assert.Throws<DomainException>(() => report.ConfirmPublication(Ese, FactCheckDue, Now));
    }

    [Fact]
    public void Publication_waits_for_the_superintendent_until_the_fact_check_is_due_then_goes_ahead()
    {
        var report = AtFactCheck();
        Assert.Contains(report.PublicationBlockers(Dates.Day(Now), FactCheckDue), b => b.Contains("has until 28 December 2026", StringComparison.Ordinal));
        Assert.Empty(report.PublicationBlockers(FactCheckDue.AddDays(1), FactCheckDue));
    }

    [Fact]
    public void A_change_withdraws_confirmations_and_a_published_report_never_changes_but_takes_errata_and_its_presentation()
    {
        var report = AtFactCheck();
        report.FinishFactCheck(Superintendent, Now);
        report.ConfirmPublication(Ese, FactCheckDue, Now);
        RateAll(report);
        Assert.Null(report.EseConfirmation);

        report.ConfirmPublication(Ese, FactCheckDue, Now);
        report.ConfirmPublication(Monitor, FactCheckDue, Now);
        Assert.Throws<DomainException>(() => RateAll(report));
        Assert.Throws<DomainException>(() => report.Respond(Guid.NewGuid(), ReportResponse.Accepted, null, Monitor, Now));

        report.AddErratum("Initiative 1.1's lead is the Director of Curriculum.", Ese.Name, Now.AddDays(3));
        Assert.Single(report.Errata);
        Assert.Throws<DomainException>(() => report.RecordPresentation(Dates.Day(Now).AddDays(-1), "Pat Lee", Dates.Day(Now)));
        Assert.Throws<DomainException>(() => report.RecordPresentation(Dates.Day(Now).AddDays(5), "Pat Lee", Dates.Day(Now)));
        report.RecordPresentation(Dates.Day(Now), "Pat Lee", Dates.Day(Now));
        Assert.Equal(Dates.Day(Now), report.PresentedToCommitteeOn);
    }

    [Fact]
    public void Consistency_flags_warn_the_reviewers()
    {
        var (report, version) = Begin();
        var previous = ProgressReport.Begin(report.DistrictId, Fall.Previous, ReportKind.Quarterly, [version], ReportPrefill.None, Monitor, Now);
        RateAll(previous, process: ProcessRating.ProblematicImplementation, performance: PerformanceRating.NotReached);
        var outside = new[] { Evidence(new(2026, 3, 1)) };
        report.Write(new ReportEdit("Summary", new Dictionary<Guid, string?>(), report.RatedInitiatives.ToDictionary(
            i => i.InitiativeId, _ => new InitiativeEdit(null, ProcessRating.FullyEmbedded, PerformanceRating.Reached, outside, outside, null))));
        var first = report.RatedInitiatives.First();

        var flags = ReportChecks.Of(report, previous, new Dictionary<Guid, int> { [first.InitiativeId] = 2 }).Where(f => f.InitiativeId == first.InitiativeId).ToList();

        Assert.Contains(flags, f => f.Message.Contains("process rating moved 3 levels", StringComparison.Ordinal));
        Assert.Contains(flags, f => f.Message.Contains("performance rating moved 2 levels", StringComparison.Ordinal));
        Assert.Contains(flags, f => f.Message.Contains("no evidence from September–November 2026", StringComparison.Ordinal));
        Assert.Contains(flags, f => f.Message.Contains("2 benchmark targets", StringComparison.Ordinal));

        report.Write(new ReportEdit("Summary", new Dictionary<Guid, string?>(), report.RatedInitiatives.ToDictionary(
            i => i.InitiativeId, _ => new InitiativeEdit(null, ProcessRating.FullyEmbedded, PerformanceRating.NotReached, outside, outside, "New coaches and walkthroughs."))));
        flags = [.. ReportChecks.Of(report, previous, new Dictionary<Guid, int>()).Where(f => f.InitiativeId == first.InitiativeId)];
        Assert.Contains(flags, f => f.Message.Contains("“Fully Embedded” with “Performance Goals Not Reached”", StringComparison.Ordinal));
        Assert.DoesNotContain(flags, f => f.Message.Contains("moved", StringComparison.Ordinal));
    }

    [Fact]
    public void Appendix_G_levels_read_word_for_word()
    {
        Assert.Equal("Problematic Implementation/At-Risk", ProcessRating.ProblematicImplementation.DisplayName());
        Assert.Equal("Reached High Performance Goals Consistently", PerformanceRating.ReachedHighConsistently.DisplayName());
        Assert.StartsWith("The stated activities have been completed.", ProcessRating.TechnicalImplementation.Description(), StringComparison.Ordinal);
        Assert.EndsWith("This may be the case even when the process rating is further advanced.", PerformanceRating.NotReached.Description(), StringComparison.Ordinal);
    }
}

public class ReportAccessTests
{
    private static readonly Guid District = Guid.NewGuid();

    [Theory]
    [InlineData(ReportStage.Draft, false, false, true, true, false)]
    [InlineData(ReportStage.InReview, false, true, true, true, false)]
    [InlineData(ReportStage.FactCheck, true, true, true, true, false)]
    [InlineData(ReportStage.Published, true, true, true, true, true)]
    public void Who_reads_a_report_at_each_stage(ReportStage stage, bool superintendent, bool otherMonitor, bool assigned, bool ese, bool anonymous)
    {
        Assert.Equal(superintendent, ReportAccess.Allows(Accessor.OfDistrict(Role.Superintendent, District), District, stage, ReportOperation.Read));
        Assert.Equal(otherMonitor, ReportAccess.Allows(Accessor.Monitor(Guid.NewGuid()), District, stage, ReportOperation.Read));
        Assert.Equal(assigned, ReportAccess.Allows(Accessor.Monitor(District), District, stage, ReportOperation.Read));
        Assert.Equal(ese, ReportAccess.Allows(Accessor.Ese(), District, stage, ReportOperation.Read));
        Assert.Equal(anonymous, ReportAccess.Allows(null, District, stage, ReportOperation.Read));
        Assert.Equal(stage == ReportStage.Published, ReportAccess.Allows(Accessor.OfDistrict(Role.PlanManager, Guid.NewGuid()), District, stage, ReportOperation.Read));
    }

    [Fact]
    public void Steps_follow_the_roles_of_the_guidance()
    {
        var assigned = Accessor.Monitor(District);
        var other = Accessor.Monitor(Guid.NewGuid());
        var superintendent = Accessor.OfDistrict(Role.Superintendent, District);
        var manager = Accessor.OfDistrict(Role.PlanManager, District);
        Assert.True(ReportAccess.Allows(assigned, District, null, ReportOperation.Write));
        Assert.False(ReportAccess.Allows(other, District, null, ReportOperation.Write));
        Assert.True(ReportAccess.Allows(other, District, ReportStage.InReview, ReportOperation.Review));
        Assert.False(ReportAccess.Allows(superintendent, District, ReportStage.InReview, ReportOperation.Review));
        Assert.True(ReportAccess.Allows(superintendent, District, ReportStage.FactCheck, ReportOperation.FactCheck));
        Assert.False(ReportAccess.Allows(manager, District, ReportStage.FactCheck, ReportOperation.FactCheck));
        Assert.False(ReportAccess.Allows(other, District, ReportStage.FactCheck, ReportOperation.Publish));
        Assert.True(ReportAccess.Allows(Accessor.Ese(), District, ReportStage.FactCheck, ReportOperation.Publish));
        Assert.True(ReportAccess.Allows(manager, District, ReportStage.Published, ReportOperation.RecordPresentation));
        Assert.False(ReportAccess.Allows(assigned, District, null, ReportOperation.SetCalendar));
        Assert.False(ReportAccess.SeesReviewComments(superintendent));
    }
}
