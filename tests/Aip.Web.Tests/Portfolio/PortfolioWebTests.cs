using System.Text;
using Aip.Domain.Districts;
using AngleSharp.Html.Dom;

namespace Aip.Web.Tests.Portfolio;

/// <summary>ESE's portfolio from the demo data: one row per district, filtered, sorted, exported; its cost does not grow with the districts.</summary>
public abstract class PortfolioWebTests(AipApp app)
{
    [DbFact]
    public async Task Ese_reads_every_district_with_its_plan_monitoring_and_latest_ratings_and_exports_the_same_rows()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        var page = await ese.GetPageAsync("/portfolio");

        var riverton = Row(page, "Riverton Public Schools");
        Assert.Contains("Approved, version 2", riverton, StringComparison.Ordinal);
        Assert.Contains("Practices in Place", riverton, StringComparison.Ordinal);
        Assert.Contains("June–August 2026", riverton, StringComparison.Ordinal);
        Assert.Contains("Submitted", Row(page, "Lakeside Regional School District"), StringComparison.Ordinal);

        var filtered = await ese.GetPageAsync("/portfolio?q=lak");
        Assert.Single(filtered.QuerySelectorAll("table.portfolio tbody tr"));
        var sorted = await ese.GetPageAsync("/portfolio?sort=Overdue&desc=true");
        Assert.Equal("descending", sorted.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));

        var csv = await ese.Http.GetAsync(new Uri("/portfolio.csv?q=riverton", UriKind.Relative));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("District,Code,Level,Plan status,Version in force", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Riverton Public Schools,RIV,4,Approved,2,", Assert.Single(lines.Skip(1)), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_portfolio_costs_the_same_statements_for_more_districts()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        await ese.GetPageAsync("/portfolio");
        app.Commands.Reset();
        await ese.GetPageAsync("/portfolio");
        var before = app.Commands.Count;

        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 5; i++)
            {
                db.Districts.Add(District.Create($"Portfolio test district {Guid.NewGuid():N}", "P" + Guid.NewGuid().ToString("N")[..8], 4, null));
            }

            return await db.SaveChangesAsync();
        });
        app.Commands.Reset();
        await ese.GetPageAsync("/portfolio");

        Assert.Equal(before, app.Commands.Count);
    }

    private static string Row(IHtmlDocument page, string district) =>
        page.QuerySelectorAll("table.portfolio tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains(district, StringComparison.Ordinal)).TextContent;
}

public sealed class PortfolioWebOnSqlite(SqliteApp app) : PortfolioWebTests(app), IClassFixture<SqliteApp>;

public sealed class PortfolioWebOnPostgres(PostgresApp app) : PortfolioWebTests(app), IClassFixture<PostgresApp>;

public sealed class PortfolioWebOnSqlServer(SqlServerApp app) : PortfolioWebTests(app), IClassFixture<SqlServerApp>;
