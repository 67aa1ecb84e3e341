using System.Linq.Expressions;
using Aip.Domain.Common;
using Aip.Domain.Dashboards;
using Aip.Domain.Monitoring;
using Aip.Domain.Plans;
using Aip.Domain.Reporting;
using Aip.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Aip.Web.Features.Portfolio;

/// <summary>
/// ESE's portfolio of every district, read with one query per kind of record whatever the number of districts (never one
/// per district): districts, current plans, versions, held discussions, final Minutes, latest published reports, open
/// risks, overdue requests; then the ratings of the rows shown. Never tracked. A page sorted by the districts or their
/// plans counts the monitoring records of its own rows alone (<see cref="PageAsync"/>).
/// </summary>
public sealed class PortfolioQuery(AipDbContext db, TimeProvider clock, IMemoryCache cache)
{
    private const int LateMinutesLookBackDays = 35;

    private const int RatingsPerQuery = 500;

    /// <summary>
    /// One page of the portfolio as asked. Sorted by name, level or plan status, the districts and their plans are enough
    /// to filter, sort and page, so the monitoring records are read for the page's districts alone and the page costs the
    /// same whatever the number of districts; sorted by a monitoring column, every district's are read.
    /// </summary>
    public async Task<PortfolioPage> PageAsync(PortfolioFilter asked)
    {
        ArgumentNullException.ThrowIfNull(asked);
        var byDistrict = asked.Sort is PortfolioSort.Name or PortfolioSort.Level or PortfolioSort.Status;
        var all = byDistrict ? await DistrictsAsync(null) : await RowsAsync(null);
        var matching = PortfolioTable.Sort(PortfolioTable.Filter(all, asked.Q, asked.Status), asked.Sort, asked.Desc);
        var pages = PortfolioTable.Pages(matching.Count);
        var filter = asked with { Page = Math.Clamp(asked.Page, 1, pages) };
        var shown = PortfolioTable.Page(matching, filter.Page);
        if (byDistrict && shown.Count > 0)
        {
            var counted = (await RowsAsync([.. shown.Select(r => r.DistrictId)])).ToDictionary(r => r.DistrictId);
            shown = [.. shown.Select(r => counted.GetValueOrDefault(r.DistrictId) ?? r)];
        }

        return new PortfolioPage(filter, await WithRatingsAsync(shown), matching.Count, all.Count, pages);
    }

    /// <summary>Every district's row (<paramref name="districtIds"/> null), or a page of districts' rows, without the ratings (<see cref="WithRatingsAsync"/>).</summary>
    public async Task<IReadOnlyList<PortfolioRow>> RowsAsync(IReadOnlyCollection<Guid>? districtIds)
    {
        var rows = await DistrictsAsync(districtIds);
        var now = clock.GetUtcNow();
        var today = Dates.Day(now);
        // Per district in SQL: the last discussion held, and the final Minutes with how many were final within the week
        // (MinutesClocks' final deadline, FinalDays after the discussion); rows only for the discussions of the last weeks
        // whose final Minutes may be late.
        var last = await Within(db.HighlightDiscussions.AsNoTracking(), districtIds, d => d.DistrictId)
            .Where(d => d.Status == DiscussionStatus.Scheduled && d.StartsAt <= now)
            .GroupBy(d => d.DistrictId).Select(g => new { DistrictId = g.Key, StartsAt = g.Max(d => d.StartsAt) })
            .ToDictionaryAsync(d => d.DistrictId, d => d.StartsAt);
        var lookBack = now.AddDays(-LateMinutesLookBackDays);
        var recent = (await Within(db.HighlightDiscussions.AsNoTracking(), districtIds, d => d.DistrictId)
                .Where(d => d.Status == DiscussionStatus.Scheduled && d.StartsAt <= now && d.StartsAt >= lookBack
                    && !db.Minutes.Any(m => m.DiscussionId == d.Id && m.FinalOn != null))
                .Select(d => new { d.DistrictId, d.StartsAt }).ToListAsync())
            .ToLookup(d => d.DistrictId, d => d.StartsAt);
        var minutes = await Within(db.Minutes.AsNoTracking(), districtIds, m => m.DistrictId).Where(m => m.FinalOn != null).GroupBy(m => m.DistrictId)
            .Select(g => new { DistrictId = g.Key, Final = g.Count(), OnTime = g.Count(m => m.FinalOn <= m.DiscussionDay.AddDays(MinutesClocks.FinalDays)) })
            .ToDictionaryAsync(m => m.DistrictId, m => (m.Final, m.OnTime));
        // The latest published report's period and id only: its ratings, in the report's JSON with every narrative, are
        // read for the rows shown (WithRatingsAsync), not for every district.
        var published = (await Within(db.ProgressReports.AsNoTracking(), districtIds, r => r.DistrictId).Where(r => r.Stage == ReportStage.Published)
                .Select(r => new { r.Id, r.DistrictId, r.SchoolYear, r.Quarter }).ToListAsync())
            .GroupBy(r => r.DistrictId)
            .ToDictionary(g => g.Key, g => g.Select(r => (r.Id, Period: new ReportingPeriod(r.SchoolYear, r.Quarter))).MaxBy(r => r.Period.Order));
        var risks = await Within(db.Risks.AsNoTracking(), districtIds, r => r.DistrictId).Where(r => r.Status == RiskStatus.Open).GroupBy(r => r.DistrictId)
            .Select(g => new { DistrictId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.DistrictId, g => g.Count);
        var overdueRequests = await Within(db.EvidenceRequests.AsNoTracking(), districtIds, r => r.DistrictId)
            .Where(r => r.Status == RequestStatus.Open && r.DueOn < today).GroupBy(r => r.DistrictId)
            .Select(g => new { DistrictId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.DistrictId, g => g.Count);

        return [.. rows.Select(row =>
        {
            var id = row.DistrictId;
            var (final, onTime) = minutes.GetValueOrDefault(id);
            var lateMinutes = recent[id].Count(startsAt => MinutesClocks.For(Dates.Day(startsAt), null).Final.DueOn < today);
            var report = published.TryGetValue(id, out var latest) ? latest : ((Guid Id, ReportingPeriod Period)?)null;
            return row with
            {
                LastDiscussion = last.TryGetValue(id, out var lastHeld) ? Dates.Day(lastHeld) : null,
                MinutesFinal = final,
                MinutesOnTime = onTime,
                RatedPeriod = report?.Period,
                RatedReportId = report?.Id,
                OpenRisks = risks.GetValueOrDefault(id),
                Overdue = overdueRequests.GetValueOrDefault(id) + lateMinutes,
            };
        })];
    }

    /// <summary>The districts (all, or these) with their current plan and its version in force; the monitoring columns empty.</summary>
    private async Task<IReadOnlyList<PortfolioRow>> DistrictsAsync(IReadOnlyCollection<Guid>? districtIds)
    {
        var districts = await Within(db.Districts.AsNoTracking(), districtIds, d => d.Id).Select(d => new { d.Id, d.Name, d.Code, d.Level }).ToListAsync();
        var plans = (await Within(db.Plans.AsNoTracking(), districtIds, p => p.DistrictId).Where(p => p.Status != PlanStatus.Superseded)
                .Select(p => new { p.Id, p.DistrictId, p.Status, p.FirstSchoolYear }).ToListAsync())
            .GroupBy(p => p.DistrictId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Status == PlanStatus.Approved).ThenByDescending(p => p.FirstSchoolYear).First());
        // A page's districts: the versions of their plans alone.
        var planIds = districtIds is null ? null : plans.Values.Select(p => p.Id).ToList();
        var versions = await Within(db.PlanVersions.AsNoTracking(), planIds, v => v.PlanId)
            .GroupBy(v => v.PlanId).Select(g => new { PlanId = g.Key, Number = g.Max(v => v.Number) })
            .ToDictionaryAsync(v => v.PlanId, v => v.Number);
        var (noProcess, noPerformance) = PortfolioRow.Counts(null);
        return [.. districts.Select(d =>
        {
            var plan = plans.GetValueOrDefault(d.Id);
            return new PortfolioRow(
                d.Id, d.Name, d.Code, d.Level.Value, plan?.Id, plan?.Status, plan is null ? null : versions.GetValueOrDefault(plan.Id) is var v and > 0 ? v : null,
                null, 0, 0, null, noProcess, noPerformance, 0, 0);
        })];
    }

    /// <summary>
    /// The query's rows whose <paramref name="key"/> (a district's, or a plan's) is one of <paramref name="ids"/> (a page's:
    /// each id is a parameter), or all of them when <paramref name="ids"/> is null.
    /// </summary>
    private static IQueryable<T> Within<T>(IQueryable<T> query, IReadOnlyCollection<Guid>? ids, Expression<Func<T, Guid>> key)
    {
        if (ids is null)
        {
            return query;
        }

        Expression<Func<IReadOnlyCollection<Guid>>> values = () => ids;
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], values.Body, key.Body);
        return query.Where(Expression.Lambda<Func<T, bool>>(contains, key.Parameters));
    }

    /// <summary>
    /// The rows with their latest published report's ratings counted, for these rows' reports alone (a page's 25, or the
    /// CSV's). A published report's ratings never change (<see cref="ProgressReport.Write"/> refuses once it is published),
    /// so their counts are kept in memory by report; those not kept yet are read, a page's in one query.
    /// </summary>
    public async Task<IReadOnlyList<PortfolioRow>> WithRatingsAsync(IReadOnlyList<PortfolioRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var counts = new Dictionary<Guid, (IReadOnlyList<int> Process, IReadOnlyList<int> Performance)>();
        var missing = new List<Guid>();
        foreach (var id in rows.Select(r => r.RatedReportId).OfType<Guid>())
        {
            if (cache.TryGetValue(CacheKey(id), out (IReadOnlyList<int>, IReadOnlyList<int>) kept))
            {
                counts[id] = kept;
            }
            else
            {
                missing.Add(id);
            }
        }

        // A page's 25 in one query; the CSV's, of every district, a few hundred at a time (each id is a parameter).
        foreach (var chunk in missing.Chunk(RatingsPerQuery))
        {
            var reports = await db.ProgressReports.AsNoTracking().Where(r => chunk.Contains(r.Id) && r.Stage == ReportStage.Published).ToListAsync();
            foreach (var report in reports)
            {
                counts[report.Id] = PortfolioRow.Counts(report);
                cache.Set(CacheKey(report.Id), counts[report.Id], new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1) });
            }
        }

        return [.. rows.Select(row => row.RatedReportId is { } id && counts.TryGetValue(id, out var rated)
            ? row with { ProcessCounts = rated.Process, PerformanceCounts = rated.Performance }
            : row)];

        static (string, Guid) CacheKey(Guid reportId) => ($"{nameof(PortfolioQuery)}.Ratings", reportId);
    }
}
