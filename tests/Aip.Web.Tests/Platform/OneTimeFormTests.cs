using System.Net;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Web.Data;
using Aip.Web.Infrastructure.Web;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Platform;

/// <summary>
/// Every creating form creates once per drawn form: a second send of the same form (a double click, a reload, a replay,
/// ten at once) is sent where the first one led, and nothing is created twice.
/// </summary>
public abstract class OneTimeFormTests(AipApp app)
{
    private const string Form = "main form[method=post]:not([action$='/remove']):not([action$='/move']):not([action$='/sign-out'])";

    [DbFact]
    public async Task Ten_simultaneous_sends_of_one_start_a_plan_form_start_one_plan()
    {
        var riverton = await app.DistrictIdAsync(Demo.District);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var page = await manager.GetPageAsync($"/districts/{riverton}/plans/new");
        var title = $"Plan sent ten times {Guid.NewGuid():N}";

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            manager.SubmitAsync(page, Form, new() { ["Title"] = title, ["FirstSchoolYear"] = "2027", ["LastSchoolYear"] = "2028" })));

        var plans = await app.WithDbAsync(db => db.Plans.Where(p => p.Title == title).Select(p => p.Id).ToListAsync());
        var plan = Assert.Single(plans);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Conflict, $"answered {(int)r.StatusCode}"));
        Assert.All(responses.Where(r => r.StatusCode == HttpStatusCode.Redirect), r => Assert.Equal($"/plans/{plan}", r.Headers.Location!.OriginalString));
    }

    [DbFact]
    public async Task Every_creating_form_sent_twice_creates_once_and_the_second_send_goes_where_the_first_led()
    {
        var riverton = await app.DistrictIdAsync(Demo.District);
        var planId = await app.AddPlanAsync(p => p.AddInitiative(p.AddObjective("Objective", null).Id, "Initiative", null, null));
        var objectiveId = await app.WithDbAsync(db => db.Set<Objective>().Where(o => o.PlanId == planId).Select(o => o.Id).SingleAsync());
        var initiativeId = await app.WithDbAsync(db => db.Set<Initiative>().Where(i => i.ObjectiveId == objectiveId).Select(i => i.Id).SingleAsync());
        var approved = await app.AddReviewedPlanAsync();
        var amended = await app.AddReviewedPlanAsync();
        var submitted = await app.AddReviewedPlanAsync(approve: false);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var at = $"/plans/{planId}";

        await SentTwiceCreatesOnceAsync(manager, $"/districts/{riverton}/plans/new", Form,
            new() { ["Title"] = "Twice", ["FirstSchoolYear"] = "2027", ["LastSchoolYear"] = "2028" }, db => db.Plans.CountAsync());
        await SentTwiceCreatesOnceAsync(manager, $"{at}/objectives/add", Form, new() { ["Statement"] = "Twice" }, db => db.Set<Objective>().CountAsync());
        await SentTwiceCreatesOnceAsync(manager, $"{at}/objectives/{objectiveId}/initiatives/add", Form, new() { ["Description"] = "Twice" },
            db => db.Set<Initiative>().CountAsync());
        await SentTwiceCreatesOnceAsync(manager, $"{at}/initiatives/{initiativeId}/benchmarks/add", Form,
            new() { ["Kind"] = nameof(BenchmarkKind.EarlyEvidenceOfChange), ["Description"] = "Twice" }, db => db.Set<Benchmark>().CountAsync());
        await SentTwiceCreatesOnceAsync(manager, $"{at}/initiatives/{initiativeId}/activities/add", Form,
            new() { ["Quarter"] = nameof(Quarter.SeptDec), ["ActionStep"] = "Twice", ["Start"] = "2026-09-01", ["End"] = "2026-10-01" },
            db => db.Set<Activity>().CountAsync());
        await SentTwiceCreatesOnceAsync(manager, $"{at}/final-outcomes/add", Form, new() { ["Description"] = "Twice", ["Date"] = "2027-06-30" },
            db => db.Set<FinalOutcome>().CountAsync());
        await SentTwiceCreatesOnceAsync(ese, "/districts/create", Form,
            new() { ["Name"] = "Twice", ["Code"] = "TW" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(), ["Level"] = "4" }, db => db.Districts.CountAsync());
        await SentTwiceCreatesOnceAsync(ese, "/users/create", Form,
            new() { ["DisplayName"] = "Invited twice", ["Email"] = $"twice-{Guid.NewGuid():N}@test.example", ["Role"] = nameof(Role.PlanManager), ["DistrictId"] = riverton.ToString() },
            db => db.Users.CountAsync());
        await SentTwiceCreatesOnceAsync(ese, $"/plans/{submitted}/review", $"form[action^='/plans/{submitted}/review/comments#']",
            new() { ["NewComment.Place"] = "Plan", ["NewComment.Text"] = "Twice" }, db => db.ReviewComments.CountAsync());
        await SentTwiceCreatesOnceAsync(superintendent, $"/plans/{approved}/successor", Form,
            new() { ["Form.Title"] = "Successor sent twice", ["Form.FirstSchoolYear"] = "2028", ["Form.LastSchoolYear"] = "2029" }, db => db.Plans.CountAsync());
        await SentTwiceCreatesOnceAsync(superintendent, $"/plans/{amended}/amendments/new", Form, new() { ["Form.Reason"] = "Twice" },
            db => db.Amendments.CountAsync());
    }

    [DbFact]
    public async Task A_send_refused_with_a_message_does_not_use_the_form_up()
    {
        var planId = await app.AddPlanAsync(_ => { });
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var refused = await TestClient.ParseAsync(await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/objectives/add"), Form,
            new() { ["Statement"] = string.Empty }));
        var corrected = await manager.SubmitAsync(refused, Form, new() { ["Statement"] = "Corrected" });

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Objective>().CountAsync(o => o.PlanId == planId)));
        Assert.Equal(
            refused.QuerySelector<IHtmlInputElement>($"input[name='{OneTimeFormAttribute.FieldName}']")!.Value,
            (await app.WithDbAsync(db => db.FormSubmissions.OrderByDescending(s => s.At).FirstAsync())).Token.ToString());
    }

    [DbFact]
    public async Task Someone_elses_sent_form_is_refused_with_a_message_and_reveals_nothing()
    {
        var planId = await app.AddPlanAsync(_ => { });
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        var page = await manager.GetPageAsync($"/plans/{planId}/objectives/add");
        await manager.SubmitAsync(page, Form, new() { ["Statement"] = "Sent by the manager" });
        var token = page.QuerySelector<IHtmlInputElement>($"input[name='{OneTimeFormAttribute.FieldName}']")!.Value;

        var replay = await superintendent.SubmitAsync(await superintendent.GetPageAsync($"/plans/{planId}/objectives/add"), Form,
            new() { ["Statement"] = "Replayed", [OneTimeFormAttribute.FieldName] = token });

        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Contains("already been sent", (await TestClient.ParseAsync(replay)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Objective>().CountAsync(o => o.PlanId == planId)));
    }

    [DbFact]
    public async Task Every_page_loads_the_script_that_disables_a_sent_forms_buttons()
    {
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var page = await manager.GetPageAsync("/");

        Assert.Contains(page.QuerySelectorAll("script"), s => s.GetAttribute("src")!.StartsWith("/js/submit-once.js", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task Tokens_of_forms_sent_over_a_week_ago_are_forgotten_by_the_daily_clean_up()
    {
        var now = DateTimeOffset.UtcNow;
        var (old, recent) = (Guid.NewGuid(), Guid.NewGuid());
        await app.WithDbAsync(db =>
        {
            db.FormSubmissions.AddRange(new FormSubmission { Token = old, At = now.AddDays(-8) }, new FormSubmission { Token = recent, At = now.AddDays(-6) });
            return db.SaveChangesAsync();
        });

        await app.WithDbAsync(async db =>
        {
            await new FormSubmissionCleanupJob(db, TimeProvider.System).RunAsync(CancellationToken.None);
            return 0;
        });

        var kept = await app.WithDbAsync(db => db.FormSubmissions.Where(s => s.Token == old || s.Token == recent).Select(s => s.Token).ToListAsync());
        Assert.Equal([recent], kept);
    }

    private async Task SentTwiceCreatesOnceAsync(
        TestClient client, string url, string selector, Dictionary<string, string> values, Func<AipDbContext, Task<int>> count)
    {
        var page = await client.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector($"{selector} input[name='{OneTimeFormAttribute.FieldName}']"));
        var before = await app.WithDbAsync(count);

        var first = await client.SubmitAsync(page, selector, values);
        var second = await client.SubmitAsync(page, selector, values);

        Assert.True(first.StatusCode == HttpStatusCode.Redirect, $"{url}: the first send answered {(int)first.StatusCode}");
        Assert.True(second.StatusCode == HttpStatusCode.Redirect, $"{url}: the second send answered {(int)second.StatusCode}");
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.True(before + 1 == await app.WithDbAsync(count), $"{url}: not exactly one created");
        var landing = await client.GetPageAsync(second.Headers.Location!.OriginalString);
        Assert.Contains(OneTimeFormAttribute.AlreadySent, landing.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class OneTimeFormOnSqlite(SqliteApp app) : OneTimeFormTests(app), IClassFixture<SqliteApp>;

public sealed class OneTimeFormOnPostgres(PostgresApp app) : OneTimeFormTests(app), IClassFixture<PostgresApp>;

public sealed class OneTimeFormOnSqlServer(SqlServerApp app) : OneTimeFormTests(app), IClassFixture<SqlServerApp>;
