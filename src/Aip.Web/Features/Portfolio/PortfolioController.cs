using System.Text;
using Aip.Domain.Dashboards;
using Aip.Domain.Plans;
using Aip.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Aip.Web.Features.Portfolio;

/// <summary>What the portfolio page was asked for: a search, a plan status, a sort, a page (the same for the CSV, unpaged).</summary>
public sealed record PortfolioFilter(string? Q, PlanStatus? Status, PortfolioSort Sort, bool Desc, int Page);

public sealed record PortfolioPage(PortfolioFilter Filter, IReadOnlyList<PortfolioRow> Rows, int Matching, int Total, int Pages);

/// <summary>ESE's portfolio of every district in one table (issue 16): sortable, filterable, paged, exported as CSV.</summary>
[Authorize(Policy = Policies.EseStaff)]
[Route("portfolio")]
public sealed class PortfolioController(PortfolioQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, PlanStatus? status, PortfolioSort sort = PortfolioSort.Name, bool desc = false, int page = 1) =>
        View("Index", await query.PageAsync(new PortfolioFilter(q, Known(status), Known(sort), desc, page)));

    [HttpGet("/portfolio.csv")]
    public async Task<IActionResult> Csv(string? q, PlanStatus? status, PortfolioSort sort = PortfolioSort.Name, bool desc = false)
    {
        var rows = await query.WithRatingsAsync(PortfolioTable.Sort(PortfolioTable.Filter(await query.RowsAsync(null), q, Known(status)), Known(sort), desc));
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(PortfolioTable.Csv(rows))).ToArray(), "text/csv", "aip-portfolio.csv");
    }

    private static PlanStatus? Known(PlanStatus? status) => status is { } s && Enum.IsDefined(s) ? s : null;

    private static PortfolioSort Known(PortfolioSort sort) => Enum.IsDefined(sort) ? sort : PortfolioSort.Name;
}
