using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.People;
using Aip.Domain.Reporting;
using Aip.Domain.RoadToExit;

namespace Aip.Web.Data;

/// <summary>
/// Riverton on Appendix N's exit criteria: criterion A for the school year before its plan, recorded by ESE in September as
/// not shown (the figures that put it in Level 4), and two pieces of evidence ESE cited since: the latest published report for
/// D (monitor) and the latest final Minutes for E (modify). Nothing is shown yet: the readiness page has its facts and its gaps.
/// </summary>
public static class DemoExitCriteria
{
    public static (IReadOnlyList<AchievementRecord> Years, IReadOnlyList<ExitEvidence> Evidence) Build(
        Guid districtId, int planFirstSchoolYear, Actor ese, IEnumerable<ProgressReport> reports, IEnumerable<Minutes> minutes, DemoTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var recordedAt = timeline.Now.AddDays(-80);
        var years = new List<AchievementRecord>
        {
            AchievementRecord.Record(districtId, planFirstSchoolYear - 1, ppiTargetsMet: false, outOfLowestTenPercent: false,
                "Aggregate PPI 58 against a target of 75; high-needs PPI 49 against a target of 75. Riverton stood at the 6th percentile of districts, within the lowest 10%.",
                ese, recordedAt),
        };

        var evidence = new List<ExitEvidence>();
        if (reports.Where(r => r.Stage == ReportStage.Published).MaxBy(r => r.PublishedAt) is { } report)
        {
            var source = new ExitSource(ExitSourceKind.ProgressReport, report.Id, ProgressReport.NameOf(report.Period, report.Kind), Dates.Day(report.PublishedAt!.Value));
            evidence.Add(ExitEvidence.Cite(districtId, ExitCriterion.Monitor, source,
                "The District Leadership Team reviews the benchmark dashboard every week and follows up the actions agreed at the Highlight Discussions; the data teams still depend on the Plan Manager's reminders.",
                ese, Max(report.PublishedAt.Value.AddDays(3), recordedAt)));
        }

        if (minutes.Where(m => m.Stage == MinutesStage.Final).MaxBy(m => m.DiscussionDay) is { } final)
        {
            var source = new ExitSource(ExitSourceKind.Minutes, final.DiscussionId, Minutes.SourceName(final.DiscussionDay), final.DiscussionDay);
            evidence.Add(ExitEvidence.Cite(districtId, ExitCriterion.Modify, source,
                "The district proposed bringing the home visits forward to October from its own attendance data, before the monitor raised it.",
                ese, Max(Dates.At(final.DiscussionDay.AddDays(10), new TimeOnly(15, 0)), recordedAt)));
        }

        return (years, evidence);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
