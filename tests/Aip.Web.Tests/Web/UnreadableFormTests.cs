using System.Net;
using System.Text;
using Aip.Domain.Plans;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Web;

/// <summary>
/// Forms the app cannot read (too many fields, a field or the whole body too long) and codes that are not errors get a
/// readable page with a real status code, in Production too; control characters in pasted text are dropped, the rest
/// kept.
/// </summary>
public abstract class UnreadableFormTests(AipApp app)
{
    private const string Form = "main form[method=post]:not([action$='/remove']):not([action$='/move']):not([action$='/sign-out'])";

    [DbFact]
    public async Task An_error_page_for_a_code_that_is_not_an_error_is_page_not_found()
    {
        using var anonymous = app.NewClient();

        foreach (var code in new[] { "0", "-1", "99999", "200", "302", "399", "600" })
        {
            var response = await anonymous.Http.GetAsync(new Uri($"/error/{code}", UriKind.Relative));

            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"/error/{code} answered {(int)response.StatusCode}");
            Assert.Equal("Page not found", (await TestClient.ParseAsync(response)).QuerySelector("h1")!.TextContent);
        }
    }

    [DbFact]
    public async Task An_error_page_takes_its_code_from_the_route_never_from_a_posted_form()
    {
        using var anonymous = app.NewClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = "500" });

        var response = await anonymous.Http.PostAsync(new Uri("/error/403", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [DbFact]
    public async Task A_form_with_more_fields_than_allowed_gets_a_400_page_that_says_what_happened()
    {
        using var anonymous = app.NewClient();

        var response = await SignInWithTooManyFieldsAsync(anonymous);

        await AssertUnreadableAsync(response);
    }

    [DbFact]
    public async Task A_field_longer_than_any_form_takes_gets_a_400_page_that_says_what_happened()
    {
        var planId = await app.AddPlanAsync(_ => { });
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var response = await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/section-1"), Form,
            new() { ["KeyIssues"] = new string('w', 300_000) });

        await AssertUnreadableAsync(response);
        Assert.Null((await PlanAsync(planId)).KeyIssues);
    }

    [DbFact]
    public async Task A_body_over_30_megabytes_gets_a_400_page_that_says_what_happened()
    {
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var token = await TokenAsync(manager, "/account/change-password");
        var body = new StringBuilder($"__RequestVerificationToken={Uri.EscapeDataString(token)}&CurrentPassword=");
        body.Append('x', 31 * 1024 * 1024);

        using var content = new StringContent(body.ToString(), Encoding.ASCII, "application/x-www-form-urlencoded");
        var response = await manager.Http.PostAsync(new Uri("/account/change-password", UriKind.Relative), content);

        await AssertUnreadableAsync(response);
    }

    [DbFact]
    public async Task A_nul_and_other_control_characters_in_pasted_text_are_dropped_and_the_rest_is_saved()
    {
        var planId = await app.AddPlanAsync(_ => { });
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var response = await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/section-1"), Form,
            new() { ["KeyIssues"] = "Pasted\u0000 text\u0007 with\ttab\r\nand a new line\u001b." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Pasted text with\ttab\r\nand a new line.", (await PlanAsync(planId)).KeyIssues);
    }

    [DbFact]
    public async Task In_production_an_unreadable_form_and_a_code_that_is_not_an_error_get_readable_pages_with_real_status_codes()
    {
        using var production = app.WithWebHostBuilder(host => host.UseEnvironment("Production").UseSetting("Database:SeedDemoData", "false"));
        using var client = app.NewClient(production, new Uri(AipApp.LinkOrigin));

        await AssertUnreadableAsync(await SignInWithTooManyFieldsAsync(client));
        var notAnError = await client.Http.GetAsync(new Uri("/error/0", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, notAnError.StatusCode);
        Assert.Equal("Page not found", (await TestClient.ParseAsync(notAnError)).QuerySelector("h1")!.TextContent);
    }

    private static async Task AssertUnreadableAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Equal("The form could not be read", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Nothing was saved", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The sign-in form with its token and 1,100 more fields (the limit is 1,024).</summary>
    private static async Task<HttpResponseMessage> SignInWithTooManyFieldsAsync(TestClient client)
    {
        var token = await TokenAsync(client, "/account/sign-in");
        var fields = Enumerable.Range(0, 1100).Select(i => KeyValuePair.Create($"f{i}", "x")).Prepend(KeyValuePair.Create("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(fields);
        return await client.Http.PostAsync(new Uri("/account/sign-in", UriKind.Relative), content);
    }

    private static async Task<string> TokenAsync(TestClient client, string url) =>
        (await client.GetPageAsync(url)).QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;

    private Task<Plan> PlanAsync(Guid id) => app.WithDbAsync(db => db.Plans.AsNoTracking().SingleAsync(p => p.Id == id));
}

public sealed class UnreadableFormOnSqlite(SqliteApp app) : UnreadableFormTests(app), IClassFixture<SqliteApp>;

public sealed class UnreadableFormOnPostgres(PostgresApp app) : UnreadableFormTests(app), IClassFixture<PostgresApp>;

public sealed class UnreadableFormOnSqlServer(SqlServerApp app) : UnreadableFormTests(app), IClassFixture<SqlServerApp>;
