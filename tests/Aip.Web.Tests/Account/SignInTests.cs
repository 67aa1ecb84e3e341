using System.Net;
using System.Text.RegularExpressions;
using Aip.Domain.People;

namespace Aip.Web.Tests.Account;

public abstract partial class SignInTests(AipApp app)
{
    [DbFact]
    public async Task Every_demo_account_signs_in_and_sees_the_home_page_for_its_role()
    {
        var expected = new Dictionary<string, string>
        {
            [Demo.Ese] = "As ESE staff you manage districts",
            [Demo.Monitor] = "As Plan Monitor you follow the plans",
            [Demo.Superintendent] = "As Superintendent you draft and maintain",
            [Demo.Manager] = "As Plan Manager you draft and maintain",
            [Demo.OtherSuperintendent] = "As Superintendent you draft and maintain",
            [Demo.OtherManager] = "As Plan Manager you draft and maintain",
        };
        foreach (var (email, text) in expected)
        {
            using var client = app.NewClient();
            var response = await client.SignInAsync(email);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var home = await client.GetPageAsync("/");
            Assert.Contains(text, home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
    }

    [DbFact]
    public async Task District_people_see_only_their_own_district_on_the_home_page()
    {
        using var client = await app.NewClient().SignedInAsAsync(Demo.OtherSuperintendent);

        var home = (await client.GetPageAsync("/")).QuerySelector("main")!.TextContent;

        Assert.Contains("Lakeside Regional School District", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Riverton", home, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_wrong_password_is_refused_with_a_message_and_the_email_kept()
    {
        using var client = app.NewClient();

        var response = await client.SignInAsync(Demo.Manager, "not-the-password-at-all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains(Aip.Web.Features.Account.AccountController.Refused, page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Demo.Manager, page.QuerySelector("#Email")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#Password")!.GetAttribute("value"));
    }

    [DbFact]
    public async Task Empty_fields_get_messages_next_to_them()
    {
        using var client = app.NewClient();

        var response = await client.SignInAsync(string.Empty, string.Empty);

        var page = await TestClient.ParseAsync(response);
        Assert.Equal("Enter your email address.", page.QuerySelector("#error-Email")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#Email")!.GetAttribute("aria-invalid"));
        Assert.Equal("error-Email", page.QuerySelector("#Email")!.GetAttribute("aria-describedby"));
        Assert.Equal("Enter your password.", page.QuerySelector("#error-Password")!.TextContent);
    }

    [DbFact]
    public async Task Repeated_wrong_passwords_lock_the_account_even_against_the_right_password()
    {
        var email = await app.CreateAccountAsync(Role.PlanManager, Demo.District);
        using var client = app.NewClient();
        for (var attempt = 0; attempt < AipApp.MaxFailedAttempts; attempt++)
        {
            await client.SignInAsync(email, "wrong-password-attempt");
        }

        var response = await client.SignInAsync(email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked after too many failed attempts", (await TestClient.ParseAsync(response)).Body!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Fewer_wrong_passwords_than_the_limit_do_not_lock_the_account()
    {
        var email = await app.CreateAccountAsync(Role.PlanManager, Demo.District);
        using var client = app.NewClient();
        for (var attempt = 0; attempt < AipApp.MaxFailedAttempts - 1; attempt++)
        {
            await client.SignInAsync(email, "wrong-password-attempt");
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email)).StatusCode);
    }

    [DbFact]
    public async Task Signing_out_ends_access()
    {
        using var client = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var home = await client.GetPageAsync("/");

        var response = await client.SubmitAsync(home, "form[action='/account/sign-out']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.Http.GetAsync(new Uri("/", UriKind.Relative));
                Assert.True(after.IsRedirectToSignIn());
    }

    [DbFact]
    public async Task A_deactivated_account_cannot_sign_in_and_its_open_session_stops_working()
    {
        var email = await app.CreateAccountAsync(Role.PlanManager, Demo.District);
        using var person = await app.NewClient().SignedInAsAsync(email);
        await person.GetPageAsync("/");
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        var deactivated = await ese.PostAsync($"/users/{await app.UserIdAsync(email)}/deactivate");

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        var open = await person.Http.GetAsync(new Uri("/", UriKind.Relative));
                Assert.True(open.IsRedirectToSignIn());
        using var again = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await again.SignInAsync(email)).StatusCode);
    }

    [DbFact]
    public async Task A_forgotten_password_is_replaced_through_the_mailed_link()
    {
        var email = await app.CreateAccountAsync(Role.Superintendent, Demo.District);
        using var client = app.NewClient();
        var forgot = await client.GetPageAsync("/account/forgot-password");

        var sent = await client.SubmitAsync(forgot, "form[action='/account/forgot-password']", new() { ["Email"] = email });

        Assert.Contains("Check your email", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var link = LinkIn(Assert.Single(await app.MailsToAsync(email)));
        var reset = await client.GetPageAsync(link);
        var saved = await client.SubmitAsync(reset, "form[action='/account/reset-password']",
            new() { ["NewPassword"] = "a brand new passphrase", ["ConfirmPassword"] = "a brand new passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, "a brand new passphrase")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.NewClient().SignInAsync(email)).StatusCode);
    }

    [DbFact]
    public async Task A_reset_link_works_only_once()
    {
        var email = await app.CreateAccountAsync(Role.Superintendent, Demo.District);
        using var client = app.NewClient();
        await client.SubmitAsync(await client.GetPageAsync("/account/forgot-password"), "form[action='/account/forgot-password']", new() { ["Email"] = email });
        var link = LinkIn(Assert.Single(await app.MailsToAsync(email)));
        var values = new Dictionary<string, string> { ["NewPassword"] = "first new passphrase", ["ConfirmPassword"] = "first new passphrase" };
        await client.SubmitAsync(await client.GetPageAsync(link), "form[action='/account/reset-password']", values);

        var second = await client.SubmitAsync(await client.GetPageAsync(link), "form[action='/account/reset-password']", values);

        Assert.Contains("This link no longer works", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Asking_for_a_reset_of_an_unknown_address_says_the_same_and_sends_nothing()
    {
        using var client = app.NewClient();

        var sent = await client.SubmitAsync(await client.GetPageAsync("/account/forgot-password"), "form[action='/account/forgot-password']",
            new() { ["Email"] = "nobody-here@test.example" });

        Assert.Contains("Check your email", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await app.MailsToAsync("nobody-here@test.example"));
    }

    [DbFact]
    public async Task A_new_password_shorter_than_12_characters_is_refused()
    {
        var email = await app.CreateAccountAsync(Role.PlanManager, Demo.District);
        using var client = await app.NewClient().SignedInAsAsync(email);
        var form = await client.GetPageAsync("/account/change-password");

        var response = await client.SubmitAsync(form, "form[action='/account/change-password']",
            new() { ["CurrentPassword"] = TestClient.DemoPassword, ["NewPassword"] = "short pass", ["ConfirmPassword"] = "short pass" });

        var page = await TestClient.ParseAsync(response);
        Assert.Equal("The password must be at least 12 characters long.", page.QuerySelector("#error-NewPassword")!.TextContent);
    }

    [DbFact]
    public async Task Changing_the_password_needs_the_current_one_and_then_the_new_one_works()
    {
        var email = await app.CreateAccountAsync(Role.PlanManager, Demo.District);
        using var client = await app.NewClient().SignedInAsAsync(email);
        var values = new Dictionary<string, string>
        {
            ["CurrentPassword"] = "not my current password", ["NewPassword"] = "twelve plus characters", ["ConfirmPassword"] = "twelve plus characters",
        };

        var refused = await client.SubmitAsync(await client.GetPageAsync("/account/change-password"), "form[action='/account/change-password']", values);
        Assert.Equal("The current password is not right.", (await TestClient.ParseAsync(refused)).QuerySelector("#error-CurrentPassword")!.TextContent);

        values["CurrentPassword"] = TestClient.DemoPassword;
        var changed = await client.SubmitAsync(await client.GetPageAsync("/account/change-password"), "form[action='/account/change-password']", values);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.NewClient().SignInAsync(email, "twelve plus characters")).StatusCode);
    }

    [DbFact]
    public async Task Sign_in_returns_only_to_local_addresses()
    {
        using var client = app.NewClient();
        var page = await client.GetPageAsync("/account/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F");

        var response = await client.SubmitAsync(page, "form[action='/account/sign-in']", new() { ["Email"] = Demo.Manager, ["Password"] = TestClient.DemoPassword });

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [GeneratedRegex(@"https://aip\.test(/account/reset-password\?\S+)")]
    private static partial Regex LinkPattern();

    private static string LinkIn(string mail) => LinkPattern().Match(Mails.DecodeQuotedPrintable(mail)).Groups[1].Value;
}

public sealed class SignInOnSqlite(SqliteApp app) : SignInTests(app), IClassFixture<SqliteApp>;

public sealed class SignInOnPostgres(PostgresApp app) : SignInTests(app), IClassFixture<PostgresApp>;

public sealed class SignInOnSqlServer(SqlServerApp app) : SignInTests(app), IClassFixture<SqlServerApp>;
