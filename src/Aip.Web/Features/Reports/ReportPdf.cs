using Aip.Documents;
using Aip.Domain.Common;
using Aip.Domain.Reporting;
using Aip.Web.Data;
using Aip.Web.Features.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Reports;

/// <summary>The report as its PDF download, the same file inside the app and in the public archive.</summary>
internal static class ReportPdf
{
    public static async Task<IActionResult> FileAsync(
        ControllerBase controller, AipDbContext db, ReportSources sources, IDocumentRenderer renderer, TimeProvider clock, ProgressReport report)
    {
        var district = await db.Districts.Where(d => d.Id == report.DistrictId).Select(d => new { d.Name, d.Code }).SingleAsync();
        var yearRatings = report.IsSummative ? await sources.YearRatingsAsync(report) : null;
        var spec = ReportDocument.Compose(report, new ReportDocumentInfo(district.Name, Dates.Day(clock.GetUtcNow()), yearRatings));
        var name = report.IsSummative ? $"summative-report-{report.SchoolYear}" : $"progress-report-{report.Period.Key}";
        return controller.File(renderer.Render(spec), "application/pdf", $"{district.Code}-{name}.pdf");
    }
}
