using Aip.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Aip.Browser.Tests;

/// <summary>
/// A Quarterly Progress Report in the browser, through its chain: the district's monitor begins it from the pre-fill, rates
/// every initiative on both Appendix G scales citing the period's evidence and sends it for review; ESE pins a comment;
/// the monitor answers it and sends the revised draft to the superintendent, who says the corrections are complete; the
/// monitor and ESE confirm publication; a visitor without an account reads it in the public archive. Every page passes axe.
/// </summary>
public sealed class ReportJourney(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task A_report_goes_from_the_monitors_draft_through_review_and_factual_corrections_to_the_public_archive() =>
        browser.RunAsync(nameof(A_report_goes_from_the_monitors_draft_through_review_and_factual_corrections_to_the_public_archive), async page =>
        {
            var district = await browser.App.AddReportingDistrictAsync();

            await page.SignInAsync(browser.App, district.Monitor);
            await page.GotoAsync($"/districts/{district.DistrictId}/reports");
            await page.ExpectAccessibleAsync();
            await page.ClickInMainAsync(AriaRole.Button, $"Begin the report for {district.Period.DisplayName}");
            await page.ExpectMessageAsync("is begun from the period's Minutes, evidence and benchmark results");
            await page.ExpectAccessibleAsync();
            await page.Screenshot("report-edit");

            await page.GetByLabel("Narrative summary of overall progress").FillAsync("Every school posts the Instructional Expectations; data teams meet weekly.");
            foreach (var value in new[] { nameof(ProcessRating.PracticesInPlace), nameof(PerformanceRating.PartiallyReached) })
            {
                var levels = page.Locator($"input[type=radio][value={value}]");
                for (var i = 0; i < await levels.CountAsync(); i++)
                {
                    await levels.Nth(i).CheckAsync();
                }
            }

            var sources = page.Locator("input[type=checkbox][name$='Evidence']:visible");
            for (var i = 0; i < await sources.CountAsync(); i++)
            {
                await sources.Nth(i).CheckAsync();
            }

            await page.ClickInMainAsync(AriaRole.Button, "Save and send the draft for review to ESE and the other monitors");
            await page.ExpectMessageAsync("The draft has been sent for review");
            await page.ExpectAccessibleAsync();

            await page.SwitchUserAsync(browser.App, Demo.Ese);
            var reportId = await browser.App.WithDbAsync(db => db.ProgressReports.Where(r => r.DistrictId == district.DistrictId).Select(r => r.Id).SingleAsync());
            await page.GotoAsync($"/reports/{reportId}");
            await page.ExpectAccessibleAsync();
            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Comment on this part" }).First.ClickAsync();
            await page.Locator("#NewComment_Text").FillAsync("Which learning walks show Practices in Place?");
            await page.ClickInMainAsync(AriaRole.Button, "Pin the comment");
            await page.ExpectMessageAsync("Your comment has been pinned to the report");
            await page.ExpectAccessibleAsync();

            await page.SwitchUserAsync(browser.App, district.Monitor);
            await page.GotoAsync($"/reports/{reportId}");
            await page.Locator("main textarea[name='Reply.Text']").FillAsync("The October walks in all six schools.");
            await page.ClickInMainAsync(AriaRole.Button, "Answer");
            await page.ExpectMessageAsync("Your answer has been recorded.");
            await page.ClickInMainAsync(AriaRole.Button, "Send the revised draft to the Superintendent for factual corrections");
            await page.ExpectMessageAsync("has gone to the Superintendent for factual corrections");

            await page.SwitchUserAsync(browser.App, district.Superintendent);
            await page.GotoAsync($"/reports/{reportId}");
            await page.ExpectAccessibleAsync();
            Assert.DoesNotContain("Which learning walks", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
            await page.ClickInMainAsync(AriaRole.Button, "My factual corrections are complete");
            await page.ExpectMessageAsync("the factual corrections are complete");

            foreach (var who in new[] { district.Monitor, Demo.Ese })
            {
                await page.SwitchUserAsync(browser.App, who);
                await page.GotoAsync($"/reports/{reportId}");
                await page.ClickInMainAsync(AriaRole.Button, "Confirm publication");
            }

            await page.ExpectMessageAsync("The report is published");
            await page.ExpectAccessibleAsync();
            await page.Screenshot("report-published");

            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/account/sign-in", StringComparison.Ordinal));
            await page.ClickInMainAsync(AriaRole.Link, "Read the published progress reports");
            await page.ExpectAccessibleAsync();
            await page.GotoAsync($"/archive/{reportId}");
            await page.ExpectAccessibleAsync();
            Assert.Contains("Every school posts the Instructional Expectations", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain("Which learning walks", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
            await page.Screenshot("report-archive");
        });
}
