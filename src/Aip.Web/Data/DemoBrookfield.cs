using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Progress;
using Aip.Domain.Reporting;
using Aip.Domain.Versions;

namespace Aip.Web.Data;

/// <summary>What the demo's year of Brookfield reports is drawn from: its plan version, its evidence, its first year's actuals.</summary>
public sealed record BrookfieldYear(IReadOnlyList<EvidenceItem> Evidence, IReadOnlyList<OutcomeActual> Actuals, IReadOnlyList<ProgressReport> Reports);

/// <summary>
/// Brookfield's first school year on its plan, a year ahead of Riverton: its evidence, its final outcomes' actuals for the
/// year, the three Quarterly Progress Reports of the year and the year's Summative report, all published through the whole
/// chain (drafted by its monitor, reviewed, fact-checked by the Superintendent, confirmed by the monitor and ESE), the
/// Summative one presented to the School Committee and, by ESE, to the Board. The report of the period that ended last is
/// not begun yet: its monitor has a line of what is due. Every step is the domain's own, on the default reporting calendar.
/// </summary>
public static class DemoBrookfield
{
    private static readonly (ProcessRating Process, PerformanceRating Performance)[][] Ratings =
    [
        [(ProcessRating.TechnicalImplementation, PerformanceRating.NotReached), (ProcessRating.ProblematicImplementation, PerformanceRating.NotReached), (ProcessRating.TechnicalImplementation, PerformanceRating.PartiallyReached)],
        [(ProcessRating.TechnicalImplementation, PerformanceRating.PartiallyReached), (ProcessRating.TechnicalImplementation, PerformanceRating.NotReached), (ProcessRating.PracticesInPlace, PerformanceRating.PartiallyReached)],
        [(ProcessRating.PracticesInPlace, PerformanceRating.PartiallyReached), (ProcessRating.TechnicalImplementation, PerformanceRating.PartiallyReached), (ProcessRating.PracticesInPlace, PerformanceRating.Reached)],
        [(ProcessRating.PracticesInPlace, PerformanceRating.PartiallyReached), (ProcessRating.PracticesInPlace, PerformanceRating.PartiallyReached), (ProcessRating.PracticesInPlace, PerformanceRating.Reached)],
    ];

    private static readonly string[] Summaries =
    [
        "The curriculum training and the first coaching cycles are done; the data teams have started in two of the three elementary schools.",
        "Phonics lessons are now taught as the scope and sequence sets them in most K-3 classrooms; the winter screening fell short of its target.",
        "All three schools hold their data meetings on schedule, and the District Leadership Team's decisions are carried out by the next meeting.",
        "A year of steady progress: one reading curriculum is taught in every K-3 classroom, the data teams meet every six weeks in every school, and the District Leadership Team leads the monthly review. The spring screening came close to its target; the grade 3 MCAS results rose but not yet to the first year's outcome.",
    ];

    public static BrookfieldYear Build(Plan plan, PlanVersion version, Actor monitor, Actor ese, Actor superintendent, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(version);
        var y = plan.FirstSchoolYear;
        var initiatives = plan.Objectives.SelectMany(o => o.Initiatives).ToList();
        var evidence = new List<EvidenceItem>
        {
            EvidenceItem.Add(plan, "Learning-walk data, K-3 phonics lessons", EvidenceKind.ObservationNotes, new DateOnly(y, 11, 20), null, null,
                [initiatives[0].Id], monitor.Id, monitor.Name, At(new DateOnly(y, 11, 21))),
            EvidenceItem.Add(plan, "Data-team records, all three elementary schools", EvidenceKind.MeetingMinutes, new DateOnly(y + 1, 2, 20), null, null,
                [initiatives[1].Id], monitor.Id, monitor.Name, At(new DateOnly(y + 1, 2, 21))),
            EvidenceItem.Add(plan, "District Leadership Team decision log", EvidenceKind.MeetingMinutes, new DateOnly(y + 1, 5, 22), null, null,
                [initiatives[2].Id, initiatives[1].Id], monitor.Id, monitor.Name, At(new DateOnly(y + 1, 5, 23))),
            EvidenceItem.Add(plan, "Spring screening results, K-3", EvidenceKind.DataExtract, new DateOnly(y + 1, 6, 10), null, null,
                [initiatives[0].Id, initiatives[1].Id], monitor.Id, monitor.Name, At(new DateOnly(y + 1, 6, 11))),
        };
        var actuals = new List<OutcomeActual>
        {
            OutcomeActual.Record(plan, plan.FinalOutcomes[0], y, "Aggregate PPI 71; high-needs PPI 66", "Below the target of 75 for both groups, up from 58 and 51."),
            OutcomeActual.Record(plan, plan.FinalOutcomes[1], y, "37% of third graders met or exceeded expectations", "Up from 31%; the first year's outcome was 40%."),
        };

        var reports = new List<ProgressReport>();
        foreach (var (quarter, n) in ReportingPeriod.Quarters.Select((q, n) => (q, n)))
        {
            var period = new ReportingPeriod(y, quarter);
            var kind = ReportingYear.Default(y).KindOf(period, plan.FirstSchoolYear, plan.LastSchoolYear);
            var covers = period.SpanOf(kind);
            var begun = At(period.Last.AddDays(3));
            var cited = evidence.Where(e => covers.Contains(e.CollectedOn)).ToList();
            var report = ProgressReport.Begin(plan.DistrictId, period, kind, [version], ReportPrefill.From(version.Content, covers, [], cited, []), monitor, begun,
                kind == ReportKind.Summative ? AnnualPrefill.From(version.Content, y, covers, actuals, []) : null);
            report.Write(new ReportEdit(
                Summaries[n],
                report.Objectives.ToDictionary(o => o.ObjectiveId, o => (string?)$"The work of objective {o.Number} is on course; see its initiative."),
                report.RatedInitiatives.Select((entry, i) => (entry, i)).ToDictionary(x => x.entry.InitiativeId, x =>
                {
                    var sources = cited.Where(e => e.Supports.Contains(x.entry.InitiativeId)).Select(Cite).ToList();
                    IReadOnlyList<Citation> shown = sources.Count > 0 ? sources : [Cite(evidence[0])];
                    var (process, performance) = Ratings[n][x.i];
                    return new InitiativeEdit($"Initiative {x.entry.Number} in {report.CoverageName}: {Summaries[n]}", process, performance, shown, shown, null);
                }),
                kind == ReportKind.Summative
                    ? new AnnualEdit(
                        report.AnnualPerformance,
                        "The district and the monitor place Brookfield at Transitional Implementation on most sub-areas: the District Leadership Team now leads the monthly review, and the data teams run without the Plan Manager's reminders.",
                        "Keep the curriculum and the coaching as they are; move the data-team facilitation from the data coordinator to the grade-level leaders; add grade 3 writing to the literacy dashboard.")
                    : null));
            report.SendForReview(At(period.Last.AddDays(10)));
            report.SendForFactCheck(At(period.Last.AddDays(16)));
            report.FinishFactCheck(superintendent, At(period.Last.AddDays(20)));
            var due = ReportingYear.Default(y).DueDates(period);
            report.ConfirmPublication(monitor, due.FactCheck, At(period.Last.AddDays(21)));
            report.ConfirmPublication(ese, due.FactCheck, At(period.Last.AddDays(22)));
            var meeting = Min(period.Last.AddDays(35), today);
            report.RecordPresentation(meeting, superintendent.Name, today);
            if (kind == ReportKind.Summative)
            {
                report.RecordBoardPresentation(Min(period.Last.AddDays(50), today), ese, today);
            }

            reports.Add(report);
        }

        return new(evidence, actuals, reports);
    }

    private static Citation Cite(EvidenceItem e) =>
        new(CitationKind.Evidence, e.Id, EvidenceItem.SourceName(e.Title, e.Kind, e.CollectedOn), e.CollectedOn);

    private static DateTimeOffset At(DateOnly day) => Dates.At(day, new TimeOnly(14, 0));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
