using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Reporting;
using Aip.Domain.Tests.Plans;
using Aip.Domain.Tests.Reviews;
using Aip.Domain.Versions;

namespace Aip.Domain.Tests.Reporting;

/// <summary>What a report is written from and what it shows over time: the versions in force, the pre-fill, the reminders, the history.</summary>
public class ReportSourcesTests
{
    private static readonly ReportingPeriod Fall = new(2026, ReportingQuarter.SeptNov);
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 15, 0, 0, TimeSpan.Zero);
    private static readonly Actor Ese = new(Guid.NewGuid(), Role.EseStaff, "Dana Whitfield");
    private static readonly Actor Monitor = new(Guid.NewGuid(), Role.PlanMonitor, "Morgan Reyes");
    private static readonly Actor Manager = new(Guid.NewGuid(), Role.PlanManager, "Jo Park");

    private static (Plan Plan, PlanVersion First, PlanVersion Second) Amended()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var first = plan.Approve(ReviewBuilder.Complete(plan), Ese, PlanBuilder.DecidedAt);
        var amendment = plan.StartAmendment("Literacy coaching replaces the summer institute.", Manager, Now.AddDays(-20));
        PlanBuilder.AddCompleteInitiative(plan, plan.Objectives[0].Id);
        var second = plan.FinishAmendment(amendment, eseApprovalNeeded: false, Manager, Now.AddDays(-10))!;
        return (plan, first, second);
    }

    [Fact]
    public void A_period_rates_the_versions_in_force_during_it_and_marks_an_initiative_an_amendment_added()
    {
        var (_, first, second) = Amended();

        Assert.Equal([first, second], Fall.VersionsInForce([second, first]));
        Assert.Equal([second], Fall.Next.VersionsInForce([first, second]));
        Assert.Empty(Fall.Previous.Previous.VersionsInForce([first, second]));

        var report = ProgressReport.Begin(Guid.NewGuid(), Fall, ReportKind.Quarterly, Fall.VersionsInForce([first, second]), ReportPrefill.None, Monitor, Now);
        var added = Assert.Single(report.RatedInitiatives, i => i.Change is not null);
        Assert.StartsWith("Added by amendment 1 on", added.Change, StringComparison.Ordinal);
        Assert.Equal(second.Content.Initiatives.Count(), report.RatedInitiatives.Count());
    }

    [Fact]
    public void The_prefill_draws_the_periods_final_minutes_by_initiative_number_into_the_narratives_and_the_rest_into_the_summary()
    {
        var (plan, _, second) = Amended();
        var initiative = second.Content.Objectives[0].Initiatives[0];
        var discussion = HighlightDiscussion.Schedule(plan.Id, plan.DistrictId, Dates.At(new DateOnly(2026, 10, 20), new TimeOnly(15, 30)), "District office",
            [new DiscussionParticipant(null, "Priya Natarajan", "Plan Manager")], null, "Priya Natarajan", new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.Zero));
        var minutes = Minutes.Begin(discussion, new DateTimeOffset(2026, 10, 21, 12, 0, 0, TimeSpan.Zero));
        minutes.Write(MinutesSection.Accomplishments, $"Learning walks under {initiative.Number} reached every grade 3-5 classroom.\n\nThe district office moved.");
        minutes.Write(MinutesSection.Modifications, "None.");
        minutes.SendForReview(new DateTimeOffset(2026, 10, 22, 12, 0, 0, TimeSpan.Zero));
        minutes.MakeFinal("Priya Natarajan", new DateTimeOffset(2026, 10, 26, 12, 0, 0, TimeSpan.Zero));
        var draft = Minutes.Begin(HighlightDiscussion.Schedule(plan.Id, plan.DistrictId, Dates.At(new DateOnly(2026, 11, 20), new TimeOnly(15, 30)), "District office",
            [new DiscussionParticipant(null, "Priya Natarajan", "Plan Manager")], null, "Priya Natarajan", new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero)), Now);
        draft.Write(MinutesSection.Accomplishments, $"A draft note on {initiative.Number}.");

        var prefill = ReportPrefill.From(second.Content, Fall.Span, [minutes, draft], [], []);

        var narrative = prefill.Initiative(initiative.Id).Narrative;
        Assert.Equal($"Learning walks under {initiative.Number} reached every grade 3-5 classroom. (Minutes of 20 October 2026, 1)", narrative);
        Assert.Contains("The district office moved. (Minutes of 20 October 2026, 1)", prefill.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("None.", prefill.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("A draft note", prefill.Summary + narrative, StringComparison.Ordinal);
        var cited = Assert.Single(prefill.Initiative(initiative.Id).ProcessEvidence);
        Assert.Equal((CitationKind.Minutes, discussion.Id), (cited.Kind, cited.SourceId));
        Assert.Empty(prefill.Initiative(second.Content.Objectives[0].Initiatives[^1].Id).ProcessEvidence);
    }

    [Fact]
    public void Reminders_come_the_day_before_a_step_is_due_and_once_it_is_overdue_for_the_step_that_is_next()
    {
        var due = ReportingYear.Default(2026).DueDates(Fall);

        Assert.Equal([new ReportReminder(ReportStep.Draft, due.Draft, false)], ReportReminders.On(due.Draft.AddDays(-1), due, null, null));
        Assert.Empty(ReportReminders.On(due.Draft, due, ReportStage.Draft, null));
        Assert.Equal([new ReportReminder(ReportStep.Draft, due.Draft, true)], ReportReminders.On(due.Draft.AddDays(1), due, ReportStage.Draft, null));
        Assert.Empty(ReportReminders.On(due.Draft.AddDays(1), due, ReportStage.InReview, null));
        Assert.Equal([ReportStep.FactCheck], ReportReminders.On(due.FactCheck.AddDays(-1), due, ReportStage.FactCheck, null).Select(r => r.Step));
        Assert.Equal([ReportStep.FactCheck], ReportReminders.On(due.FactCheck.AddDays(2), due, ReportStage.FactCheck, null).Select(r => r.Step));
        Assert.Empty(ReportReminders.On(due.FactCheck.AddDays(2), due, ReportStage.FactCheck, Now));
        Assert.Equal([new ReportReminder(ReportStep.Publication, due.Publication, true)], ReportReminders.On(due.Publication.AddDays(1), due, ReportStage.FactCheck, Now));
        Assert.Empty(ReportReminders.On(due.Publication.AddDays(1), due, ReportStage.Published, Now));
        Assert.Equal("the monitor's draft goes to ESE and the other monitors for review; due tomorrow, 14 December 2026",
            ReportReminders.On(due.Draft.AddDays(-1), due, null, null)[0].Describe());
    }

    [Fact]
    public void The_rating_history_shows_each_initiative_by_period_oldest_first_with_an_initiative_not_yet_in_the_plan()
    {
        var (_, first, second) = Amended();
        var summer = ProgressReport.Begin(Guid.NewGuid(), Fall.Previous, ReportKind.Quarterly, [first], ReportPrefill.None, Monitor, Now);
        var fall = ProgressReport.Begin(Guid.NewGuid(), Fall, ReportKind.Quarterly, [first, second], ReportPrefill.None, Monitor, Now);
        var rated = fall.RatedInitiatives.First();
        fall.Write(new ReportEdit(null, new Dictionary<Guid, string?>(), new Dictionary<Guid, InitiativeEdit>
        {
            [rated.InitiativeId] = new(null, ProcessRating.PracticesInPlace, PerformanceRating.Reached, [], [], null),
        }));

        var history = RatingHistory.Of([fall, summer]);

        Assert.Equal([Fall.Previous, Fall], history.Periods);
        Assert.Equal(fall.RatedInitiatives.Select(i => i.InitiativeId), history.Rows.Select(r => r.InitiativeId));
        var row = history.Rows[0];
        Assert.Equal([new RatingCell(null, null, true), new RatingCell(ProcessRating.PracticesInPlace, PerformanceRating.Reached, true)], row.Cells);
        var added = history.Rows.Single(r => fall.Initiatives.Single(i => i.InitiativeId == r.InitiativeId).Change is not null);
        Assert.False(added.Cells[0].InReport);
        Assert.Empty(RatingHistory.Of([]).Rows);
    }
}
