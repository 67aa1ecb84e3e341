using System.Text;
using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.People;
using Aip.Web.Data;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        // The Minutes' figures are counted in SQL: the same as the domain's rules applied to Riverton's records here.
        var (final, onTime, last) = await app.WithDbAsync(async db =>
        {
            var id = await db.Districts.Where(d => d.Code == DemoData.RivertonCode).Select(d => d.Id).SingleAsync();
            var minutes = await db.Minutes.Where(m => m.DistrictId == id && m.FinalOn != null).Select(m => new { m.DiscussionDay, m.FinalOn }).ToListAsync();
            var held = await db.HighlightDiscussions.Where(d => d.DistrictId == id && d.Status == DiscussionStatus.Scheduled).Select(d => d.StartsAt).ToListAsync();
            return (minutes.Count, minutes.Count(m => m.FinalOn <= MinutesClocks.For(m.DiscussionDay, null).Final.DueOn),
                held.Where(at => at <= DateTimeOffset.UtcNow).Max());
        });
        Assert.True(final > 0);
        Assert.Contains($"{Math.Round(100m * onTime / final, MidpointRounding.AwayFromZero)}% of {final}", riverton, StringComparison.Ordinal);
        Assert.Contains(Dates.Display(Dates.Day(last)), riverton, StringComparison.Ordinal);

        // Sorted by a monitoring column, every district's records are counted; by name, the page's alone: the same row.
        Assert.Equal(riverton, Row(await ese.GetPageAsync("/portfolio?sort=OpenRisks"), "Riverton Public Schools"));

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
    public async Task The_portfolio_costs_the_same_statements_for_more_districts_each_with_a_year_of_monitoring()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        string[] pages = ["/portfolio", "/portfolio?sort=Overdue&desc=true", "/portfolio?status=Approved&sort=Status"];
        async Task<int[]> StatementsAsync()
        {
            var counts = new int[pages.Length];
            for (var i = 0; i < pages.Length; i++)
            {
                await ese.GetPageAsync(pages[i]);
                app.Commands.Reset();
                await ese.GetPageAsync(pages[i]);
                counts[i] = app.Commands.Count;
            }

            return counts;
        }

        var before = await StatementsAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
            var eseActor = new Actor(await app.UserIdAsync(Demo.Ese), Role.EseStaff, "ESE");
            var monitor = new Actor(await app.UserIdAsync(Demo.Monitor), Role.PlanMonitor, "Monitor");
            for (var i = 0; i < 3; i++)
            {
                await demo.AddMonitoredDistrictAsync($"Portfolio test district {Guid.NewGuid():N}", "P" + Guid.NewGuid().ToString("N")[..8], eseActor, monitor,
                    new DemoTimeline(DateTimeOffset.UtcNow));
            }
        }

        var after = await StatementsAsync();

        Assert.Equal(before, after);
        var added = (await ese.GetPageAsync("/portfolio?q=Portfolio+test&sort=OnTime")).QuerySelectorAll("table.portfolio tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, added.Count);
        Assert.All(added, row =>
        {
            Assert.Contains("Approved, version 1", row, StringComparison.Ordinal);
            Assert.Matches("[0-9]+% of [1-9]", row);
        });
    }

    private static string Row(IHtmlDocument page, string district) =>
        page.QuerySelectorAll("table.portfolio tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains(district, StringComparison.Ordinal)).TextContent;
}

public sealed class PortfolioWebOnSqlite(SqliteApp app) : PortfolioWebTests(app), IClassFixture<SqliteApp>;

public sealed class PortfolioWebOnPostgres(PostgresApp app) : PortfolioWebTests(app), IClassFixture<PostgresApp>;

public sealed class PortfolioWebOnSqlServer(SqlServerApp app) : PortfolioWebTests(app), IClassFixture<SqlServerApp>;
