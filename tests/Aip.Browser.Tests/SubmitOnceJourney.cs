using Microsoft.Playwright;

namespace Aip.Browser.Tests;

/// <summary>A sent form's button is disabled (submit-once.js); one stopped by browser-side validation is not.</summary>
public sealed class SubmitOnceJourney(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task A_sent_form_disables_its_button_and_a_form_stopped_by_validation_keeps_it() =>
        browser.RunAsync(nameof(A_sent_form_disables_its_button_and_a_form_stopped_by_validation_keeps_it), async page =>
        {
            await page.SignInAsync(browser.App, Demo.Manager);
            await page.GotoAsync($"/districts/{await browser.App.DistrictIdAsync(Demo.District)}/plans/new");
            var button = page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Start the plan", Exact = true });

            await page.GetByLabel("Plan title").FillAsync(string.Empty);
            await button.ClickAsync();
            await page.Locator("#error-Title").Filter(new() { HasText = "Enter the plan title." }).WaitForAsync();
            Assert.True(await button.IsEnabledAsync());

            // The page stays put after the send (a listener after the app's own stops the navigation), so it can be looked at.
            await page.EvaluateAsync("() => document.addEventListener('submit', event => event.preventDefault())");
            await page.GetByLabel("Plan title").FillAsync("Sent once");
            await page.GetByLabel("First school year").FillAsync("2027");
            await page.GetByLabel("Last school year").FillAsync("2028");
            await button.ClickAsync();

            await Assertions.Expect(button).ToBeDisabledAsync();
            Assert.Equal("true", await page.Locator("main form[method=post]").GetAttributeAsync("data-submitted"));
        });
}
