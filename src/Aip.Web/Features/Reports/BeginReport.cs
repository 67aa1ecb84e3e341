using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Reporting;
using Aip.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Reports;

/// <summary>
/// The monitor's step: the district's report for a period, rating the plan version in force at its end, begun from the
/// period's final Minutes, evidence and benchmark results (the pre-fill) instead of a blank page. In the period ESE's
/// calendar names for the year's Summative report, the report covers the year, and starts from the year's final outcomes
/// with their actuals and the district's latest reflection on the continuum too.
/// </summary>
public sealed class BeginReport(AipDbContext db, ReportSources sources, TimeProvider clock)
{
    /// <summary>
    /// The periods a report can be begun for today: the one whose last month has begun and the one that ended last, without a
    /// report yet (the domain refuses a period without a plan in force, with its reason).
    /// </summary>
    public static IReadOnlyList<ReportingPeriod> Open(DateOnly today, IEnumerable<ReportingPeriod> begun)
    {
        ArgumentNullException.ThrowIfNull(begun);
        var current = ReportingPeriod.Of(today);
        var candidates = today >= new DateOnly(current.Last.Year, current.Last.Month, 1)
            ? new[] { current, current.Previous }
            : [current.Previous];
        return [.. candidates.Except(begun)];
    }

    public async Task<ProgressReport> RunAsync(Guid districtId, ReportingPeriod period, Actor monitor)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        var today = Dates.Day(clock.GetUtcNow());
        var begun = await db.ProgressReports.Where(r => r.DistrictId == districtId).Select(r => new { r.SchoolYear, r.Quarter }).ToListAsync();
        if (begun.Any(b => b.SchoolYear == period.SchoolYear && b.Quarter == period.Quarter))
        {
            throw new DomainException($"The report for {period.DisplayName} has already been begun.");
        }

        if (!Open(today, begun.Select(b => new ReportingPeriod(b.SchoolYear, b.Quarter))).Contains(period))
        {
            throw new DomainException(
                $"A report is begun for the period that ended last, or for the current one from its last month: not for {period.DisplayName}.");
        }

        var versions = await sources.VersionsInForceAsync(districtId, period.Span);
        if (versions.Count == 0)
        {
            throw new DomainException($"The district had no plan in force in {period.DisplayName}: there is nothing to report on.");
        }

        var rated = versions[^1];
        var kind = await sources.KindAsync(period, rated);
        var covers = period.SpanOf(kind);
        if (kind == ReportKind.Summative)
        {
            versions = await sources.VersionsInForceAsync(districtId, covers);
        }

        var material = await sources.MaterialAsync(rated.PlanId, rated.Content, covers);
        var annual = kind == ReportKind.Summative ? await sources.AnnualAsync(districtId, rated.PlanId, rated.Content, period) : null;
        var report = ProgressReport.Begin(districtId, period, kind, versions, material.Prefill, monitor, clock.GetUtcNow(), annual);

        db.ProgressReports.Add(report);
        await db.SaveChangesAsync();
        return report;
    }
}
