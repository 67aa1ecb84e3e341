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
    /// <summary>The reporting calendar of a school year: ESE's settings, or the defaults when ESE set none.</summary>
    public async Task<ReportingYear> CalendarAsync(int schoolYear) =>
        await db.ReportingYears.AsNoTracking().SingleOrDefaultAsync(y => y.SchoolYear == schoolYear) ?? ReportingYear.Default(schoolYear);

    /// <summary>A period's due dates on the calendar of its school year.</summary>
    public async Task<ReportDueDates> DueDatesAsync(ReportingPeriod period) => (await CalendarAsync(period.SchoolYear)).DueDates(period);

    /// <summary>The plan version a report rates (null only if the version is no longer there).</summary>
    public Task<PlanVersion?> RatedVersionAsync(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return db.PlanVersions.AsNoTracking().SingleOrDefaultAsync(v => v.PlanId == report.PlanId && v.Number == report.PlanVersionNumber);
    }

    /// <summary>The district's plan versions in force at some time in the period, oldest first.</summary>
    public async Task<IReadOnlyList<PlanVersion>> VersionsInForceAsync(Guid districtId, ReportingPeriod period)
    {
        var versions = await db.PlanVersions.AsNoTracking()
            .Where(v => db.Plans.Any(p => p.Id == v.PlanId && p.DistrictId == districtId))
            .ToListAsync();
        return period.VersionsInForce(versions);
    }

    /// <summary>The kind of report the period has in the calendar, for the plan rated (Summative only in one of its school years).</summary>
    public async Task<ReportKind> KindAsync(ReportingPeriod period, PlanVersion rated)
    {
        ArgumentNullException.ThrowIfNull(rated);
        return (await CalendarAsync(period.SchoolYear)).KindOf(period, rated.Content.FirstSchoolYear, rated.Content.LastSchoolYear);
    }

    /// <summary>The kind of an existing report (Quarterly when the version it rated is no longer there).</summary>
    public async Task<ReportKind> KindAsync(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return await RatedVersionAsync(report) is { } version
            ? await KindAsync(report.Period, version)
            : ReportKind.Quarterly;
    }

    /// <summary>The period's sources for the plan rated: the draft's pre-fill and what the monitor may cite.</summary>
    public async Task<ReportMaterial> MaterialAsync(Guid planId, PlanContent rated, ReportingPeriod period)
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

        var material = await MaterialAsync(report.PlanId, version.Content, report.Period);
        return ReportChecks.Of(report, await PreviousAsync(report), material.MissedTargets);
    }
}

/// <summary>A period's pre-fill (the candidate sources to cite included) and its missed targets by initiative.</summary>
public sealed record ReportMaterial(ReportPrefill Prefill, IReadOnlyDictionary<Guid, int> MissedTargets);
