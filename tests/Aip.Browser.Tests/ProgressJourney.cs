using System.Globalization;
using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Aip.Browser.Tests;

/// <summary>
/// Benchmark progress in the browser: from the Minutes of Riverton's latest Highlight Discussion the Plan Manager follows
/// "Record benchmark results", records a result against a dated target of initiative 1.1, comes back to the Minutes, then
/// opens the plan's progress and the initiative's page and sees the result in the chart's table, with the SVG chart beside
/// it. Every page passes axe.
/// </summary>
public sealed class ProgressJourney(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task A_result_recorded_from_the_minutes_shows_in_the_initiatives_chart_and_table() =>
        browser.RunAsync(nameof(A_result_recorded_from_the_minutes_shows_in_the_initiatives_chart_and_table), async page =>
        {
            var (planId, minutesUrl, walks) = await browser.App.WithDbAsync(async db =>
            {
                var plan = await db.Plans.Where(p => p.Status == PlanStatus.Approved && db.HighlightDiscussions.Any(d => d.PlanId == p.Id)).Select(p => p.Id).SingleAsync();
                var discussion = await db.Minutes.Where(m => m.PlanId == plan && m.Stage == MinutesStage.InReview).Select(m => m.DiscussionId).FirstAsync();
                var benchmark = await db.Set<Benchmark>()
                    .Where(b => b.Kind == BenchmarkKind.EarlyEvidenceOfChange && db.Set<Initiative>().Any(i => i.Id == b.InitiativeId && i.Rank == 1
                        && db.Set<Objective>().Any(o => o.Id == i.ObjectiveId && o.Rank == 1 && o.PlanId == plan)))
                    .OrderBy(b => b.Position).FirstAsync();
                return (plan, $"/plans/{plan}/discussions/{discussion}/minutes", benchmark);
            });

            await page.SignInAsync(browser.App, Demo.Manager);
            await page.GotoAsync(minutesUrl);
            await page.ExpectAccessibleAsync();
            await page.ClickInMainAsync(AriaRole.Link, "Record benchmark results");
            await page.ExpectAccessibleAsync();

            // The learning walks' January target (80%), reached early.
            await page.GetByLabel("Benchmark and dated target", new() { Exact = false }).SelectOptionAsync($"{walks.Id}|2027-01-31");
            await page.GetByLabel("Result", new() { Exact = false }).First.FillAsync("82%");
            await page.GetByLabel("Date measured", new() { Exact = false }).FillAsync(Dates.Day(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByLabel("Source (optional)").FillAsync("Learning-walk summary, this month");
            await page.ClickInMainAsync(AriaRole.Button, "Record the result");
            await page.ExpectMessageAsync("The result has been recorded.");
            Assert.EndsWith(minutesUrl + "#section-1", page.Url, StringComparison.Ordinal);
            await page.ExpectAccessibleAsync();

            await page.GotoAsync($"/plans/{planId}");
            await page.ClickInMainAsync(AriaRole.Link, "Benchmark progress");
            await page.ExpectAccessibleAsync();
            await page.ClickInMainAsync(AriaRole.Link, "Initiative 1.1");
            await page.ExpectAccessibleAsync();

            var section = page.Locator("section.card").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = walks.Description, Exact = true }) });
            // The chart is named by its title (role img); the table beside it holds the figures.
            Assert.True(await section.GetByRole(AriaRole.Img, new() { Name = $"Chart of {walks.Description}" }).IsVisibleAsync());
            var row = section.Locator("table tbody tr").Filter(new() { HasText = "31 January 2027" });
            Assert.Contains("82%", await row.TextContentAsync(), StringComparison.Ordinal);
            Assert.Contains("Met", await row.TextContentAsync(), StringComparison.Ordinal);
            await page.Screenshot("progress-initiative");
        });
}
