using System.Net;
using System.Text.RegularExpressions;
using Aip.Domain.People;
using Microsoft.AspNetCore.Hosting;
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

    [Fact]
    public void Outside_development_the_app_refuses_to_start_without_the_link_origin()
    {
        using var production = app.WithWebHostBuilder(host => host.UseEnvironment("Production").UseSetting("Mail:LinkOrigin", ""));

        var refusal = Assert.Throws<OptionsValidationException>(() => production.CreateClient());

        Assert.Contains("Mail:LinkOrigin must be", refusal.Message, StringComparison.Ordinal);
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

public sealed class AccountSecurityOnSqlite(SqliteApp app) : AccountSecurityTests(app), IClassFixture<SqliteApp>;

public sealed class AccountSecurityOnPostgres(PostgresApp app) : AccountSecurityTests(app), IClassFixture<PostgresApp>;

public sealed class AccountSecurityOnSqlServer(SqlServerApp app) : AccountSecurityTests(app), IClassFixture<SqlServerApp>;
