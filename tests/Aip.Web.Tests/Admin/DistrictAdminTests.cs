using System.Net;
using AngleSharp.Html.Dom;

namespace Aip.Web.Tests.Admin;

public abstract class DistrictAdminTests(AipApp app)
{
    private const string EditorForm = "main form";

    [DbFact]
    public async Task Ese_staff_add_a_district_and_it_is_listed()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var code = UniqueCode();

        var response = await ese.SubmitAsync(await ese.GetPageAsync("/districts/create"), EditorForm,
            new() { ["Name"] = "Millbrook Public Schools", ["Code"] = code.ToLowerInvariant(), ["Level"] = "4", ["Notes"] = "Entered Level 4 this year." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await ese.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Millbrook Public Schools", details.QuerySelector("h1")!.TextContent);
        Assert.Contains(code, details.QuerySelector("dl")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Millbrook Public Schools", (await ese.GetPageAsync($"/districts?q={code}")).QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Ese_sets_when_the_plan_is_due_and_the_districts_leaders_see_its_clock_until_they_submit_it()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var code = UniqueCode();
        var due = Aip.Domain.Common.Dates.Day(DateTimeOffset.UtcNow).AddDays(30);
        var created = await ese.SubmitAsync(await ese.GetPageAsync("/districts/create"), EditorForm,
            new() { ["Name"] = "Westvale Public Schools", ["Code"] = code, ["Level"] = "4", ["PlanDueOn"] = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Contains(Aip.Domain.Common.Dates.Display(due), (await ese.GetPageAsync(created.Headers.Location!.OriginalString)).QuerySelector("dl")!.TextContent, StringComparison.Ordinal);
        using var superintendent = await app.NewClient().SignedInAsAsync(await app.CreateAccountAsync(Aip.Domain.People.Role.Superintendent, code));

        var line = (await superintendent.GetPageAsync("/")).QuerySelector("main .due-list li.due-action")!.TextContent;

        Assert.Contains("Start your district's Accelerated Improvement Plan and submit it to ESE.", line, StringComparison.Ordinal);
        Assert.Contains($"due {Aip.Domain.Common.Dates.Display(due)} (in 30 days)", line, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Ese_staff_choose_whether_the_districts_amendments_need_their_approval()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var created = await ese.SubmitAsync(await ese.GetPageAsync("/districts/create"), EditorForm,
            new() { ["Name"] = "Oakfield Public Schools", ["Code"] = UniqueCode(), ["Level"] = "4" });
        var details = created.Headers.Location!.OriginalString;
        Assert.Contains("ESE is notified", (await ese.GetPageAsync(details)).QuerySelector("dl")!.TextContent, StringComparison.Ordinal);

        await ese.SubmitAsync(await ese.GetPageAsync(details + "/edit"), EditorForm, new() { ["AmendmentsNeedEseApproval"] = "true" });

        Assert.Contains("ESE approves each amendment", (await ese.GetPageAsync(details)).QuerySelector("dl")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Bad_input_gets_messages_next_to_the_fields_and_keeps_what_was_typed()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var longNotes = new string('x', 5000);

        var response = await ese.SubmitAsync(await ese.GetPageAsync("/districts/create"), EditorForm,
            new() { ["Name"] = string.Empty, ["Code"] = "bad code!", ["Level"] = "9", ["Notes"] = longNotes });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Equal("Enter the district name.", page.QuerySelector("#error-Name")!.TextContent);
        Assert.Equal("The district code may contain only letters, digits and hyphens.", page.QuerySelector("#error-Code")!.TextContent);
        Assert.Equal("The accountability level must be between 1 and 5.", page.QuerySelector("#error-Level")!.TextContent);
        Assert.Equal("The notes must be 4000 characters or fewer.", page.QuerySelector("#error-Notes")!.TextContent);
        Assert.Equal("bad code!", page.QuerySelector<IHtmlInputElement>("#Code")!.Value);
        Assert.Equal(longNotes, page.QuerySelector<IHtmlTextAreaElement>("#Notes")!.Value);
        Assert.Equal(["#Name", "#Code", "#Level", "#Notes"], page.QuerySelectorAll(".error-summary li a").Select(a => a.GetAttribute("href")));
    }

    [DbFact]
    public async Task The_browser_gets_the_same_simple_rules_as_the_server()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        var page = await ese.GetPageAsync("/districts/create");

        var code = page.QuerySelector("#Code")!;
        Assert.Equal("Enter the district code.", code.GetAttribute("data-val-required"));
        Assert.Equal("20", code.GetAttribute("data-val-length-max"));
        Assert.Equal("^[A-Za-z0-9-]+$", code.GetAttribute("data-val-regex-pattern"));
        Assert.Equal("5", page.QuerySelector("#Level")!.GetAttribute("data-val-range-max"));
        Assert.NotNull(page.QuerySelector("script[src^='/lib/jquery-validation-unobtrusive/']"));
    }

    [DbFact]
    public async Task A_duplicate_code_is_refused()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        var response = await ese.SubmitAsync(await ese.GetPageAsync("/districts/create"), EditorForm,
            new() { ["Name"] = "Another Riverton", ["Code"] = "riv", ["Level"] = "3" });

        var page = await TestClient.ParseAsync(response);
        Assert.Equal("Another district already has the code RIV.", page.QuerySelector("#error-Code")!.TextContent);
    }

    [DbFact]
    public async Task The_second_of_two_editors_is_refused_and_keeps_their_input()
    {
        var id = await CreateDistrictAsync();
        using var first = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var second = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var firstForm = await first.GetPageAsync($"/districts/{id}/edit");
        var secondForm = await second.GetPageAsync($"/districts/{id}/edit");

        var saved = await first.SubmitAsync(firstForm, EditorForm, new() { ["Name"] = "Saved by the first editor" });
        var refused = await second.SubmitAsync(secondForm, EditorForm, new() { ["Name"] = "Typed by the second editor" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await TestClient.ParseAsync(refused);
        Assert.Contains("Someone else saved this district while you were editing", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Saved by the first editor", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Typed by the second editor", page.QuerySelector<IHtmlInputElement>("#Name")!.Value);
        Assert.Equal("Saved by the first editor", await app.WithDbAsync(db => Task.FromResult(db.Districts.Single(d => d.Id == id).Name)));

        var replaced = await second.SubmitAsync(page, EditorForm);
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal("Typed by the second editor", await app.WithDbAsync(db => Task.FromResult(db.Districts.Single(d => d.Id == id).Name)));
    }

    [DbFact]
    public async Task Text_that_looks_like_html_is_stored_as_typed_and_shown_encoded()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        const string script = "<script>alert('x')</script>";

        var response = await ese.SubmitAsync(await ese.GetPageAsync("/districts/create"), EditorForm,
            new() { ["Name"] = "Encoded " + script, ["Code"] = UniqueCode(), ["Level"] = "4", ["Notes"] = script });

        var html = await (await ese.Http.GetAsync(response.Headers.Location)).Content.ReadAsStringAsync();
        Assert.DoesNotContain(script, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task An_assigned_monitor_reads_the_district_until_the_assignment_is_removed()
    {
        var districtId = await CreateDistrictAsync();
        var monitorEmail = await app.CreateAccountAsync(Aip.Domain.People.Role.PlanMonitor);
        var monitorId = await app.UserIdAsync(monitorEmail);
        using var monitor = await app.NewClient().SignedInAsAsync(monitorEmail);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        Assert.Equal(HttpStatusCode.Forbidden, (await monitor.Http.GetAsync(new Uri($"/districts/{districtId}", UriKind.Relative))).StatusCode);

        var details = await ese.GetPageAsync($"/districts/{districtId}");
        await ese.SubmitAsync(details, $"form[action='/districts/{districtId}/monitors']", new() { ["monitorId"] = monitorId.ToString() });

        Assert.Equal(HttpStatusCode.OK, (await monitor.Http.GetAsync(new Uri($"/districts/{districtId}", UriKind.Relative))).StatusCode);
        Assert.Contains("Test Plan Monitor", (await ese.GetPageAsync($"/districts/{districtId}")).Body!.TextContent, StringComparison.Ordinal);

        await ese.PostAsync($"/districts/{districtId}/monitors/{monitorId}/remove");

        Assert.Equal(HttpStatusCode.Forbidden, (await monitor.Http.GetAsync(new Uri($"/districts/{districtId}", UriKind.Relative))).StatusCode);
    }

    [DbFact]
    public async Task Ese_staff_cannot_be_assigned_as_a_monitor()
    {
        var districtId = await CreateDistrictAsync();
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        await ese.PostAsync($"/districts/{districtId}/monitors", new() { ["monitorId"] = (await app.UserIdAsync(Demo.Ese)).ToString() });

        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.MonitorAssignments.Count(a => a.DistrictId == districtId))));
    }

    private async Task<Guid> CreateDistrictAsync()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var response = await ese.SubmitAsync(await ese.GetPageAsync("/districts/create"), EditorForm,
            new() { ["Name"] = "Test district", ["Code"] = UniqueCode(), ["Level"] = "4" });
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    [DbFact]
    public async Task Ese_finds_a_district_by_name_or_code_in_pages_of_25_that_cost_the_same_statements_for_more_districts()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        await ese.GetPageAsync("/districts");
        app.Commands.Reset();
        await ese.GetPageAsync("/districts");
        var before = app.Commands.Count;
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await app.WithDbAsync(db =>
        {
            for (var i = 0; i < 30; i++)
            {
                db.Districts.Add(Aip.Domain.Districts.District.Create($"Zz paging {tag} district {i:00}", $"Z{tag}{i:00}", 4, null));
            }

            return db.SaveChangesAsync();
        });

        app.Commands.Reset();
        var first = await ese.GetPageAsync("/districts");
        var found = await ese.GetPageAsync($"/districts?q=zz+paging+{tag.ToLowerInvariant()}");
        var second = await ese.GetPageAsync($"/districts?q=zz+paging+{tag}&page=2");
        var byCode = await ese.GetPageAsync($"/districts?q=z{tag.ToLowerInvariant()}07");
        var none = await ese.GetPageAsync("/districts?q=no+such+district");

        static int Rows(IHtmlDocument page) => page.QuerySelectorAll("main table tbody tr").Length;
        Assert.Equal(25, Rows(first));
        Assert.Equal(25, Rows(found));
        Assert.Contains("30 districts, page 1 of 2.", found.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, Rows(second));
        Assert.Contains($"Zz paging {tag} district 29", second.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("page", second.QuerySelector("nav .page-item.active a")!.GetAttribute("aria-current"));
        Assert.Equal(1, Rows(byCode));
        Assert.Contains($"Zz paging {tag} district 07", byCode.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, Rows(none));
        Assert.Contains("No district's name or code contains “no such district”.", none.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        app.Commands.Reset();
        await ese.GetPageAsync("/districts");
        Assert.Equal(before, app.Commands.Count);
    }

    private static string UniqueCode() => "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
}

public sealed class DistrictAdminOnSqlite(SqliteApp app) : DistrictAdminTests(app), IClassFixture<SqliteApp>;

public sealed class DistrictAdminOnPostgres(PostgresApp app) : DistrictAdminTests(app), IClassFixture<PostgresApp>;

public sealed class DistrictAdminOnSqlServer(SqlServerApp app) : DistrictAdminTests(app), IClassFixture<SqlServerApp>;
