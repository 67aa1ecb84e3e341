using System.Net;
using Aip.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Account;

/// <summary>The second factor: required for ESE staff and monitors, optional for district people, each code once.</summary>
public abstract class SecondFactorTests(AipApp app)
{
    [DbFact]
    public async Task A_monitor_without_a_second_factor_reaches_nothing_but_its_set_up_and_then_everything()
    {
        var email = await app.CreateAccountAsync(Role.PlanMonitor, secondFactor: false);
        using var monitor = await app.NewClient().SignedInAsAsync(email);

        var home = await monitor.Http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("/account/second-factor?returnUrl=%2F", home.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await monitor.PostAsync("/notifications/read")).StatusCode);

        var setup = await monitor.GetPageAsync("/account/second-factor?returnUrl=%2F");
        var key = setup.QuerySelector("#authenticator-key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.StartsWith("data:image/svg+xml;base64,", setup.QuerySelector("img[alt^='QR code']")!.GetAttribute("src"), StringComparison.Ordinal);

        var wrong = await monitor.SubmitAsync(setup, "form[action='/account/second-factor']", new() { ["Code"] = "000000" == Authenticator.CodeAt(DateTimeOffset.UtcNow, key) ? "111111" : "000000" });
        Assert.Contains("That code is not right", (await TestClient.ParseAsync(wrong)).QuerySelector("#error-Code")!.TextContent, StringComparison.Ordinal);

        var done = await monitor.SubmitAsync(await TestClient.ParseAsync(wrong), "form[action='/account/second-factor']", new() { ["Code"] = Authenticator.CodeAt(DateTimeOffset.UtcNow, key) });
        var codes = (await TestClient.ParseAsync(done)).QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await monitor.Http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        // The next sign-in asks for a code; a recovery code works once.
        using var later = app.NewClient();
        var password = await later.SubmitAsync(await later.GetPageAsync("/account/sign-in"), "form[action='/account/sign-in']",
            new() { ["Email"] = email, ["Password"] = TestClient.DemoPassword });
        Assert.Equal("/account/sign-in/code", password.Headers.Location!.OriginalString);
        var recovery = await later.GetPageAsync("/account/sign-in/code?recovery=true");
        Assert.Equal(HttpStatusCode.Redirect, (await later.SubmitAsync(recovery, "form[action^='/account/sign-in/code']", new() { ["Code"] = codes[0] })).StatusCode);

        using var again = app.NewClient();
        await again.SubmitAsync(await again.GetPageAsync("/account/sign-in"), "form[action='/account/sign-in']", new() { ["Email"] = email, ["Password"] = TestClient.DemoPassword });
        var reused = await again.SubmitAsync(await again.GetPageAsync("/account/sign-in/code?recovery=true"), "form[action^='/account/sign-in/code']", new() { ["Code"] = codes[0] });
        Assert.Contains("not right or has been used", (await TestClient.ParseAsync(reused)).QuerySelector("#error-Code")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_key_seen_on_the_set_up_page_is_not_the_accounts_until_its_code_is_entered()
    {
        var email = await app.CreateAccountAsync(Role.PlanMonitor, secondFactor: false);
        using var onlooker = await app.NewClient().SignedInAsAsync(email);
        var seen = KeyOn(await onlooker.GetPageAsync("/account/second-factor"));
        using var owner = await app.NewClient().SignedInAsAsync(email);
        var setup = await owner.GetPageAsync("/account/second-factor");
        var own = KeyOn(setup);
        Assert.NotEqual(seen, own);

        await owner.SubmitAsync(setup, "form[action='/account/second-factor']", new() { ["Code"] = Authenticator.CodeAt(DateTimeOffset.UtcNow, own) });

        using var later = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await SignInWithCodeAsync(later, email, Authenticator.CodeAt(DateTimeOffset.UtcNow, seen))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await later.SubmitAsync(await later.GetPageAsync("/account/sign-in/code"), "form[action^='/account/sign-in/code']",
            new() { ["Code"] = Authenticator.CodeAt(DateTimeOffset.UtcNow.AddSeconds(30), own) })).StatusCode);
    }

    [DbFact]
    public async Task An_authenticator_code_signs_in_once_and_a_replay_of_it_is_refused()
    {
        var email = await app.CreateAccountAsync(Role.EseStaff);
        var code = await app.Authenticator.NextCodeAsync(email);

        using var first = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithCodeAsync(first, email, code)).StatusCode);

        using var replay = app.NewClient();
        var refused = await SignInWithCodeAsync(replay, email, code);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("each code works once", (await TestClient.ParseAsync(refused)).QuerySelector("#error-Code")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Ese_resets_a_lost_second_factor_the_sessions_end_the_history_says_so_and_the_person_sets_it_up_again()
    {
        var email = await app.CreateAccountAsync(Role.PlanMonitor);
        using var monitor = await app.NewClient().SignedInAsAsync(email);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var people = await ese.GetPageAsync("/users");
        var id = await app.UserIdAsync(email);

        await ese.SubmitAsync(people, $"form[action='/users/{id}/second-factor/reset']");

        Assert.True((await monitor.Http.GetAsync(new Uri("/", UriKind.Relative))).IsRedirectToSignIn());
        var history = (await ese.GetPageAsync("/users/history")).QuerySelector("tbody")!.TextContent;
        Assert.Contains("Second factor (authenticator app): Yes → No", history, StringComparison.Ordinal);
        using var back = await app.NewClient().SignedInAsAsync(email);
        Assert.StartsWith("/account/second-factor", (await back.Http.GetAsync(new Uri("/", UriKind.Relative))).Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task District_people_may_turn_their_second_factor_off_and_monitors_may_not()
    {
        var monitorEmail = await app.CreateAccountAsync(Role.PlanMonitor);
        using var monitor = await app.NewClient().SignedInAsAsync(monitorEmail);
        var monitorPage = await monitor.GetPageAsync("/account/second-factor");
        Assert.Null(monitorPage.QuerySelector("form[action='/account/second-factor/turn-off']"));
        await monitor.PostAsync("/account/second-factor/turn-off", withToken: true);
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Email == monitorEmail).Select(u => u.TwoFactorEnabled).SingleAsync()));

        var managerEmail = await app.CreateAccountAsync(Role.PlanManager, Demo.District);
        using var manager = await app.NewClient().SignedInAsAsync(managerEmail);
        var setup = await manager.GetPageAsync("/account/second-factor");
        var key = setup.QuerySelector("#authenticator-key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);
        await manager.SubmitAsync(setup, "form[action='/account/second-factor']", new() { ["Code"] = Authenticator.CodeAt(DateTimeOffset.UtcNow, key) });
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Email == managerEmail).Select(u => u.TwoFactorEnabled).SingleAsync()));

        await manager.SubmitAsync(await manager.GetPageAsync("/account/second-factor"), "form[action='/account/second-factor/turn-off']");

        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Email == managerEmail).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [DbFact]
    public async Task The_code_step_without_a_password_first_asks_to_sign_in()
    {
        using var stranger = app.NewClient();

        var page = await stranger.GetPageAsync("/account/sign-in/code");

        Assert.Contains("Sign in with your email address and password first", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    private static string KeyOn(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("#authenticator-key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);

    private static async Task<HttpResponseMessage> SignInWithCodeAsync(TestClient client, string email, string code)
    {
        await client.SubmitAsync(await client.GetPageAsync("/account/sign-in"), "form[action='/account/sign-in']",
            new() { ["Email"] = email, ["Password"] = TestClient.DemoPassword });
        return await client.SubmitAsync(await client.GetPageAsync("/account/sign-in/code"), "form[action^='/account/sign-in/code']", new() { ["Code"] = code });
    }
}

public sealed class SecondFactorOnSqlite(SqliteApp app) : SecondFactorTests(app), IClassFixture<SqliteApp>;

public sealed class SecondFactorOnPostgres(PostgresApp app) : SecondFactorTests(app), IClassFixture<PostgresApp>;

public sealed class SecondFactorOnSqlServer(SqlServerApp app) : SecondFactorTests(app), IClassFixture<SqlServerApp>;
