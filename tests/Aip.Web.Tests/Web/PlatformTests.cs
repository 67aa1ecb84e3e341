using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Web;

/// <summary>Cross-cutting behaviour: health, headers, antiforgery, error pages, logging, shared key ring.</summary>
public abstract class PlatformTests(AipApp app)
{
    [DbFact]
    public async Task Health_answers_200_without_sign_in_when_the_database_is_reachable()
    {
        using var client = app.NewClient();

        var response = await client.Http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [DbFact]
    public async Task Every_page_carries_the_security_headers()
    {
        using var client = app.NewClient();

        var response = await client.Http.GetAsync(new Uri("/account/sign-in", UriKind.Relative));

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [DbFact]
    public async Task Pages_contain_no_inline_script()
    {
        using var client = await app.NewClient().SignedInAsAsync(Demo.Ese);

        foreach (var url in new[] { "/", "/districts", "/users", "/users/create", "/districts/create" })
        {
            var page = await client.GetPageAsync(url);
            Assert.All(page.QuerySelectorAll("script"), script => Assert.False(string.IsNullOrEmpty(script.GetAttribute("src"))));
            Assert.Empty(page.QuerySelectorAll("[style], [onclick], [onload], [onsubmit]"));
        }
    }

    [DbFact]
    public async Task A_post_without_an_antiforgery_token_is_refused_and_changes_nothing()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var before = await app.WithDbAsync(db => db.Districts.CountAsync());

        var response = await ese.PostAsync("/districts/create", new() { ["Name"] = "Forged", ["Code"] = "FORGED", ["Level"] = "4" }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.Districts.CountAsync()));
    }

    [DbFact]
    public async Task Private_pages_and_downloads_are_never_stored_by_browsers_or_proxies_but_static_files_may_be()
    {
        var planId = await app.AddReviewedPlanAsync();
        // As deployed: the session is checked now and then, so most responses do not renew the cookie (a renewal says no-store).
        using var deployed = app.WithWebHostBuilder(host => host.UseSetting("Identity:SessionCheckInterval", "00:30:00"));
        using var monitor = await app.NewClient(deployed).SignedInAsAsync(Demo.Monitor);

        foreach (var url in new[] { $"/plans/{planId}/pdf", $"/plans/{planId}/versions/1/pdf", $"/plans/{planId}", "/" })
        {
            var response = await monitor.Http.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{url}: Cache-Control {response.Headers.CacheControl}");
        }

        var script = await monitor.Http.GetAsync(new Uri("/js/site.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.NotEqual(true, script.Headers.CacheControl?.NoStore);
    }

    [DbFact]
    public async Task An_unknown_address_shows_the_not_found_page()
    {
        using var client = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var page = await client.GetPageAsync($"/districts/{Guid.NewGuid()}", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }

    [DbFact]
    public async Task Data_protection_keys_live_in_the_database_so_a_second_instance_accepts_the_cookie()
    {
        var cookie = await SignInCookieAsync(app);
        Assert.NotEqual(0, await app.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
        using var second = new SecondInstance(app);
        using var http = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Priya Natarajan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_request_log_has_a_line_per_request_without_query_strings()
    {
        using var client = app.NewClient();
        var marker = Guid.NewGuid().ToString("N");

        await client.Http.GetAsync(new Uri($"/account/reset-password?userId={Guid.NewGuid()}&token=secret-{marker}", UriKind.Relative));

        var log = await LogContainingAsync("/account/reset-password");
        Assert.Contains("\"RequestPath\":\"/account/reset-password\"", log, StringComparison.Ordinal);
        Assert.Contains("\"UserId\":\"anonymous\"", log, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, log, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_request_log_names_the_signed_in_user()
    {
        using var client = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var userId = await app.UserIdAsync(Demo.Manager);

        await client.Http.GetAsync(new Uri("/notifications", UriKind.Relative));

        var log = await LogContainingAsync("\"RequestPath\":\"/notifications\"");
        var line = log.Split('\n').Single(l => l.Contains("\"RequestPath\":\"/notifications\"", StringComparison.Ordinal));
        Assert.Contains($"\"UserId\":\"{userId}\"", line, StringComparison.Ordinal);
        Assert.Contains("\"StatusCode\":200", line, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_health_probe_that_succeeds_is_not_in_the_request_log()
    {
        using var client = app.NewClient();
        var marker = $"/account/forgot-password-{Guid.NewGuid():N}";

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        await client.Http.GetAsync(new Uri(marker, UriKind.Relative));

        // The request after it is logged, so the probe's line would be there by now.
        var log = await LogContainingAsync(marker);
        Assert.Contains(marker, log, StringComparison.Ordinal);
        Assert.DoesNotContain(log.Split('\n'), l => l.Contains("\"RequestPath\":\"/health\"", StringComparison.Ordinal) && l.Contains("\"StatusCode\":200", StringComparison.Ordinal));
    }

    /// <summary>The in-memory server can answer before the request log line is written: waits for it.</summary>
    private async Task<string> LogContainingAsync(string text)
    {
        var log = string.Empty;
        for (var waited = 0; waited < 50 && !log.Contains(text, StringComparison.Ordinal); waited++)
        {
            await Task.Delay(100);
            log = await ReadLogAsync();
        }

        return log;
    }

    private async Task<string> ReadLogAsync()
    {
        var file = Directory.GetFiles(app.LogFolder, "aip-*.json").Single();
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    /// <summary>Signs in with a client that keeps no cookies, and returns the cookies the app set.</summary>
    private static async Task<string> SignInCookieAsync(AipApp app)
    {
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var signIn = await http.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var token = (await TestClient.ParseAsync(signIn)).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = Demo.Manager, ["Password"] = TestClient.DemoPassword, ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", CookiesOf(signIn));

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return CookiesOf(response);
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0]));

    /// <summary>A second app instance on the same database, as behind a load balancer.</summary>
    private sealed class SecondInstance(AipApp first) : AipApp(first.Provider)
    {
        public override string CreateDatabase() => first.ConnectionString;
    }
}

public sealed class PlatformOnSqlite(SqliteApp app) : PlatformTests(app), IClassFixture<SqliteApp>;

public sealed class PlatformOnPostgres(PostgresApp app) : PlatformTests(app), IClassFixture<PostgresApp>;

public sealed class PlatformOnSqlServer(SqlServerApp app) : PlatformTests(app), IClassFixture<SqlServerApp>;
