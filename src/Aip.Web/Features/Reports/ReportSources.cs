using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Domain.Progress;
using Aip.Domain.Reporting;
using Aip.Domain.Versions;
using Aip.Web.Data;
using Aip.Web.Features.Plans;
using Aip.Web.Features.Progress;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Reports;

/// <summary>
/// What a report of a district's period is written from, read once per request and never tracked: the plan versions in
/// force in the period, the pre-fill from the period's final Minutes, evidence and benchmark results (which is also the list
/// of sources the monitor may cite), the targets missed in the period by initiative, and the district's previous report.
/// </summary>
public sealed class ReportSources(AipDbContext db, PlanStore store, TimeProvider clock)
{
    private readonly Dictionary<int, ReportingYear> _calendars = [];

    /// <summary>
    /// The reporting calendar of a school year: ESE's settings, or the defaults when ESE set none. Read once per school year
    /// and request, however many reports of the year a page lists.
    /// </summary>
    public async Task<ReportingYear> CalendarAsync(int schoolYear)
    {
        if (!_calendars.TryGetValue(schoolYear, out var year))
        {
            year = await db.ReportingYears.AsNoTracking().SingleOrDefaultAsync(y => y.SchoolYear == schoolYear) ?? ReportingYear.Default(schoolYear);
            _calendars[schoolYear] = year;
        }

        return year;
    }

    /// <summary>A period's due dates on the calendar of its school year.</summary>
    public async Task<ReportDueDates> DueDatesAsync(ReportingPeriod period) => (await CalendarAsync(period.SchoolYear)).DueDates(period);

    /// <summary>The plan version a report rates (null only if the version is no longer there).</summary>
    public Task<PlanVersion?> RatedVersionAsync(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return db.PlanVersions.AsNoTracking().SingleOrDefaultAsync(v => v.PlanId == report.PlanId && v.Number == report.PlanVersionNumber);
    }

    /// <summary>The district's plan versions in force at some time in the span (a period, or a Summative report's year), oldest first.</summary>
    public async Task<IReadOnlyList<PlanVersion>> VersionsInForceAsync(Guid districtId, ReportSpan span)
    {
        // From the district's plans to their versions (a join, so that SQLite starts from the district's plans by index
        // instead of reading every district's versions to test each one).
        var versions = await db.Plans.Where(p => p.DistrictId == districtId)
            .Join(db.PlanVersions.AsNoTracking(), p => p.Id, v => v.PlanId, (_, v) => v)
            .ToListAsync();
        return span.VersionsInForce(versions);
    }

    /// <summary>The kind of report the period has in the calendar, for the plan rated (Summative only in one of its school years).</summary>
    public async Task<ReportKind> KindAsync(ReportingPeriod period, PlanVersion rated)
    {
        ArgumentNullException.ThrowIfNull(rated);
        return (await CalendarAsync(period.SchoolYear)).KindOf(period, rated.Content.FirstSchoolYear, rated.Content.LastSchoolYear);
    }

    /// <summary>
    /// The sources of what a report covers (its period, or a Summative report's year) for the plan rated: the draft's
    /// pre-fill and what the monitor may cite.
    /// </summary>
    public async Task<ReportMaterial> MaterialAsync(Guid planId, PlanContent rated, ReportSpan period)
    {
        ArgumentNullException.ThrowIfNull(rated);
        var (first, last) = (period.First, period.Last);
        var minutes = await db.Minutes.AsNoTracking().Where(m => m.PlanId == planId && m.DiscussionDay >= first && m.DiscussionDay <= last).ToListAsync();
        var evidence = await db.EvidenceItems.AsNoTracking().Where(e => e.PlanId == planId && e.CollectedOn >= first && e.CollectedOn <= last).ToListAsync();
        var benchmarks = new List<BenchmarkProgress>();
        if (await store.LoadAsync(planId, tracking: false) is { } plan)
        {
            var progress = await PlanProgress.LoadAsync(db, plan, Dates.Day(clock.GetUtcNow()));
            benchmarks.AddRange(plan.Objectives.SelectMany(o => o.Initiatives).SelectMany(i => i.Benchmarks).Select(progress.Of));
        }

        var missed = rated.Initiatives.ToDictionary(
            i => i.Id,
            i => benchmarks.Where(b => i.Benchmarks.Any(c => c.Id == b.Benchmark.Id))
                .Sum(b => b.Targets.Count(t => period.Contains(t.Target.Date) && t.Status == TargetStatus.NotMet)));
        return new(ReportPrefill.From(rated, period, minutes, evidence, benchmarks), missed);
    }

    /// <summary>The district's report of the period before, for the consistency flags (two levels moved).</summary>
    public Task<ProgressReport?> PreviousAsync(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var previous = report.Period.Previous;
        return db.ProgressReports.AsNoTracking()
            .SingleOrDefaultAsync(r => r.DistrictId == report.DistrictId && r.SchoolYear == previous.SchoolYear && r.Quarter == previous.Quarter);
    }

    /// <summary>The report's flags for the reviewers: its ratings against the previous report and the period's missed targets.</summary>
    public async Task<IReadOnlyList<ReportFlag>> FlagsAsync(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var version = await RatedVersionAsync(report);
        if (version is null)
        {
            return [];
        }

        var material = await MaterialAsync(report.PlanId, version.Content, report.Covers);
        return ReportChecks.Of(report, await PreviousAsync(report), material.MissedTargets);
    }

    /// <summary>
    /// What a Summative report's own sections start from: the plan's final outcomes with the actuals of the school year,
    /// and the district's latest reflection on the continuum in the year.
    /// </summary>
    public async Task<AnnualPrefill> AnnualAsync(Guid districtId, Guid planId, PlanContent rated, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(rated);
        var span = period.SpanOf(ReportKind.Summative);
        var actuals = await db.OutcomeActuals.AsNoTracking().Where(a => a.PlanId == planId && a.SchoolYear == period.SchoolYear).ToListAsync();
        var reflections = await db.ContinuumReflections.AsNoTracking().Include(r => r.Views)
            .Where(r => r.DistrictId == districtId && r.OpenedOn <= span.Last).AsSplitQuery().ToListAsync();
        return AnnualPrefill.From(rated, period.SchoolYear, span, actuals, reflections);
    }

    /// <summary>A Summative report's look back: the ratings of the district's published Quarterly reports in the year it covers.</summary>
    public async Task<RatingHistory> YearRatingsAsync(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var span = report.Covers;
        var reports = await db.ProgressReports.AsNoTracking()
            .Where(r => r.DistrictId == report.DistrictId && r.Id != report.Id && r.Stage == ReportStage.Published && r.Kind == ReportKind.Quarterly)
            .ToListAsync();
        return RatingHistory.Of(reports.Where(r => span.Contains(r.Period.First) && span.Contains(r.Period.Last)));
    }
}

/// <summary>A period's pre-fill (the candidate sources to cite included) and its missed targets by initiative.</summary>
public sealed record ReportMaterial(ReportPrefill Prefill, IReadOnlyDictionary<Guid, int> MissedTargets);
