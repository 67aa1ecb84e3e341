using System.Net;
using Aip.Domain.Plans;
using Aip.Domain.People;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Plans;

/// <summary>
/// Every remove and move button in the app, pressed as a person would (the form on the page, with its token): the item
/// is gone or moved, and the history names it as it was.
/// </summary>
public abstract class RemoveAndMoveTests(AipApp app)
{
    [DbFact]
    public async Task Removing_an_initiative_removes_it_with_its_sheet_and_the_history_names_it_as_it_was()
    {
        var planId = await app.AddPlanAsync(Fill);
        var (first, second) = await InitiativesOfFirstObjectiveAsync(planId);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var response = await RemoveAsync(manager, $"/plans/{planId}/initiatives/{first}", $"/plans/{planId}/initiatives/{first}/remove");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = await PlanAsync(planId);
        var remaining = Assert.Single(plan.Objectives[0].Initiatives);
        Assert.Equal(second, remaining.Id);
        Assert.Equal(1, remaining.Rank);
        var history = await HistoryAsync(planId);
        Assert.Contains("Removed: Initiative 1.1", history, StringComparison.Ordinal);
        Assert.Contains("Description: “First initiative”", history, StringComparison.Ordinal);
        Assert.Contains("Changed: Initiative 1.2", history, StringComparison.Ordinal);
        Assert.Contains("Rank: 2 → 1", history, StringComparison.Ordinal);
        // Its benchmark and activity went with it and are not listed one by one.
        Assert.DoesNotContain("Removed: Early evidence of change", history, StringComparison.Ordinal);
        Assert.DoesNotContain("Removed: Activity", history, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Removing_an_objective_removes_its_initiatives_and_renumbers_the_rest()
    {
        var planId = await app.AddPlanAsync(Fill);
        var objectiveId = (await PlanAsync(planId)).Objectives.Single(o => o.Rank == 1).Id;
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var response = await RemoveAsync(manager, $"/plans/{planId}", $"/plans/{planId}/objectives/{objectiveId}/remove");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = await PlanAsync(planId);
        var remaining = Assert.Single(plan.Objectives);
        Assert.Equal(("Second objective", 1), (remaining.Statement, remaining.Rank));
        Assert.False(await app.WithDbAsync(db => db.Set<Initiative>().AnyAsync(i => i.ObjectiveId == objectiveId)));
        var history = await HistoryAsync(planId);
        Assert.Contains("Removed: Objective 1", history, StringComparison.Ordinal);
        Assert.Contains("Statement: “First objective”", history, StringComparison.Ordinal);
        Assert.Contains("Changed: Objective 2", history, StringComparison.Ordinal);
        Assert.DoesNotContain("Removed: Initiative", history, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Removing_a_benchmark_and_an_activity_leaves_the_rest_of_the_sheet()
    {
        var planId = await app.AddPlanAsync(Fill);
        var (first, _) = await InitiativesOfFirstObjectiveAsync(planId);
        var initiative = (await PlanAsync(planId)).Objectives[0].Initiatives.Single(i => i.Id == first);
        var (benchmark, activity) = (initiative.Benchmarks.Single().Id, initiative.Activities.Single().Id);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var sheet = $"/plans/{planId}/initiatives/{first}";

        Assert.Equal(HttpStatusCode.Redirect, (await RemoveAsync(manager, sheet, $"/plans/{planId}/benchmarks/{benchmark}/remove")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await RemoveAsync(manager, sheet, $"/plans/{planId}/activities/{activity}/remove")).StatusCode);

        var after = (await PlanAsync(planId)).Objectives[0].Initiatives.Single(i => i.Id == first);
        Assert.Empty(after.Benchmarks);
        Assert.Empty(after.Activities);
        Assert.False(await app.WithDbAsync(db => db.Set<BenchmarkTarget>().AnyAsync(t => t.BenchmarkId == benchmark)));
        var history = await HistoryAsync(planId);
        Assert.Contains("Removed: Early evidence of change of initiative 1.1: Attendance benchmark", history, StringComparison.Ordinal);
        Assert.Contains("Removed: Activity of initiative 1.1: Train the coaches", history, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Removing_a_final_outcome_removes_only_that_one()
    {
        var planId = await app.AddPlanAsync(Fill);
        var outcome = (await PlanAsync(planId)).FinalOutcomes.Single(o => o.Description == "Outcome to remove").Id;
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var response = await RemoveAsync(manager, $"/plans/{planId}", $"/plans/{planId}/final-outcomes/{outcome}/remove");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Outcome to keep", Assert.Single((await PlanAsync(planId)).FinalOutcomes).Description);
        Assert.Contains("Removed: Final outcome: Outcome to remove", await HistoryAsync(planId), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_confirmation_page_says_what_goes_with_an_objective_and_what_is_renumbered_and_keeping_it_removes_nothing()
    {
        var planId = await app.AddPlanAsync(Fill);
        var objectiveId = (await PlanAsync(planId)).Objectives.Single(o => o.Rank == 1).Id;
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var page = await manager.GetPageAsync($"/plans/{planId}/objectives/{objectiveId}/remove");

        Assert.Equal("Remove objective 1?", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("First objective", page.QuerySelector(".removal-text")!.TextContent);
        Assert.Equal(
            ["2 initiatives (1.1, 1.2) and their Strategy Sheets", "1 benchmark with 1 dated target", "1 activity"],
            page.QuerySelectorAll(".removal-goes li").Select(li => li.TextContent));
        Assert.Equal(["Objective 2 becomes objective 1."], page.QuerySelectorAll(".removal-renumbered li").Select(li => li.TextContent));
        Assert.Equal($"/plans/{planId}#objectives", page.QuerySelector("main form a")!.GetAttribute("href"));
        Assert.Equal(2, (await PlanAsync(planId)).Objectives.Count);
    }

    [DbFact]
    public async Task A_removal_confirmed_on_a_page_the_plan_has_since_moved_past_removes_nothing_and_says_why()
    {
        var planId = await app.AddPlanAsync(Fill);
        var outcome = (await PlanAsync(planId)).FinalOutcomes.Single(o => o.Description == "Outcome to remove").Id;
        var objectiveId = (await PlanAsync(planId)).Objectives.Single(o => o.Rank == 1).Id;
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var stale = await manager.GetPageAsync($"/plans/{planId}/objectives/{objectiveId}/remove");
        await RemoveAsync(manager, $"/plans/{planId}", $"/plans/{planId}/final-outcomes/{outcome}/remove");

        var response = await manager.SubmitAsync(stale, $"main form[action='/plans/{planId}/objectives/{objectiveId}/remove']");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Nothing has been removed", (await TestClient.ParseAsync(response)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await PlanAsync(planId)).Objectives.Count);
    }

    [DbFact]
    public async Task A_benchmark_and_an_activity_have_their_own_confirmation_and_a_part_gone_already_is_not_found()
    {
        var planId = await app.AddPlanAsync(Fill);
        var initiative = (await PlanAsync(planId)).Objectives[0].Initiatives[0];
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var benchmark = await manager.GetPageAsync($"/plans/{planId}/benchmarks/{initiative.Benchmarks[0].Id}/remove");
        var activity = await manager.GetPageAsync($"/plans/{planId}/activities/{initiative.Activities[0].Id}/remove");
        await manager.GetPageAsync($"/plans/{planId}/benchmarks/{Guid.NewGuid()}/remove", HttpStatusCode.NotFound);

        Assert.Equal("Remove this early evidence of change of initiative 1.1?", benchmark.QuerySelector("main h1")!.TextContent);
        Assert.Equal(["1 dated target"], benchmark.QuerySelectorAll(".removal-goes li").Select(li => li.TextContent));
        Assert.Contains("Nothing else goes with it.", activity.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Moving_an_objective_down_and_up_swaps_the_two_and_the_history_says_so()
    {
        var planId = await app.AddPlanAsync(Fill);
        var plan = await PlanAsync(planId);
        var (first, second) = (plan.Objectives.Single(o => o.Rank == 1).Id, plan.Objectives.Single(o => o.Rank == 2).Id);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        Assert.Equal(HttpStatusCode.Redirect, (await PressMoveAsync(manager, $"/plans/{planId}", $"/plans/{planId}/objectives/{first}/move", "Move down")).StatusCode);
        Assert.Equal([second, first], (await PlanAsync(planId)).Objectives.OrderBy(o => o.Rank).Select(o => o.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await PressMoveAsync(manager, $"/plans/{planId}", $"/plans/{planId}/objectives/{first}/move", "Move up")).StatusCode);
        Assert.Equal([first, second], (await PlanAsync(planId)).Objectives.OrderBy(o => o.Rank).Select(o => o.Id));

        var history = await HistoryAsync(planId);
        Assert.Contains("Changed: Objective 1", history, StringComparison.Ordinal);
        Assert.Contains("Rank: 1 → 2", history, StringComparison.Ordinal);
        Assert.Contains("Rank: 2 → 1", history, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Moving_an_initiative_down_and_up_swaps_the_two_and_the_history_says_so()
    {
        var planId = await app.AddPlanAsync(Fill);
        var (first, second) = await InitiativesOfFirstObjectiveAsync(planId);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        Assert.Equal(HttpStatusCode.Redirect, (await PressMoveAsync(manager, $"/plans/{planId}", $"/plans/{planId}/initiatives/{first}/move", "Move down")).StatusCode);
        Assert.Equal([second, first], await InitiativeOrderAsync(planId));

        Assert.Equal(HttpStatusCode.Redirect, (await PressMoveAsync(manager, $"/plans/{planId}", $"/plans/{planId}/initiatives/{first}/move", "Move up")).StatusCode);
        Assert.Equal([first, second], await InitiativeOrderAsync(planId));

        var history = await HistoryAsync(planId);
        Assert.Contains("Changed: Initiative 1.1", history, StringComparison.Ordinal);
        Assert.Contains("Changed: Initiative 1.2", history, StringComparison.Ordinal);
        Assert.Contains("Rank: 1 → 2", history, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Removing_a_monitor_assignment_ends_it_and_the_district_history_says_so()
    {
        var monitor = await app.UserIdAsync(await app.CreateAccountAsync(Role.PlanMonitor));
        var districtId = await app.DistrictIdAsync(Demo.OtherDistrict);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        await ese.SubmitAsync(await ese.GetPageAsync($"/districts/{districtId}"), $"form[action='/districts/{districtId}/monitors']",
            new() { ["monitorId"] = monitor.ToString() });

        var response = await PressAsync(ese, $"/districts/{districtId}", $"/districts/{districtId}/monitors/{monitor}/remove");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.MonitorAssignments.AnyAsync(a => a.MonitorId == monitor && a.DistrictId == districtId)));
        var history = (await ese.GetPageAsync($"/districts/{districtId}/history")).QuerySelector("tbody")!.TextContent;
        Assert.Contains("Removed: Test Plan Monitor monitors Lakeside", history, StringComparison.Ordinal);
        Assert.Contains("Assignment ended", history, StringComparison.Ordinal);
    }

    /// <summary>Two objectives; the first with two initiatives, the first of which has a benchmark and an activity; two final outcomes.</summary>
    private static void Fill(Plan plan)
    {
        var objective = plan.AddObjective("First objective", null);
        plan.AddObjective("Second objective", null);
        var initiative = plan.AddInitiative(objective.Id, "First initiative", null, null);
        plan.AddInitiative(objective.Id, "Second initiative", null, null);
        plan.AddBenchmark(initiative.Id, BenchmarkKind.EarlyEvidenceOfChange, "Attendance benchmark", null, null, null, [(new DateOnly(2026, 11, 30), "60%")]);
        plan.AddActivity(initiative.Id, Quarter.SeptDec, "Train the coaches", null, new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1), null);
        plan.AddFinalOutcome("Outcome to keep", null, null, new DateOnly(2027, 6, 30));
        plan.AddFinalOutcome("Outcome to remove", null, null, new DateOnly(2027, 6, 30));
    }

    /// <summary>
    /// Follows the remove link to <paramref name="action"/> on <paramref name="page"/>, set apart from the edit buttons, to
    /// its confirmation page, and confirms there.
    /// </summary>
    private static async Task<HttpResponseMessage> RemoveAsync(TestClient client, string page, string action)
    {
        var link = (await client.GetPageAsync(page)).QuerySelector($"main a.remove-action[href='{action}']");
        Assert.NotNull(link);
        return await client.SubmitAsync(await client.GetPageAsync(action), $"main form[action='{action}']");
    }

    /// <summary>Opens the page and submits the form posting to <paramref name="action"/>.</summary>
    private static async Task<HttpResponseMessage> PressAsync(TestClient client, string page, string action) =>
        await client.SubmitAsync(await client.GetPageAsync(page), $"form[action='{action}']");

    /// <summary>Presses the move button whose text starts with <paramref name="button"/> ("Move up", "Move down").</summary>
    private static async Task<HttpResponseMessage> PressMoveAsync(TestClient client, string url, string action, string button)
    {
        var page = await client.GetPageAsync(url);
        var form = page.QuerySelectorAll<IHtmlFormElement>($"form[action='{action}']")
            .Single(f => f.QuerySelector("button")!.TextContent.StartsWith(button, StringComparison.Ordinal));
        form.Id = "pressed";
        return await client.SubmitAsync(page, "form#pressed");
    }

    private async Task<(Guid First, Guid Second)> InitiativesOfFirstObjectiveAsync(Guid planId)
    {
        var initiatives = (await PlanAsync(planId)).Objectives.Single(o => o.Rank == 1).Initiatives;
        return (initiatives[0].Id, initiatives[1].Id);
    }

    private async Task<IEnumerable<Guid>> InitiativeOrderAsync(Guid planId) =>
        (await PlanAsync(planId)).Objectives.Single(o => o.Rank == 1).Initiatives.Select(i => i.Id).ToList();

    private async Task<string> HistoryAsync(Guid planId)
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        return (await ese.GetPageAsync($"/plans/{planId}/history")).QuerySelector("tbody")!.TextContent;
    }

    private Task<Plan> PlanAsync(Guid id) => app.WithDbAsync(async db => await db.Plans
        .Include(p => p.Objectives).ThenInclude(o => o.Initiatives).ThenInclude(i => i.Benchmarks).ThenInclude(b => b.Targets)
        .Include(p => p.Objectives).ThenInclude(o => o.Initiatives).ThenInclude(i => i.Activities)
        .Include(p => p.FinalOutcomes)
        .AsSplitQuery().AsNoTracking().SingleAsync(p => p.Id == id));
}

public sealed class RemoveAndMoveOnSqlite(SqliteApp app) : RemoveAndMoveTests(app), IClassFixture<SqliteApp>;

public sealed class RemoveAndMoveOnPostgres(PostgresApp app) : RemoveAndMoveTests(app), IClassFixture<PostgresApp>;

public sealed class RemoveAndMoveOnSqlServer(SqlServerApp app) : RemoveAndMoveTests(app), IClassFixture<SqlServerApp>;
