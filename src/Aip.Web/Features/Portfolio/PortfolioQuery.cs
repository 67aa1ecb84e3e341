using Aip.Domain.Common;
using Aip.Domain.Dashboards;
using Aip.Domain.Monitoring;
using Aip.Domain.Plans;
using Aip.Domain.Reporting;
using Aip.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Portfolio;

/// <summary>
/// ESE's portfolio of every district, read with one query per kind of record whatever the number of districts (never one
/// per district): districts, current plans, versions, held discussions, final Minutes, latest published reports, open
/// risks, overdue requests. Never tracked.
/// </summary>
public sealed class PortfolioQuery(AipDbContext db, TimeProvider clock)
{
    private const int LateMinutesLookBackDays = 35;

    public async Task<IReadOnlyList<PortfolioRow>> RowsAsync()
    {
        var now = clock.GetUtcNow();
        var today = Dates.Day(now);
        var districts = await db.Districts.AsNoTracking().Select(d => new { d.Id, d.Name, d.Code, d.Level }).ToListAsync();
        var plans = (await db.Plans.AsNoTracking().Where(p => p.Status != PlanStatus.Superseded)
                .Select(p => new { p.Id, p.DistrictId, p.Status, p.FirstSchoolYear }).ToListAsync())
            .GroupBy(p => p.DistrictId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Status == PlanStatus.Approved).ThenByDescending(p => p.FirstSchoolYear).First());
        var versions = await db.PlanVersions.AsNoTracking().GroupBy(v => v.PlanId).Select(g => new { PlanId = g.Key, Number = g.Max(v => v.Number) })
            .ToDictionaryAsync(v => v.PlanId, v => v.Number);
        var held = (await db.HighlightDiscussions.AsNoTracking().Where(d => d.Status == DiscussionStatus.Scheduled && d.StartsAt <= now)
                .Select(d => new { d.Id, d.DistrictId, d.StartsAt }).ToListAsync())
            .GroupBy(d => d.DistrictId).ToDictionary(g => g.Key, g => g.ToList());
        var minutes = (await db.Minutes.AsNoTracking().Select(m => new { m.DistrictId, m.DiscussionId, m.DiscussionDay, m.FinalOn }).ToListAsync())
            .GroupBy(m => m.DistrictId).ToDictionary(g => g.Key, g => g.ToList());
        var published = (await db.ProgressReports.AsNoTracking().Where(r => r.Stage == ReportStage.Published).ToListAsync())
            .GroupBy(r => r.DistrictId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Period.Order)!);
        var risks = await db.Risks.AsNoTracking().Where(r => r.Status == RiskStatus.Open).GroupBy(r => r.DistrictId)
            .Select(g => new { DistrictId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.DistrictId, g => g.Count);
        var overdueRequests = await db.EvidenceRequests.AsNoTracking().Where(r => r.Status == RequestStatus.Open && r.DueOn < today).GroupBy(r => r.DistrictId)
            .Select(g => new { DistrictId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.DistrictId, g => g.Count);

        return [.. districts.Select(d =>
        {
            var plan = plans.GetValueOrDefault(d.Id);
            var discussions = held.GetValueOrDefault(d.Id) ?? [];
            var records = minutes.GetValueOrDefault(d.Id) ?? [];
            var final = records.Where(m => m.FinalOn is not null).ToList();
            var finalIds = final.Select(m => m.DiscussionId).ToHashSet();
            var lateMinutes = discussions.Count(h => !finalIds.Contains(h.Id) && h.StartsAt >= now.AddDays(-LateMinutesLookBackDays)
                && MinutesClocks.For(Dates.Day(h.StartsAt), null).Final.DueOn < today);
            var report = published.GetValueOrDefault(d.Id);
            var (process, performance) = PortfolioRow.Counts(report);
            return new PortfolioRow(
                d.Id, d.Name, d.Code, d.Level.Value, plan?.Id, plan?.Status, plan is null ? null : versions.GetValueOrDefault(plan.Id) is var v and > 0 ? v : null,
                discussions.Count == 0 ? null : Dates.Day(discussions.Max(h => h.StartsAt)),
                final.Count, final.Count(m => m.FinalOn <= MinutesClocks.For(m.DiscussionDay, null).Final.DueOn),
                report?.Period, process, performance,
                risks.GetValueOrDefault(d.Id), overdueRequests.GetValueOrDefault(d.Id) + lateMinutes);
        })];
    }
}
