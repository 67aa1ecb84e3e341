using System.Net;
using System.Text.RegularExpressions;
using Aip.Domain.People;
using Aip.Web.Features.Account;
using Aip.Web.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Aip.Web.Tests.Account;

/// <summary>The defects an outside probe found in signing in, out and resetting (issue 12), each proven closed.</summary>
public abstract partial class AccountSecurityTests(AipApp app)
{
    [DbFact]
    public async Task A_reset_link_starts_with_the_configured_origin_whatever_host_the_request_names()
    {
        var email = await app.CreateAccountAsync(Role.Superintendent, Demo.District);
        using var client = app.NewClient();
        var forgot = await client.GetPageAsync("/account/forgot-password");
        client.Http.DefaultRequestHeaders.Host = "evil.example";

        await client.SubmitAsync(forgot, "form[action='/account/forgot-password']", new() { ["Email"] = email });

        var mail = Mails.DecodeQuotedPrintable(Assert.Single(await app.MailsToAsync(email)));
        Assert.DoesNotContain("evil.example", mail, StringComparison.Ordinal);
        Assert.Matches(@"\r?\nhttps://aip\.test/account/reset-password\?userId=", mail);
    }

    [DbFact]
    public async Task A_session_cookie_copied_before_signing_out_no_longer_works_afterwards()
    {
        var email = await app.CreateAccountAsync(Role.PlanManager, Demo.District);
        using var person = app.NewClient();
        var signedIn = await person.SignInAsync(email);
        var cookie = SessionCookie(signedIn);
        using var copy = CookieClient(cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        await person.PostAsync("/account/sign-out");

        Assert.True((await copy.GetAsync(new Uri("/", UriKind.Relative))).IsRedirectToSignIn());
        var userId = await app.UserIdAsync(email);
        Assert.Equal(0, await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.UserId == userId)));
    }

    [DbFact]
    public void Outside_development_the_app_refuses_to_start_without_the_link_origin()
    {
        using var production = app.WithWebHostBuilder(host => host.UseEnvironment("Production").UseSetting("Database:SeedDemoData", "false").UseSetting("Mail:LinkOrigin", ""));

        var refusal = Assert.Throws<OptionsValidationException>(() => production.CreateClient());

        Assert.Contains("Mail:LinkOrigin must be", refusal.Message, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Every_refusal_reads_the_same_and_costs_one_password_hash()
    {
        var locked = await app.CreateAccountAsync(Role.PlanManager, Demo.District);
        var deactivated = await app.CreateAccountAsync(Role.PlanManager, Demo.District);
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == deactivated);
            user.IsActive = false;
            return await db.SaveChangesAsync();
        });
        using (var locker = app.NewClient())
        {
            for (var attempt = 0; attempt < AipApp.MaxFailedAttempts; attempt++)
            {
                await locker.SignInAsync(locked, "wrong-password-attempt");
            }
        }

        var hasher = new CountingHasher();
        using var counted = app.WithWebHostBuilder(host => host.ConfigureServices(services => services.AddSingleton<IPasswordHasher<AipUser>>(hasher)));
        var answers = new List<string>();
        foreach (var (email, password) in new[]
        {
            ("nobody-at-all@test.example", TestClient.DemoPassword), (Demo.Manager, "not-the-password-at-all"),
            (locked, TestClient.DemoPassword), (deactivated, TestClient.DemoPassword),
        })
        {
            using var client = app.NewClient(counted);
            var before = hasher.Verifications;
            var response = await client.SignInAsync(email, password);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(before + 1, hasher.Verifications);
            answers.Add((await TestClient.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent.Trim());
        }

        Assert.Single(answers.Distinct());
        Assert.Contains(AccountController.Refused, answers[0], StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_owner_of_a_locked_account_is_told_by_mail_and_the_history_shows_the_attempts_and_where_they_came_from()
    {
        var email = await app.CreateAccountAsync(Role.Superintendent, Demo.District);
        using var client = app.NewClient();
        client.Http.DefaultRequestHeaders.UserAgent.ParseAdd("ProbeBrowser/1.0");
        for (var attempt = 0; attempt < AipApp.MaxFailedAttempts + 1; attempt++)
        {
            await client.SignInAsync(email, "wrong-password-attempt");
        }

        var mail = Assert.Single(await app.MailsToAsync(email));
        Assert.Contains("Your AIP account is locked", mail, StringComparison.Ordinal);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var history = (await ese.GetPageAsync("/users/sign-ins")).QuerySelector("tbody")!.TextContent;
        Assert.Contains("Locked out", history, StringComparison.Ordinal);
        Assert.Contains("Sign-in failed", history, StringComparison.Ordinal);
        Assert.Contains("Wrong password.", history, StringComparison.Ordinal);
        Assert.Contains("ProbeBrowser/1.0", history, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Asking_for_a_reset_answers_the_same_for_an_account_and_for_none_and_never_waits_for_mail()
    {
        var email = await app.CreateAccountAsync(Role.Superintendent, Demo.District);
        using var client = app.NewClient();

        var known = await Text(await client.SubmitAsync(await client.GetPageAsync("/account/forgot-password"), "form[action='/account/forgot-password']", new() { ["Email"] = email }));
        var unknown = await Text(await client.SubmitAsync(await client.GetPageAsync("/account/forgot-password"), "form[action='/account/forgot-password']", new() { ["Email"] = "no-account@test.example" }));

        Assert.Equal(known.Replace(email, "ADDRESS", StringComparison.Ordinal), unknown.Replace("no-account@test.example", "ADDRESS", StringComparison.Ordinal));
        // The mail is in the outbox, not sent during the request: a mail server that is down cannot change the answer.
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == email && m.SentAt == null)));

        static async Task<string> Text(HttpResponseMessage response) => (await TestClient.ParseAsync(response)).QuerySelector("main")!.TextContent;
    }

    [DbFact]
    public async Task Too_many_attempts_from_one_address_get_429_with_retry_after_and_a_readable_page()
    {
        using var limited = app.WithWebHostBuilder(host => host.UseSetting("RateLimits:PerAddress", "3"));
        using var client = app.NewClient(limited);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync($"guess-{attempt}@test.example", "wrong-password-attempt")).StatusCode);
        }

        var refused = await client.SignInAsync("guess-4@test.example", "wrong-password-attempt");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Too many attempts", (await TestClient.ParseAsync(refused)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        // Pages that are not account attempts are not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri("/account/sign-in", UriKind.Relative))).StatusCode);
    }

    [DbFact]
    public async Task Attempts_on_one_account_are_limited_from_anywhere_without_locking_out_other_accounts()
    {
        var target = await app.CreateAccountAsync(Role.Superintendent, Demo.District);
        using var limited = app.WithWebHostBuilder(host => host.UseSetting("RateLimits:PerAccount", "2").UseSetting("Identity:Lockout:MaxFailedAttempts", "50")
            .ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddress("203.0.113.1"))));
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var somewhere = app.NewClient(limited);
            somewhere.Http.DefaultRequestHeaders.Add(RemoteAddress.Header, $"203.0.113.{10 + attempt}");
            await somewhere.SignInAsync(target, "wrong-password-attempt");
        }

        using var elsewhere = app.NewClient(limited);
        elsewhere.Http.DefaultRequestHeaders.Add(RemoteAddress.Header, "198.51.100.20");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await elsewhere.SignInAsync(target)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.NewClient(limited).SignInAsync(Demo.Manager)).StatusCode);
    }

    [DbFact]
    public async Task In_production_http_is_redirected_to_https_and_every_cookie_is_secure_with_hsts()
    {
        using var production = app.WithWebHostBuilder(host => host.UseEnvironment("Production").UseSetting("Database:SeedDemoData", "false"));
        // Not localhost: HSTS is never sent to it, by design.
        using var http = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://aip.test") });
        using var https = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(AipApp.LinkOrigin) });

        var redirected = await http.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var page = await https.GetAsync(new Uri("/account/sign-in", UriKind.Relative));

        Assert.Equal("https://aip.test/account/sign-in", redirected.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("max-age=31536000", page.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var cookies = page.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [DbFact]
    public async Task Forwarded_headers_are_believed_from_a_known_proxy_only()
    {
        var email = await app.CreateAccountAsync(Role.Superintendent, Demo.District);
        using var behindProxy = app.WithWebHostBuilder(host => host.UseSetting("ReverseProxy:KnownProxies:0", "10.0.0.5")
            .ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddress("10.0.0.5"))));
        using var direct = app.WithWebHostBuilder(host => host
            .ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddress("203.0.113.9"))));

        // A client's own forged X-Forwarded-For comes first; the proxy appends the address it saw: only that one counts.
        foreach (var (host, expected) in new[] { (behindProxy, "198.51.100.7"), (direct, "203.0.113.9") })
        {
            using var client = app.NewClient(host);
            client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.66, 198.51.100.7");
            await client.SignInAsync(email, "wrong-password-attempt");
            var recorded = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Item.Contains(email)).OrderByDescending(a => a.At).Select(a => a.IpAddress).FirstAsync());
            Assert.Equal(expected, recorded);
        }
    }

    [DbFact]
    public async Task A_person_sees_where_they_are_signed_in_and_ends_the_other_sessions_but_not_this_one()
    {
        var email = await app.CreateAccountAsync(Role.PlanManager, Demo.District);
        using var laptop = await app.NewClient().SignedInAsAsync(email);
        using var phone = app.NewClient();
        phone.Http.DefaultRequestHeaders.UserAgent.ParseAdd("PhoneBrowser/2.0");
        await phone.SignedInAsAsync(email);
        using var stranger = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var page = await laptop.GetPageAsync("/account/sessions");
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Single(rows, r => r.Contains("This browser", StringComparison.Ordinal));
        Assert.Single(rows, r => r.Contains("PhoneBrowser/2.0", StringComparison.Ordinal));

        await laptop.SubmitAsync(page, "form[action='/account/sessions/end-others']");

        Assert.True((await phone.Http.GetAsync(new Uri("/", UriKind.Relative))).IsRedirectToSignIn());
        Assert.Equal(HttpStatusCode.OK, (await laptop.Http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await stranger.Http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.Single((await laptop.GetPageAsync("/account/sessions")).QuerySelectorAll("tbody tr"));
    }

    [DbFact]
    public async Task A_session_handle_of_someone_else_ends_nothing()
    {
        var email = await app.CreateAccountAsync(Role.PlanManager, Demo.District);
        using var owner = await app.NewClient().SignedInAsAsync(email);
        var handle = (await owner.GetPageAsync("/account/sessions")).QuerySelector("form[action$='/end']")!.GetAttribute("action")!;
        using var other = await app.NewClient().SignedInAsAsync(Demo.Manager);

        await other.PostAsync(handle);

        Assert.Equal(HttpStatusCode.OK, (await owner.Http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [DbFact]
    public async Task Signing_in_with_a_planted_session_cookie_starts_a_new_session_that_the_planter_does_not_share()
    {
        using var planter = app.NewClient();
        var planted = SessionCookie(await planter.SignInAsync(Demo.OtherSuperintendent));
        var victim = await app.CreateAccountAsync(Role.Superintendent, Demo.District);
        using var victimBrowser = app.NewClient();
        var (name, value) = (planted.Split('=', 2)[0], planted.Split('=', 2)[1]);
        victimBrowser.Cookies.Add(victimBrowser.Http.BaseAddress!, new System.Net.Cookie(name, value, "/"));

        var signedIn = await victimBrowser.SignInAsync(victim);

        Assert.NotEqual(planted, SessionCookie(signedIn));
        var planterHome = (await planter.GetPageAsync("/")).QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Riverton", planterHome, StringComparison.Ordinal);
        Assert.Contains("Riverton", (await victimBrowser.GetPageAsync("/")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_account_limit_counts_an_address_spelled_with_look_alike_letters_as_the_same_account()
    {
        using var limited = app.WithWebHostBuilder(host => host.UseSetting("RateLimits:PerAccount", "2").UseSetting("Identity:Lockout:MaxFailedAttempts", "50"));
        var email = await app.CreateAccountAsync(Role.Superintendent, Demo.District);
        // Upper case, and a full-width "ｓ" (U+FF53), which SQL Server's collation takes for an "s".
        foreach (var spelling in new[] { email.ToUpperInvariant(), "\uFF53" + email[1..] })
        {
            using var client = app.NewClient(limited);
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(spelling, "wrong-password-attempt")).StatusCode);
        }

        using var third = app.NewClient(limited);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await third.SignInAsync(email)).StatusCode);
    }

    [DbFact]
    public async Task Reset_mail_to_one_address_is_limited_however_many_networks_ask()
    {
        using var limited = app.WithWebHostBuilder(host => host.UseSetting("RateLimits:PerAccount", "2"));
        var email = await app.CreateAccountAsync(Role.Superintendent, Demo.District);
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var client = app.NewClient(limited);
            answers.Add((await client.SubmitAsync(await client.GetPageAsync("/account/forgot-password"), "form[action='/account/forgot-password']",
                new() { ["Email"] = email })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
    }

    [DbFact]
    public async Task A_password_typed_into_the_email_box_is_not_kept_in_the_sign_in_history()
    {
        using var client = app.NewClient();

        await client.SignInAsync("my secret passphrase", "wrong-password-attempt");

        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Item.Contains("my secret passphrase") || a.UserName.Contains("my secret passphrase"))));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Item == "No account: (not an email address)")));
    }

    private static string SessionCookie(HttpResponseMessage signedIn) =>
        signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("aip.session=", StringComparison.Ordinal));

    /// <summary>A client that sends exactly this cookie, as someone who copied it would.</summary>
    private HttpClient CookieClient(string cookie)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}

/// <summary>
/// Makes every request come from <paramref name="address"/>, as a TCP connection would (TestServer has none), or from
/// the address a test names in <see cref="Header"/> (several networks talking to one app).
/// </summary>
internal sealed class RemoteAddress(string address) : IStartupFilter
{
    public const string Header = "X-Test-Connection-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            var named = context.Request.Headers[Header].ToString();
            context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(named.Length > 0 ? named : address);
            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>Identity's hasher, counting how often a password is checked against a hash.</summary>
internal sealed class CountingHasher : IPasswordHasher<AipUser>
{
    private readonly PasswordHasher<AipUser> _inner = new();
    private int _verifications;

    public int Verifications => _verifications;

    public string HashPassword(AipUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AipUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

public sealed class AccountSecurityOnSqlite(SqliteApp app) : AccountSecurityTests(app), IClassFixture<SqliteApp>;

public sealed class AccountSecurityOnPostgres(PostgresApp app) : AccountSecurityTests(app), IClassFixture<PostgresApp>;

public sealed class AccountSecurityOnSqlServer(SqlServerApp app) : AccountSecurityTests(app), IClassFixture<SqlServerApp>;
