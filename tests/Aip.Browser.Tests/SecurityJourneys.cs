using Aip.Domain.People;
using Microsoft.Playwright;

namespace Aip.Browser.Tests;

public sealed class SecurityJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task A_new_monitor_sets_up_the_authenticator_app_saves_the_recovery_codes_and_goes_on() =>
        browser.RunAsync(nameof(A_new_monitor_sets_up_the_authenticator_app_saves_the_recovery_codes_and_goes_on), async page =>
        {
            var email = await browser.App.CreateAccountAsync(Role.PlanMonitor, secondFactor: false);
            await page.SignInAsync(browser.App, email);

            await page.WaitForURLAsync(url => url.Contains("/account/second-factor", StringComparison.Ordinal));
            await page.ExpectAccessibleAsync();
            await page.Screenshot("second-factor-setup");
            var key = (await page.Locator("#authenticator-key").TextContentAsync())!.Replace(" ", string.Empty, StringComparison.Ordinal);
            await page.GetByLabel("Code your app shows now").FillAsync("12345");
            await page.GetByRole(AriaRole.Button, new() { Name = "Turn on the second factor" }).ClickAsync();
            Assert.Equal("The code is the 6 digits your app shows now.", await page.Locator("#error-Code").TextContentAsync());

            await page.GetByLabel("Code your app shows now").FillAsync(Authenticator.CodeAt(DateTimeOffset.UtcNow, key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Turn on the second factor" }).ClickAsync();
            await page.Locator("#recovery-codes").WaitForAsync();
            Assert.Equal(10, await page.Locator("#recovery-codes li").CountAsync());
            await page.ExpectAccessibleAsync();
            await page.Screenshot("recovery-codes");

            await page.GetByRole(AriaRole.Link, new() { Name = "I have saved them — continue" }).ClickAsync();
            await page.WaitForURLAsync(url => url.EndsWith('/'));
            Assert.Contains("As Plan Monitor", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        });

    [BrowserFact]
    public Task The_code_page_and_the_sign_in_history_are_accessible_on_a_phone() =>
        browser.RunAsync(nameof(The_code_page_and_the_sign_in_history_are_accessible_on_a_phone), async page =>
        {
            await page.GotoAsync("/account/sign-in");
            await page.GetByLabel("Email address").FillAsync(Demo.Ese);
            await page.GetByLabel("Password").FillAsync(TestClient.DemoPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/account/sign-in/code", StringComparison.Ordinal));
            await page.ExpectAccessibleAsync();
            Assert.True(await page.FitsWidthAsync());
            await page.Screenshot("sign-in-code-phone");
            await page.GetByLabel("Code from your authenticator app").FillAsync(await browser.App.Authenticator.NextCodeAsync(Demo.Ese));
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.WaitForURLAsync(url => url.EndsWith('/'));

            await page.GotoAsync("/users/sign-ins");
            Assert.Contains("Signed in", await page.Locator("tbody").TextContentAsync(), StringComparison.Ordinal);
            await page.ExpectAccessibleAsync();
            await page.Screenshot("sign-in-history-phone");
        }, width: 390);
}
