using Microsoft.Playwright;

namespace Aip.Browser.Tests;

/// <summary>
/// Each role's home page leads to the exact place to act. The Plan Manager's with the keyboard only: the first line of "what
/// is due" (the overdue request) is reached with Tab and opened with Enter, landing on the request itself. The
/// Superintendent follows the line of the published report to present and records the School Committee's date, and the line
/// goes. The monitor follows the report's line to the draft in review. ESE follows the line of the draft to review, then goes
/// from the portfolio to a district's exit readiness and records criterion A for the year. Every page passes axe.
/// </summary>
public sealed class HomeJourney(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task The_plan_manager_reaches_the_first_thing_due_with_the_keyboard_alone() =>
        browser.RunAsync(nameof(The_plan_manager_reaches_the_first_thing_due_with_the_keyboard_alone), async page =>
        {
            await page.SignInAsync(browser.App, Demo.Manager);
            await page.GotoAsync("/");
            await page.ExpectAccessibleAsync();
            var first = page.Locator("main .due-list li.due-action a").First;
            Assert.StartsWith("Answer the monitor's request", await first.TextContentAsync(), StringComparison.Ordinal);

            for (var presses = 0; presses < 40 && !await first.EvaluateAsync<bool>("a => a === document.activeElement"); presses++)
            {
                await page.Keyboard.PressAsync("Tab");
            }

            Assert.True(await first.EvaluateAsync<bool>("a => a === document.activeElement"), "Tab never reached the first line of what is due.");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(url => url.Contains("/requests#request-", StringComparison.Ordinal));
            await page.ExpectAccessibleAsync();
            await page.Screenshot("home-manager-request");
        });

    [BrowserFact]
    public Task The_superintendent_follows_the_line_to_the_report_to_present_and_records_the_meeting() =>
        browser.RunAsync(nameof(The_superintendent_follows_the_line_to_the_report_to_present_and_records_the_meeting), async page =>
        {
            await page.SignInAsync(browser.App, Demo.Superintendent);
            await page.GotoAsync("/");
            await page.ExpectAccessibleAsync();
            await page.Locator("main .due-list li a", new() { HasTextString = "to the School Committee" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/reports/", StringComparison.Ordinal));
            await page.ExpectAccessibleAsync();

            await page.ClickInMainAsync(AriaRole.Button, "Record the presentation to the School Committee");
            await page.ExpectMessageAsync("The presentation to the School Committee is recorded.");
            await page.GotoAsync("/");
            Assert.Equal(0, await page.Locator("main .due-list li", new() { HasTextString = "to the School Committee" }).CountAsync());
            await page.Screenshot("home-superintendent");
        });

    [BrowserFact]
    public Task The_monitor_follows_the_line_of_the_report_in_review() =>
        browser.RunAsync(nameof(The_monitor_follows_the_line_of_the_report_in_review), async page =>
        {
            await page.SignInAsync(browser.App, Demo.Monitor);
            await page.GotoAsync("/");
            await page.ExpectAccessibleAsync();
            await page.Locator("main .due-list li.due-action a", new() { HasTextString = "Answer the reviewers' comments" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/reports/", StringComparison.Ordinal));
            Assert.Contains("Draft in review", await page.Locator("main .lead").TextContentAsync(), StringComparison.Ordinal);
            await page.ExpectAccessibleAsync();
            await page.Screenshot("home-monitor-report");
        });

    [BrowserFact]
    public Task Ese_follows_the_line_of_the_draft_to_review_then_records_a_districts_exit_criterion_from_the_portfolio() =>
        browser.RunAsync(nameof(Ese_follows_the_line_of_the_draft_to_review_then_records_a_districts_exit_criterion_from_the_portfolio), async page =>
        {
            await page.SignInAsync(browser.App, Demo.Ese);
            await page.GotoAsync("/");
            await page.ExpectAccessibleAsync();
            await page.Locator("main .due-list li.due-action a", new() { HasTextString = "Review the draft progress report" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/reports/", StringComparison.Ordinal));
            await page.ExpectAccessibleAsync();

            await page.GotoAsync("/portfolio");
            await page.ExpectAccessibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Exit readiness of Riverton Public Schools" }).ClickAsync();
            await page.WaitForURLAsync(url => url.EndsWith("/exit-criteria", StringComparison.Ordinal));
            await page.ExpectAccessibleAsync();

            var form = page.Locator("#record-a");
            await form.GetByLabel("School year").SelectOptionAsync(new SelectOptionValue { Label = "2026–27" });
            await form.GetByLabel("No longer in lowest 10% of districts").CheckAsync();
            await form.GetByLabel("The data").FillAsync("Riverton rose to the 12th percentile of districts; aggregate PPI 66 against a target of 75.");
            await page.ClickInMainAsync(AriaRole.Button, "Save criterion A for the year");
            await page.ExpectMessageAsync("Criterion A for 2026–27 is recorded.");
            Assert.Contains("2026–27: shown (no longer in the lowest 10% of districts)", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
            await page.ExpectAccessibleAsync();
            await page.Screenshot("exit-readiness");
        });
}
