using Microsoft.Playwright;

namespace Aip.Browser.Tests;

/// <summary>
/// The Plan Manager's home page with the keyboard only: the first line of "what is due" (the overdue request) is reached
/// with Tab and opened with Enter, landing on the request itself. Both pages pass axe.
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
}
