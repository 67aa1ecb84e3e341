using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Aip.Browser.Tests;

/// <summary>The real app on Kestrel, on a free loopback port and a fresh SQLite database.</summary>
public sealed class KestrelApp : SqliteApp
{
    public KestrelApp() => UseKestrel(0);

    public string BaseUrl
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }
    }
}

/// <summary>
/// One app and one headless Debian Chromium for a test class; each journey gets a fresh browser context
/// (no cookies), so it signs in through the real sign-in form like a person.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public KestrelApp App { get; } = new();

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            // As root in CI Chromium needs --no-sandbox; the network flags keep it from calling home
            // (this machine has no network, and the refused connections slow it down).
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>
    /// Runs a journey in a fresh page. When it fails, a screenshot and the page's HTML are saved under
    /// TestResults/browser-failures and their path is added to the failure message.
    /// </summary>
    public async Task RunAsync(string journey, Func<IPage, Task> steps, int width = 1280)
    {
        ArgumentNullException.ThrowIfNull(steps);
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        var page = await context.NewPageAsync();
        try
        {
            await steps(page);
        }
        catch (Exception failure)
        {
            var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "browser-failures"));
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, journey);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file + ".png", FullPage = true });
            await File.WriteAllTextAsync(file + ".html", await page.ContentAsync());
            throw new InvalidOperationException($"Journey '{journey}' failed at {page.Url}; screenshot and HTML: {file}.png/.html", failure);
        }
    }
}

public static class Chromium
{
    public const string Path = "/usr/bin/chromium";
    public const string RequireVariable = "AIP_REQUIRE_BROWSER";

    public static string? SkipReason =>
        File.Exists(Path) || Environment.GetEnvironmentVariable(RequireVariable) == "1"
            ? null
            : $"Chromium is not installed at {Path} (apt-get install chromium); set {RequireVariable}=1 to make that a failure.";
}

/// <summary>A browser test: skipped with a reason when Chromium is missing, unless AIP_REQUIRE_BROWSER=1.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

public static class PageExtensions
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Checks the page with axe against the WCAG 2.1 A and AA rules: any violation fails.</summary>
    public static async Task ExpectAccessibleAsync(this IPage page)
    {
        var result = await AxeAsync(page);
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"Accessibility violations on {page.Url}:\n" + string.Join("\n", violations));
    }

    /// <summary>Signs in through the form, and for accounts with a second factor enters the authenticator app's code.</summary>
    public static async Task SignInAsync(this IPage page, AipApp app, string email, string password = TestClient.DemoPassword)
    {
        ArgumentNullException.ThrowIfNull(app);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/account/sign-in", StringComparison.Ordinal) && !url.Contains("/account/sign-in?", StringComparison.Ordinal));
        if (page.Url.Contains("/account/sign-in/code", StringComparison.Ordinal))
        {
            await page.GetByLabel("Code from your authenticator app").FillAsync(await app.Authenticator.NextCodeAsync(email));
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Runs axe on the page as it settles: a click just before may have started a navigation, and axe run while the old
    /// document goes away fails with no document; then it waits for the new page and runs again.
    /// </summary>
    private static async Task<Deque.AxeCore.Commons.AxeResult> AxeAsync(IPage page)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.WaitForLoadStateAsync(LoadState.Load);
            try
            {
                return await page.RunAxe(Wcag21AA);
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                await Task.Delay(200);
            }
        }
    }

    /// <summary>Signs out through the navigation bar and signs in as someone else.</summary>
    public static async Task SwitchUserAsync(this IPage page, AipApp app, string email)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/sign-in", StringComparison.Ordinal));
        await page.SignInAsync(app, email);
    }

    /// <summary>Clicks the first link or button of the page's main content with exactly this accessible name.</summary>
    public static Task ClickInMainAsync(this IPage page, AriaRole role, string name) =>
        page.Locator("main").GetByRole(role, new() { Name = name, Exact = true }).First.ClickAsync();

    /// <summary>Checks the message a step leaves at the top of the next page (the status region).</summary>
    public static async Task ExpectMessageAsync(this IPage page, string text) =>
        Assert.Contains(text, await page.Locator("main [role=status]").First.TextContentAsync(), StringComparison.Ordinal);

    /// <summary>Saves a full-page screenshot under TestResults/screens, for people to look at what the journey saw.</summary>
    public static async Task Screenshot(this IPage page, string name)
    {
        var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "screens"));
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>True when the page's content is no wider than the window (no horizontal scrolling).</summary>
    public static Task<bool> FitsWidthAsync(this IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
}
