using Aip.Documents;
using Aip.Domain.Reporting;
using Aip.Web.Data;
using Aip.Web.Features.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Reports;

public sealed record ArchivePage(IReadOnlyList<IGrouping<string, ReportListItem>> Districts);

public sealed record ArchiveReportPage(ProgressReport Report, string DistrictName, RatingHistory? YearRatings);

/// <summary>
/// The public archive (guidance §8: the final QPR is "posted publicly"): published reports by district and period, as a
/// page and as the PDF, without signing in. Drafts, review comments, factual corrections and evidence files never appear:
/// the archive reads only published reports, and a report at any other stage is not found here.
/// </summary>
[AllowAnonymous]
[Route("archive")]
public sealed class ArchiveController(AipDbContext db, ReportSources sources, IDocumentRenderer renderer, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var published = await db.ProgressReports.AsNoTracking().Where(r => r.Stage == ReportStage.Published)
            .Join(db.Districts, r => r.DistrictId, d => d.Id, (r, d) => new { r.Id, r.DistrictId, d.Name, r.SchoolYear, r.Quarter, r.MonitorName, r.PublishedAt, r.Kind })
            .ToListAsync();
        var items = published
            .Select(r => new ReportListItem(r.Id, r.DistrictId, r.Name, new ReportingPeriod(r.SchoolYear, r.Quarter), ReportStage.Published, r.MonitorName, r.PublishedAt, r.Kind))
            .OrderBy(r => r.DistrictName, StringComparer.CurrentCulture).ThenByDescending(r => r.Period.Order)
            .GroupBy(r => r.DistrictName).ToList();
        return View("Archive", new ArchivePage(items));
    }

    [HttpGet("{reportId:guid}")]
    public async Task<IActionResult> Report(Guid reportId)
    {
        if (await PublishedAsync(reportId) is not { } report)
        {
            return NotFound();
        }

        var name = await db.Districts.Where(d => d.Id == report.DistrictId).Select(d => d.Name).SingleAsync();
        return View("ArchiveReport", new ArchiveReportPage(report, name, report.IsSummative ? await sources.YearRatingsAsync(report) : null));
    }

    [HttpGet("{reportId:guid}/pdf")]
    [EnableRateLimiting(DocumentsRegistration.RenderPolicy)]
    public async Task<IActionResult> Pdf(Guid reportId) =>
        await PublishedAsync(reportId) is { } report ? await ReportPdf.FileAsync(this, db, sources, renderer, clock, report) : NotFound();

    private Task<ProgressReport?> PublishedAsync(Guid reportId) =>
        db.ProgressReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reportId && r.Stage == ReportStage.Published);

}
