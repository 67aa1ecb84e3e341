using System.Net;
using Aip.Domain.Districts;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Web.Data;
using Aip.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aip.Web.Tests.Plans;

/// <summary>
/// The plan overview's body is rendered once per page stamp and reader and reused (PageBodies). Each test reads a page
/// twice, checks the second read was reused (the plan's content was not read again), changes one thing the page shows,
/// the way the app saves it, and reads again: the change is there at once. And a reused body is the reader's own, with
/// forms that work in the browser it is sent to.
/// </summary>
public abstract class ReusedOverviewTests(AipApp app)
{
    [DbFact]
    public async Task A_change_to_the_plan_shows_at_once()
    {
        var planId = await app.AddPlanAsync(Fill);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        Assert.Contains("First initiative", await ReadTwiceAsync(manager, planId), StringComparison.Ordinal);

        await ChangePlanAsync(planId, plan => plan.UpdateInitiative(plan.Objectives[0].Initiatives[0].Id, "Renamed initiative", null, null));

        var after = await MainTextAsync(manager, planId);
        Assert.Contains("Renamed initiative", after, StringComparison.Ordinal);
        Assert.DoesNotContain("First initiative", after, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_review_comment_pinned_without_the_plan_loaded_shows_at_once()
    {
        var planId = await app.AddReviewedPlanAsync(approve: false);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        Assert.DoesNotContain("A comment pinned after the page was kept", await ReadTwiceAsync(ese, planId), StringComparison.Ordinal);

        var eseId = await app.UserIdAsync(Demo.Ese);
        await app.WithDbAsync(async db =>
        {
            var review = await db.PlanReviews.SingleAsync(r => r.PlanId == planId);
            db.ReviewComments.Add(review.AddComment(new CommentPlace(CommentArea.Section1), "A comment pinned after the page was kept", eseId, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });

        Assert.Contains("A comment pinned after the page was kept", await MainTextAsync(ese, planId), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_district_review_finding_recorded_for_the_district_shows_at_once()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        await ReadTwiceAsync(superintendent, planId);

        var districtId = await app.DistrictIdAsync(Demo.District);
        await app.WithDbAsync(async db =>
        {
            var number = await db.ReviewFindings.Where(f => f.DistrictId == districtId && f.Standard == DistrictStandard.Assessment).CountAsync() + 1;
            db.ReviewFindings.Add(ReviewFinding.Record(
                districtId, DistrictStandard.Assessment, number, "A finding recorded after the page was kept", null, new Actor(Guid.NewGuid(), Role.EseStaff, "Test"), DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });

        Assert.Contains("A finding recorded after the page was kept", await MainTextAsync(superintendent, planId), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_district_renamed_shows_at_once()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        var districtId = await app.DistrictIdAsync(Demo.District);
        var name = await app.WithDbAsync(db => db.Districts.Where(d => d.Id == districtId).Select(d => d.Name).SingleAsync());
        Assert.Contains(name, await ReadTwiceAsync(superintendent, planId), StringComparison.Ordinal);
        try
        {
            await RenameDistrictAsync(districtId, "Renamed Public Schools");

            Assert.Contains("Renamed Public Schools", await MainTextAsync(superintendent, planId), StringComparison.Ordinal);
        }
        finally
        {
            await RenameDistrictAsync(districtId, name);
        }
    }

    [DbFact]
    public async Task Each_reader_gets_the_page_rendered_for_their_own_rights()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        await ReadTwiceAsync(superintendent, planId);

        var eseLinks = (await ese.GetPageAsync($"/plans/{planId}")).QuerySelectorAll("main a").Select(a => a.TextContent.Trim()).ToList();
        var superintendentLinks = (await superintendent.GetPageAsync($"/plans/{planId}")).QuerySelectorAll("main a").Select(a => a.TextContent.Trim()).ToList();

        Assert.Contains("Change history", eseLinks);
        Assert.DoesNotContain("Change history", superintendentLinks);
        Assert.Contains("Start an amendment", superintendentLinks);
        Assert.DoesNotContain("Start an amendment", eseLinks);
    }

    [DbFact]
    public async Task A_form_on_a_reused_page_works_in_another_browser()
    {
        var planId = await app.AddPlanAsync(Fill);
        using var first = await app.NewClient().SignedInAsAsync(Demo.Manager);
        using var second = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var kept = await ReadTwiceAsync(first, planId);

        app.Commands.Reset();
        var page = await second.GetPageAsync($"/plans/{planId}");
        AssertReused();
        Assert.Equal(kept, page.QuerySelector("main")!.TextContent);
        var action = $"/plans/{planId}/objectives/{(await PlanAsync(planId)).Objectives.Single(o => o.Rank == 1).Id}/move";
        var response = await second.SubmitAsync(page, $"form[action='{action}']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Second objective", (await PlanAsync(planId)).Objectives.Single(o => o.Rank == 1).Statement);
        Assert.Contains("Objective 1: Second objective", await MainTextAsync(first, planId), StringComparison.Ordinal);
    }

    /// <summary>Two objectives, the first with two initiatives; a final outcome.</summary>
    private static void Fill(Plan plan)
    {
        var objective = plan.AddObjective("First objective", null);
        plan.AddObjective("Second objective", null);
        plan.AddInitiative(objective.Id, "First initiative", null, null);
        plan.AddInitiative(objective.Id, "Second initiative", null, null);
        plan.AddFinalOutcome("An outcome", null, null, new DateOnly(2027, 6, 30));
    }

    /// <summary>Reads the overview, then again, checking the second read reused the first's body; its main text.</summary>
    private async Task<string> ReadTwiceAsync(TestClient client, Guid planId)
    {
        var first = await MainTextAsync(client, planId);
        app.Commands.Reset();
        var second = await MainTextAsync(client, planId);
        AssertReused();
        Assert.Equal(first, second);
        return second;
    }

    /// <summary>The plan's content (its objectives) was not read: the body was reused.</summary>
    private void AssertReused() =>
        Assert.DoesNotContain(app.Commands.Texts, sql => sql.Contains("Objectives", StringComparison.Ordinal));

    private static async Task<string> MainTextAsync(TestClient client, Guid planId) =>
        (await client.GetPageAsync($"/plans/{planId}")).QuerySelector("main")!.TextContent;

    /// <summary>Changes the plan as a command does: loaded whole by the app's own store, saved through its pipeline.</summary>
    private async Task ChangePlanAsync(Guid planId, Action<Plan> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var plan = (await scope.ServiceProvider.GetRequiredService<PlanStore>().LoadAsync(planId))!;
        change(plan);
        await scope.ServiceProvider.GetRequiredService<AipDbContext>().SaveChangesAsync();
    }

    private Task<int> RenameDistrictAsync(Guid districtId, string name) => app.WithDbAsync(async db =>
    {
        var district = await db.Districts.SingleAsync(d => d.Id == districtId);
        district.Update(name, district.Code, district.Level.Value, district.Notes);
        return await db.SaveChangesAsync();
    });

    private Task<Plan> PlanAsync(Guid id) => app.WithDbAsync(async db => await db.Plans
        .Include(p => p.Objectives).AsNoTracking().SingleAsync(p => p.Id == id));
}

public sealed class ReusedOverviewOnSqlite(SqliteApp app) : ReusedOverviewTests(app), IClassFixture<SqliteApp>;

public sealed class ReusedOverviewOnPostgres(PostgresApp app) : ReusedOverviewTests(app), IClassFixture<PostgresApp>;

public sealed class ReusedOverviewOnSqlServer(SqlServerApp app) : ReusedOverviewTests(app), IClassFixture<SqlServerApp>;
