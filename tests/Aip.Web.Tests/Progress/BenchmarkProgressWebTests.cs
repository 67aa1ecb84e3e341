using System.Net;
using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Domain.Progress;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Progress;

/// <summary>
/// Recording benchmark progress through the screens: results against dated targets (from the Minutes and back), their
/// status and chart, activity status with late flagged, and the refusals. Progress is not the plan's content: the plan's
/// revision and versions stay as they were. Each test takes its own approved copy of the demo plan, whose first
/// learning-walk target is 60% by 15 November 2026.
/// </summary>
public abstract class BenchmarkProgressWebTests(AipApp app)
{
    private const string Form = "main form[method=post][novalidate]";

    [DbFact]
    public async Task A_result_recorded_from_the_minutes_goes_back_there_and_leaves_the_plans_revision_and_versions_alone()
    {
        var (planId, walks) = await ApprovedPlanAsync();
        var demoPlanId = await DemoPlanAsync();
        var discussionId = await app.WithDbAsync(db => db.Minutes.Where(m => m.PlanId == demoPlanId).OrderBy(m => m.DiscussionDay).Select(m => m.DiscussionId).FirstAsync());
        var before = await app.WithDbAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => new { p.Revision, p.ConcurrencyToken, Versions = db.PlanVersions.Count(v => v.PlanId == planId) }).SingleAsync());
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        // The link in the Minutes' section 1 carries the discussion; a discussion of another plan is not a way back.
        var minutes = await manager.GetPageAsync($"/plans/{demoPlanId}/discussions/{discussionId}/minutes");
        Assert.Contains(minutes.QuerySelectorAll("#section-1 a, main a"), a => a.TextContent == "Record benchmark results");
        var page = await manager.GetPageAsync($"/plans/{planId}/progress/results?benchmark={walks.Id}&target=2026-11-15&discussion={discussionId}");
        Assert.Equal("Back to the initiative's progress", page.QuerySelector("main form a.btn-link")!.TextContent);

        var response = await manager.SubmitAsync(page, Form, Values("63%"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var result = await app.WithDbAsync(db => db.BenchmarkResults.SingleAsync(r => r.PlanId == planId));
        Assert.Equal((walks.Id, new DateOnly(2026, 11, 15), "63%", "Learning-walk summary, November"), (result.BenchmarkId, result.TargetDate, result.Value, result.Source));
        var after = await app.WithDbAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => new { p.Revision, p.ConcurrencyToken, Versions = db.PlanVersions.Count(v => v.PlanId == planId) }).SingleAsync());
        Assert.Equal(before, after);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PlanId == planId && a.Kind == "Progress").Select(a => a.Item).SingleAsync());
        Assert.StartsWith("Result for the target of 15 November 2026 of “Teachers post", audit, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task From_the_minutes_of_the_same_plan_the_form_goes_back_to_section_1()
    {
        var planId = await DemoPlanAsync();
        var discussionId = await app.WithDbAsync(db => db.HighlightDiscussions.Where(d => d.PlanId == planId).OrderBy(d => d.StartsAt).Select(d => d.Id).FirstAsync());
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var minutes = await manager.GetPageAsync($"/plans/{planId}/discussions/{discussionId}/minutes");
        var link = minutes.QuerySelectorAll("main a").Single(a => a.TextContent == "Record benchmark results").GetAttribute("href")!;
        var page = await manager.GetPageAsync(link);
        // The form opens on the demo's target that is overdue without a result.
        var chosen = page.QuerySelector<IHtmlSelectElement>("select[name='Form.Target']")!.Value;
        Assert.Contains("(overdue: no result)", page.QuerySelector($"option[value='{chosen}']")!.TextContent, StringComparison.Ordinal);
        var values = Values("95%");
        values["Form.Met"] = "yes";

        var response = await manager.SubmitAsync(page, Form, values);

        Assert.Equal($"/plans/{planId}/discussions/{discussionId}/minutes#section-1", response.Headers.Location!.OriginalString);
    }

    [DbFact]
    public async Task A_result_is_refused_next_to_its_field_keeping_what_was_typed()
    {
        var (planId, walks) = await ApprovedPlanAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var page = await manager.GetPageAsync($"/plans/{planId}/progress/results?benchmark={walks.Id}&target=2026-11-15");

        var notANumber = await TestClient.ParseAsync(await manager.SubmitAsync(page, Form, Values("most classrooms")));
        Assert.Equal("The target is a number: enter the result as one number, for example 72%.", notANumber.QuerySelector("#error-Form_Value")!.TextContent.Trim());
        Assert.Equal("Learning-walk summary, November", notANumber.QuerySelector<IHtmlInputElement>("input[name='Form.Source']")!.Value);

        var future = Values("63%");
        future["Form.MeasuredOn"] = Dates.Day(DateTimeOffset.UtcNow).AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = await TestClient.ParseAsync(await manager.SubmitAsync(page, Form, future));
        Assert.Equal("The date measured cannot be after today.", tomorrow.QuerySelector("#error-Form_MeasuredOn")!.TextContent.Trim());

        var empty = await TestClient.ParseAsync(await manager.SubmitAsync(page, Form, Values("")));
        Assert.Equal("Enter the result.", empty.QuerySelector("#error-Form_Value")!.TextContent.Trim());
        Assert.Equal(0, await app.WithDbAsync(db => db.BenchmarkResults.CountAsync(r => r.PlanId == planId)));
    }

    [DbFact]
    public async Task A_text_measure_needs_the_recorders_judgement_and_a_second_editors_stale_save_is_refused()
    {
        var planId = await app.AddReviewedPlanAsync();
        var plans = await app.WithDbAsync(db => db.Set<Benchmark>().Include(b => b.Targets)
            .Where(b => db.Set<Initiative>().Any(i => i.Id == b.InitiativeId && db.Set<Objective>().Any(o => o.Id == i.ObjectiveId && o.PlanId == planId)))
            .ToListAsync());
        var text = plans.First(b => b.Targets.Any(t => t.Value == "all six schools"));
        var url = $"/plans/{planId}/progress/results?benchmark={text.Id}&target=2026-10-15";
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);

        var noJudgement = await TestClient.ParseAsync(await manager.SubmitAsync(await manager.GetPageAsync(url), Form, Values("five of six schools")));
        Assert.Equal("Say whether the result met the target: it is not a number to compare.", noJudgement.QuerySelector("#error-Form_Met")!.TextContent.Trim());

        var values = Values("five of six schools");
        values["Form.Met"] = "no";
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(await manager.GetPageAsync(url), Form, values)).StatusCode);

        // Both open the recorded result; the superintendent corrects it first; the manager's save is refused, input kept.
        var managersCopy = await manager.GetPageAsync(url);
        values["Form.Value"] = "all six schools";
        values["Form.Met"] = "yes";
        Assert.Equal(HttpStatusCode.Redirect, (await superintendent.SubmitAsync(await superintendent.GetPageAsync(url), Form, values)).StatusCode);
        values["Form.Value"] = "five schools";
        var stale = await TestClient.ParseAsync(await manager.SubmitAsync(managersCopy, Form, values));
        Assert.Contains("Someone else saved this part of the plan while you were editing", stale.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("five schools", stale.QuerySelector<IHtmlInputElement>("input[name='Form.Value']")!.Value);
        var saved = await app.WithDbAsync(db => db.BenchmarkResults.SingleAsync(r => r.BenchmarkId == text.Id));
        Assert.Equal(("all six schools", true), (saved.Value, saved.Met));

        var progress = await manager.GetPageAsync($"/plans/{planId}/initiatives/{text.InitiativeId}/progress");
        var timeline = progress.QuerySelectorAll("ol.progress-timeline").Single(o => o.GetAttribute("aria-label") == "Timeline of: " + text.Description);
        Assert.Contains("Met", timeline.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_initiative_page_charts_a_numeric_benchmark_as_svg_with_its_data_table_and_each_targets_status()
    {
        var (planId, walks) = await ApprovedPlanAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var baseline = await manager.GetPageAsync($"/plans/{planId}/benchmarks/{walks.Id}/baseline");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(baseline, Form, new() { ["Form.Value"] = "42%", ["Form.Date"] = "2026-09-30" })).StatusCode);
        await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/progress/results?benchmark={walks.Id}&target=2026-11-15"), Form, Values("57%"));

        var page = await manager.GetPageAsync($"/plans/{planId}/initiatives/{walks.InitiativeId}/progress");

        var section = page.QuerySelectorAll("section.card").Single(s => s.QuerySelector("h3")!.TextContent == walks.Description);
        var svg = section.QuerySelector("svg[role='img']")!;
        var title = page.GetElementById(svg.GetAttribute("aria-labelledby")!)!;
        Assert.StartsWith($"Chart of {walks.Description}: the percentage over time", title.TextContent, StringComparison.Ordinal);
        Assert.Equal(walks.Targets.Count, svg.QuerySelectorAll(".chart-targets rect").Length);
        Assert.Single(svg.QuerySelectorAll(".chart-results circle.chart-not-met"));
        Assert.NotNull(svg.QuerySelector(".chart-baseline path"));
        var rows = section.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["30 September 2026", "Baseline", "42%", ""], rows[0]);
        Assert.Equal(("15 November 2026", "60%", "Not met"), (rows[1][0], rows[1][1], rows[1][3]));
        Assert.StartsWith("57%", rows[1][2], StringComparison.Ordinal);
        Assert.Equal("Not yet due", rows[2][3]);
    }

    [DbFact]
    public async Task An_activity_past_its_completion_date_and_not_done_is_flagged_late_until_it_is_done()
    {
        var planId = await app.AddReviewedPlanAsync();
        var today = Dates.Day(DateTimeOffset.UtcNow);
        var activity = await app.WithDbAsync(db => db.Set<Activity>()
            .Where(a => a.End < today && db.Set<Initiative>().Any(i => i.Id == a.InitiativeId && db.Set<Objective>().Any(o => o.Id == i.ObjectiveId && o.PlanId == planId)))
            .OrderBy(a => a.End).FirstAsync());
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var progressUrl = $"/plans/{planId}/initiatives/{activity.InitiativeId}/progress";
        var statusUrl = $"/plans/{planId}/activities/{activity.Id}/status";

        Assert.Contains("Late", Row(await manager.GetPageAsync(progressUrl), activity).TextContent, StringComparison.Ordinal);
        var noStatus = await TestClient.ParseAsync(await manager.SubmitAsync(await manager.GetPageAsync(statusUrl), Form, new() { ["Form.Status"] = "", ["Form.Note"] = "Nearly there." }));
        Assert.Equal("Choose where the activity stands.", noStatus.QuerySelector("#error-Form_Status")!.TextContent.Trim());
        Assert.Equal("Nearly there.", noStatus.QuerySelector("textarea[name='Form.Note']")!.TextContent);

        await manager.SubmitAsync(await manager.GetPageAsync(statusUrl), Form, new() { ["Form.Status"] = nameof(ActivityStatus.InProgress) });
        Assert.Contains("Late", Row(await manager.GetPageAsync(progressUrl), activity).TextContent, StringComparison.Ordinal);
        var summary = await manager.GetPageAsync($"/plans/{planId}/progress");
        Assert.Contains(summary.QuerySelectorAll(".activity-late"), b => b.TextContent.StartsWith("1 of", StringComparison.Ordinal));

        var done = await manager.SubmitAsync(await manager.GetPageAsync(statusUrl), Form, new() { ["Form.Status"] = nameof(ActivityStatus.Done), ["Form.ChangedOn"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var row = Row(await manager.GetPageAsync(progressUrl), activity);
        Assert.DoesNotContain("Late", row.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Done, since {Dates.Display(today)}", row.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_final_outcomes_actual_is_recorded_once_a_year_and_shows_on_the_plans_progress()
    {
        var planId = await app.AddReviewedPlanAsync();
        var outcome = await app.WithDbAsync(db => db.Set<FinalOutcome>().Where(o => o.PlanId == planId).OrderBy(o => o.Description).FirstAsync());
        var url = $"/plans/{planId}/final-outcomes/{outcome.Id}/actuals";
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var values = new Dictionary<string, string> { ["Form.SchoolYear"] = "2026", ["Form.Value"] = "Annual PPI 72", ["Form.Note"] = "High needs: 70." };

        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(await manager.GetPageAsync(url), Form, values)).StatusCode);
        var again = await TestClient.ParseAsync(await manager.SubmitAsync(await manager.GetPageAsync(url), Form, values));
        Assert.StartsWith("2026–27 already has an actual (Annual PPI 72)", again.QuerySelector("#error-Form_SchoolYear")!.TextContent.Trim(), StringComparison.Ordinal);
        values["Form.SchoolYear"] = "2031";
        var outside = await TestClient.ParseAsync(await manager.SubmitAsync(await manager.GetPageAsync(url), Form, values));
        Assert.Equal("Choose a school year of the plan.", outside.QuerySelector("#error-Form_SchoolYear")!.TextContent.Trim());

        var summary = await manager.GetPageAsync($"/plans/{planId}/progress");
        Assert.Contains("Annual PPI 72 — High needs: 70.", summary.QuerySelector("#final-outcomes ~ ul")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_plan_not_in_force_takes_no_progress()
    {
        var planId = await app.AddReviewedPlanAsync(approve: false);
        var walks = await app.WithDbAsync(db => FirstBenchmarkAsync(db, planId));
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var refused = await TestClient.ParseAsync(await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/progress/results?benchmark={walks.Id}&target=2026-11-15"), Form, Values("63%")));

        Assert.Contains("Progress is recorded on the plan in force: this plan is submitted.", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_monitor_and_ese_read_the_progress_but_record_nothing_and_another_district_sees_none_of_it()
    {
        var (planId, walks) = await ApprovedPlanAsync();
        foreach (var reader in new[] { Demo.Monitor, Demo.Ese })
        {
            using var client = await app.NewClient().SignedInAsAsync(reader);
            var page = await client.GetPageAsync($"/plans/{planId}/initiatives/{walks.InitiativeId}/progress");
            Assert.DoesNotContain(page.QuerySelectorAll("main a"), a => a.TextContent.StartsWith("Record", StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync($"/plans/{planId}/progress/results")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/plans/{planId}/progress/results", Values("63%"))).StatusCode);
        }

        using var outsider = await app.NewClient().SignedInAsAsync(Demo.OtherSuperintendent);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Http.GetAsync($"/plans/{planId}/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostAsync($"/plans/{planId}/activities/{Guid.NewGuid()}/status", new() { ["Form.Status"] = "Done" })).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.BenchmarkResults.CountAsync(r => r.PlanId == planId)));
    }

    private static Dictionary<string, string> Values(string value) => new()
    {
        ["Form.Value"] = value,
        ["Form.MeasuredOn"] = "2026-11-14",
        ["Form.Source"] = "Learning-walk summary, November",
    };

    private static AngleSharp.Dom.IElement Row(IHtmlDocument page, Activity activity) =>
        page.QuerySelectorAll("#activities ~ div table tbody tr").Single(r => r.QuerySelector("th")!.TextContent == activity.ActionStep);

    /// <summary>Riverton's demo plan: the approved plan with the demo's Highlight Discussions.</summary>
    private Task<Guid> DemoPlanAsync() => app.WithDbAsync(db => db.Plans.Where(p => p.Status == PlanStatus.Approved && db.HighlightDiscussions.Any(d => d.PlanId == p.Id)).Select(p => p.Id).SingleAsync());

    private async Task<(Guid PlanId, Benchmark Walks)> ApprovedPlanAsync()
    {
        var planId = await app.AddReviewedPlanAsync();
        return (planId, await app.WithDbAsync(db => FirstBenchmarkAsync(db, planId)));
    }

    /// <summary>Initiative 1.1's first benchmark: the learning walks, 60% by 15 November 2026.</summary>
    private static Task<Benchmark> FirstBenchmarkAsync(Aip.Web.Data.AipDbContext db, Guid planId) =>
        db.Set<Benchmark>().Include(b => b.Targets)
            .Where(b => b.Kind == BenchmarkKind.EarlyEvidenceOfChange && db.Set<Initiative>().Any(i => i.Id == b.InitiativeId && i.Rank == 1
                && db.Set<Objective>().Any(o => o.Id == i.ObjectiveId && o.Rank == 1 && o.PlanId == planId)))
            .OrderBy(b => b.Position).FirstAsync();
}

public sealed class BenchmarkProgressWebOnSqlite(SqliteApp app) : BenchmarkProgressWebTests(app), IClassFixture<SqliteApp>;

public sealed class BenchmarkProgressWebOnPostgres(PostgresApp app) : BenchmarkProgressWebTests(app), IClassFixture<PostgresApp>;

public sealed class BenchmarkProgressWebOnSqlServer(SqlServerApp app) : BenchmarkProgressWebTests(app), IClassFixture<SqlServerApp>;
