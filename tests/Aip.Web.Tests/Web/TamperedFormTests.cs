using System.Net;
using Aip.Domain.People;
using Aip.Domain.Plans;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Web;

/// <summary>
/// Every field of every form, posted with values of the wrong type or out of range (as a tampering person would), is
/// answered with the form and a message, a refusal or a redirect — never a server error.
/// </summary>
public abstract class TamperedFormTests(AipApp app)
{
    private const string Form = "main form[method=post]:not([action$='/remove']):not([action$='/move']):not([action$='/sign-out'])";

    /// <summary>Not a yes/no, a number that is out of range or too large for its type, a date that does not exist, not a Guid.</summary>
    private static readonly string[] Garbage = ["abc", "-1", "99", "99999999999999999999", "2026-02-31"];

    [DbFact]
    public async Task The_tampered_district_setting_and_criterion_rating_get_messages_next_to_their_fields()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var districtId = await NewDistrictAsync(ese);
        var planId = await app.AddReviewedPlanAsync(approve: false);

        var district = await ese.SubmitAsync(await ese.GetPageAsync($"/districts/{districtId}/edit"), Form, new() { ["AmendmentsNeedEseApproval"] = "abc" });
        var review = await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/review"), $"form[action='/plans/{planId}/review']",
            new() { ["Form.Criteria[0].Rating"] = "99" });

        Assert.Equal(HttpStatusCode.OK, district.StatusCode);
        Assert.Contains("“abc” is not a valid value", (await TestClient.ParseAsync(district)).QuerySelector("#error-AmendmentsNeedEseApproval")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Contains("“99” is not a valid value", (await TestClient.ParseAsync(review)).QuerySelector("#error-Form_Criteria_0__Rating")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Ese_forms_answer_garbage_in_any_field_without_a_server_error()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var districtId = await NewDistrictAsync(ese);
        var riverton = await app.DistrictIdAsync(Demo.District);
        var person = await app.UserIdAsync(await app.CreateAccountAsync(Role.PlanManager, Demo.District));
        await app.CreateAccountAsync(Role.PlanMonitor);
        var submitted = await app.AddReviewedPlanAsync(approve: false);

        await AssertNoServerErrorAsync(ese, "/districts/create", Form);
        await AssertNoServerErrorAsync(ese, $"/districts/{districtId}/edit", Form);
        await AssertNoServerErrorAsync(ese, "/users/create", Form);
        await AssertNoServerErrorAsync(ese, $"/users/{person}/edit", Form);
        await AssertNoServerErrorAsync(ese, $"/districts/{riverton}", $"form[action='/districts/{riverton}/monitors']");
        await AssertNoServerErrorAsync(ese, $"/plans/{submitted}/review", $"form[action='/plans/{submitted}/review']", "decision");
        await AssertNoServerErrorAsync(ese, $"/plans/{submitted}/review", $"form[action^='/plans/{submitted}/review/comments#']");
    }

    [DbFact]
    public async Task Plan_forms_answer_garbage_in_any_field_without_a_server_error()
    {
        var planId = await app.AddPlanAsync(Fill);
        var plan = await app.WithDbAsync(db => db.Plans.Include(p => p.Objectives).ThenInclude(o => o.Initiatives).ThenInclude(i => i.Benchmarks)
            .Include(p => p.Objectives).ThenInclude(o => o.Initiatives).ThenInclude(i => i.Activities).Include(p => p.FinalOutcomes)
            .AsSplitQuery().AsNoTracking().SingleAsync(p => p.Id == planId));
        var objective = plan.Objectives[0];
        var initiative = objective.Initiatives[0];
        var riverton = await app.DistrictIdAsync(Demo.District);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var at = $"/plans/{planId}";

        await AssertNoServerErrorAsync(manager, $"/districts/{riverton}/plans/new", Form);
        foreach (var page in new[]
        {
            "/details", "/section-1", "/self-assessment", "/objectives/add", $"/objectives/{objective.Id}/edit", $"/objectives/{objective.Id}/initiatives/add",
            $"/initiatives/{initiative.Id}/edit", $"/initiatives/{initiative.Id}/benchmarks/add", $"/benchmarks/{initiative.Benchmarks[0].Id}/edit",
            $"/initiatives/{initiative.Id}/activities/add", $"/activities/{initiative.Activities[0].Id}/edit", "/final-outcomes/add",
            $"/final-outcomes/{plan.FinalOutcomes[0].Id}/edit",
        })
        {
            await AssertNoServerErrorAsync(manager, at + page, Form);
        }

        await AssertNoServerErrorAsync(manager, at, $"form[action='{at}/objectives/{objective.Id}/move']");
        await AssertNoServerErrorAsync(manager, at, $"form[action='{at}/initiatives/{initiative.Id}/move']");
    }

    [DbFact]
    public async Task Amendment_successor_and_account_forms_answer_garbage_in_any_field_without_a_server_error()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        using var anonymous = app.NewClient();

        await AssertNoServerErrorAsync(superintendent, $"/plans/{planId}/successor", Form);
        await AssertNoServerErrorAsync(superintendent, $"/plans/{planId}/amendments/new", Form);
        await superintendent.SubmitAsync(await superintendent.GetPageAsync($"/plans/{planId}/amendments/new"), Form, new() { ["Reason"] = "Started for the test." });
        await AssertNoServerErrorAsync(superintendent, $"/plans/{planId}/amendments/finish", Form);
        await AssertNoServerErrorAsync(superintendent, "/account/change-password", Form);
        await AssertNoServerErrorAsync(anonymous, "/account/forgot-password", Form);
        await AssertNoServerErrorAsync(anonymous, "/account/sign-in", Form);
    }

    /// <summary>Posts the form with each of its fields (and <paramref name="extraFields"/>, such as buttons) set to each garbage value in turn.</summary>
    private static async Task AssertNoServerErrorAsync(TestClient client, string url, string selector, params string[] extraFields)
    {
        var page = await client.GetPageAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form '{selector}' on {url}.");
        var fields = form.Elements.Select(e => e.GetAttribute("name")).OfType<string>()
            .Where(name => name.Length > 0 && name != "__RequestVerificationToken").Concat(extraFields).Distinct().ToList();
        Assert.NotEmpty(fields);
        foreach (var field in fields)
        {
            foreach (var value in Garbage)
            {
                var response = await client.SubmitAsync(page, selector, new() { [field] = value });
                var status = (int)response.StatusCode;
                Assert.True(status is >= 200 and < 500, $"{url} with {field}={value} answered {status}");
            }
        }
    }

    private static async Task<Guid> NewDistrictAsync(TestClient ese)
    {
        var response = await ese.SubmitAsync(await ese.GetPageAsync("/districts/create"), Form,
            new() { ["Name"] = "Tampered district", ["Code"] = "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), ["Level"] = "4" });
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private static void Fill(Plan plan)
    {
        var objective = plan.AddObjective("First objective", null);
        plan.AddObjective("Second objective", null);
        var initiative = plan.AddInitiative(objective.Id, "First initiative", null, null);
        plan.AddInitiative(objective.Id, "Second initiative", null, null);
        plan.AddBenchmark(initiative.Id, BenchmarkKind.EarlyEvidenceOfChange, "A benchmark", null, null, null, [(new DateOnly(2026, 11, 30), "60%")]);
        plan.AddActivity(initiative.Id, Quarter.SeptDec, "An activity", null, new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1), null);
        plan.AddFinalOutcome("An outcome", null, null, new DateOnly(2027, 6, 30));
    }
}

public sealed class TamperedFormOnSqlite(SqliteApp app) : TamperedFormTests(app), IClassFixture<SqliteApp>;

public sealed class TamperedFormOnPostgres(PostgresApp app) : TamperedFormTests(app), IClassFixture<PostgresApp>;

public sealed class TamperedFormOnSqlServer(SqlServerApp app) : TamperedFormTests(app), IClassFixture<SqlServerApp>;
