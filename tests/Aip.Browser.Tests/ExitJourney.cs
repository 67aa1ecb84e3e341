using Microsoft.Playwright;

namespace Aip.Browser.Tests;

/// <summary>
/// The road to exit (Appendix M): the monitor follows the home page's line to their view of Riverton's open reflection,
/// places Riverton on the continuum for every sub-area beside the cells' descriptions, and reads the three views side by
/// side, now agreeing or differing in words. The form, the reflection and the district's road to exit pass axe.
/// </summary>
public sealed class ExitJourney(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task The_monitor_places_a_view_and_reads_the_three_side_by_side() =>
        browser.RunAsync(nameof(The_monitor_places_a_view_and_reads_the_three_side_by_side), async page =>
        {
            await page.SignInAsync(browser.App, Demo.Monitor);
            await page.GotoAsync("/");
            await page.Locator("main .due-list li a", new() { HasTextString = "Place your view (" }).ClickAsync();
            await page.WaitForURLAsync(url => url.EndsWith("/my-view", StringComparison.Ordinal));
            await page.ExpectAccessibleAsync();

            var legends = page.Locator("main form fieldset");
            var count = await legends.CountAsync();
            Assert.True(count >= 4, $"expected a fieldset per sub-area, got {count}");
            for (var i = 0; i < count; i++)
            {
                await legends.Nth(i).GetByLabel("Transitional Implementation", new() { Exact = true }).CheckAsync();
            }

            await page.Locator("main form textarea").First.FillAsync("Seen at the November visit: the district leads this now.");
            await page.ClickInMainAsync(AriaRole.Button, "Save your view");
            await page.ExpectMessageAsync("has been saved");
            Assert.Contains("Seen at the November visit", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
            await page.ExpectAccessibleAsync();
            await page.Screenshot("exit-reflection");

            await page.GetByRole(AriaRole.Link, new() { Name = "Road to exit", Exact = true }).First.ClickAsync();
            await page.ExpectAccessibleAsync();
        });
}
