using System.Net;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Domain.Versions;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Reviews;

/// <summary>Amendments, versions, the diff and the successor plan through the screens, with their refusals.</summary>
public abstract class LivingPlanWebTests(AipApp app)
{
    private const string Form = "main form[method=post][novalidate]";

    [DbFact]
    public async Task An_amendment_with_its_reason_becomes_version_2_and_the_diff_shows_exactly_what_changed()
    {
        var planId = await app.AddReviewedPlanAsync();
        var objectiveId = await FirstObjectiveIdAsync(planId);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var noReason = await TestClient.ParseAsync(await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/amendments/new"), Form, new() { ["Form.Reason"] = " " }));
        Assert.Equal("Say what changes and why.", noReason.QuerySelector("#error-Form_Reason")!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.GetAsync(new Uri($"/plans/{planId}/objectives/{objectiveId}/edit", UriKind.Relative))).StatusCode);

        await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/amendments/new"), Form, new() { ["Form.Reason"] = "Grade 6 joins the literacy block." });
        await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/objectives/{objectiveId}/edit"), "main form[method=post]",
            new() { ["Statement"] = "Every K-8 classroom teaches the literacy block" });
        var finish = await manager.GetPageAsync($"/plans/{planId}/amendments/finish");
        Assert.Contains("Every K-8 classroom teaches the literacy block", finish.Body!.TextContent, StringComparison.Ordinal);
        await manager.SubmitAsync(finish, Form);

        var versions = await app.WithDbAsync(db => db.PlanVersions.Where(v => v.PlanId == planId).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(("Grade 6 joins the literacy block.", false, 1), (versions[1].Reason, versions[1].EseApproved, versions[1].AmendmentNumber));
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.GetAsync(new Uri($"/plans/{planId}/objectives/{objectiveId}/edit", UriKind.Relative))).StatusCode);

        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);
        var diff = await monitor.GetPageAsync($"/plans/{planId}/compare?from=1&to=2");
        var rows = diff.QuerySelectorAll(".version-diff-table tbody").Select(t => t.TextContent).ToList();
        var changed = Assert.Single(rows);
        Assert.Contains("Objective 1", changed, StringComparison.Ordinal);
        Assert.Contains("Every K-8 classroom teaches the literacy block", changed, StringComparison.Ordinal);
        Assert.Contains(versions[0].Content.Objectives[0].Statement, changed, StringComparison.Ordinal);
        Assert.Contains((await app.MailsToAsync(Demo.Ese)).Select(Mails.DecodeQuotedPrintable), m => m.Contains("was recorded as version 2", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task With_the_district_setting_on_ese_approves_the_amendment_or_sends_it_back()
    {
        await SetAmendmentApprovalAsync(true);
        try
        {
            var planId = await app.AddReviewedPlanAsync();
            using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
            using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
            await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/amendments/new"), Form, new() { ["Form.Reason"] = "Coaching moves to the spring." });
            await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/amendments/finish"), Form);
            Assert.Equal(AmendmentStage.AwaitingApproval, await StageAsync(planId));

            var managerDecides = await manager.PostAsync($"/plans/{planId}/amendments/decide", new() { ["Form.Decision"] = "approve" });
            var emptyNote = await TestClient.ParseAsync(await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/amendments/decide"), Form,
                new() { ["Form.Decision"] = "SendBack", ["Form.Note"] = string.Empty }));
            Assert.Equal(HttpStatusCode.Forbidden, managerDecides.StatusCode);
            Assert.Equal("Say why it is sent back, so the district knows what to change.", emptyNote.QuerySelector("#error-Form_Note")!.TextContent);

            await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/amendments/decide"), Form, new() { ["Form.Decision"] = "SendBack", ["Form.Note"] = "Say which schools." });
            Assert.Equal(AmendmentStage.Drafting, await StageAsync(planId));
            await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/amendments/finish"), Form, new() { ["Form.Reason"] = "Coaching moves to the spring at both middle schools." });
            await ese.SubmitAsync(await ese.GetPageAsync($"/plans/{planId}/amendments/decide"), Form, new() { ["Form.Decision"] = "approve" });

            var version = await app.WithDbAsync(db => db.PlanVersions.SingleAsync(v => v.PlanId == planId && v.Number == 2));
            Assert.Equal((true, "Coaching moves to the spring at both middle schools."), (version.EseApproved, version.Reason));
            Assert.Null(await StageAsync(planId));
        }
        finally
        {
            await SetAmendmentApprovalAsync(false);
        }
    }

    [DbFact]
    public async Task Amending_is_refused_before_approval_and_to_anyone_but_the_district_leaders()
    {
        var draft = await app.AddReadyPlanAsync();
        var approved = await app.AddReviewedPlanAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        var onDraft = await TestClient.ParseAsync(await manager.PostAsync($"/plans/{draft}/amendments/new", new() { ["Form.Reason"] = "Why not" }));

        Assert.Contains("Only an approved plan is amended", onDraft.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await monitor.PostAsync($"/plans/{approved}/amendments/new", new() { ["Form.Reason"] = "Why not" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ese.PostAsync($"/plans/{approved}/amendments/new", new() { ["Form.Reason"] = "Why not" })).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Amendments.CountAsync(a => a.PlanId == draft || a.PlanId == approved)));
    }

    [DbFact]
    public async Task The_successor_starts_as_a_draft_copy_and_its_approval_supersedes_the_predecessor()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var predecessorHistory = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.PlanId == planId));

        var started = await superintendent.SubmitAsync(await superintendent.GetPageAsync($"/plans/{planId}/successor"), Form,
            new() { ["Form.Title"] = "Riverton AIP 2028–2030", ["Form.FirstSchoolYear"] = "2028", ["Form.LastSchoolYear"] = "2029" });
        var successorId = Guid.Parse(started.Headers.Location!.OriginalString.Split('/')[2]);
        var again = await TestClient.ParseAsync(await superintendent.SubmitAsync(await superintendent.GetPageAsync($"/plans/{planId}/successor"), Form,
            new() { ["Form.Title"] = "A second successor", ["Form.FirstSchoolYear"] = "2028", ["Form.LastSchoolYear"] = "2029" }));
        Assert.Contains("already been started", again.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var successor = await app.WithDbAsync(db => db.Plans.Include(p => p.Objectives).AsNoTracking().SingleAsync(p => p.Id == successorId));
        Assert.Equal((PlanStatus.Draft, planId, 4), (successor.Status, successor.PredecessorId, successor.Objectives.Count));
        // Its history starts with it, not in its predecessor's.
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.PlanId == successorId)));
        Assert.Equal(predecessorHistory, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.PlanId == planId)));

        // Approving the successor (once its dates are moved into its years) supersedes the predecessor.
        await app.WithDbAsync(async db =>
        {
            var plan = await db.Plans.SingleAsync(p => p.Id == successorId);
            plan.UpdateDetails(plan.Title, 2026, 2027);
            await db.SaveChangesAsync();
            return 0;
        });
        await superintendent.PostAsync($"/plans/{successorId}/submit");
        await ese.PostAsync($"/plans/{successorId}/review", TestPlans.ReviewValues(RubricRating.Strong, "approve", submission: 1));
        Assert.Equal(PlanStatus.Approved, await app.WithDbAsync(db => db.Plans.Where(p => p.Id == successorId).Select(p => p.Status).SingleAsync()));
        Assert.Equal(PlanStatus.Superseded, await app.WithDbAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync()));
    }

    [DbFact]
    public async Task Versions_and_the_diff_are_read_by_the_district_monitor_and_ese_but_not_another_district()
    {
        var planId = await app.AddReviewedPlanAsync();
        foreach (var email in new[] { Demo.Superintendent, Demo.Monitor, Demo.Ese })
        {
            using var reader = await app.NewClient().SignedInAsAsync(email);
            var page = await reader.GetPageAsync($"/plans/{planId}/versions");
            Assert.Contains("Version 1 (in force)", page.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
            var diff = await reader.GetPageAsync($"/plans/{planId}/compare?from=1");
            Assert.Contains("No differences between these versions.", diff.Body!.TextContent, StringComparison.Ordinal);
        }

        using var other = await app.NewClient().SignedInAsAsync(Demo.OtherSuperintendent);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Http.GetAsync(new Uri($"/plans/{planId}/versions", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Http.GetAsync(new Uri($"/plans/{planId}/compare?from=1", UriKind.Relative))).StatusCode);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        Assert.Equal(HttpStatusCode.NotFound, (await ese.Http.GetAsync(new Uri($"/plans/{planId}/compare?from=1&to=7", UriKind.Relative))).StatusCode);
    }

    [DbFact]
    public async Task Cancelling_an_amendment_being_drafted_brings_back_the_version_in_force_with_its_ids_and_lists_it_as_cancelled()
    {
        var planId = await app.AddReviewedPlanAsync();
        var objectiveId = await FirstObjectiveIdAsync(planId);
        var initiativeId = await app.WithDbAsync(db => db.Set<Initiative>().Where(i => i.ObjectiveId == objectiveId && i.Rank == 1).Select(i => i.Id).SingleAsync());
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/amendments/new"), Form, new() { ["Form.Reason"] = "Try a smaller plan." });
        await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/objectives/{objectiveId}/edit"), "main form[method=post]",
            new() { ["Statement"] = "A statement the amendment changed" });
        await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/initiatives/{initiativeId}/remove"), $"main form[action='/plans/{planId}/initiatives/{initiativeId}/remove']");

        var overview = await manager.GetPageAsync($"/plans/{planId}");
        Assert.NotNull(overview.QuerySelector($".plan-steps a.btn-outline-danger[href='/plans/{planId}/amendments/cancel']"));
        var page = await manager.GetPageAsync($"/plans/{planId}/amendments/cancel");
        Assert.Contains("A statement the amendment changed", page.QuerySelector(".version-diff-table")!.TextContent, StringComparison.Ordinal);
        var cancelled = await manager.SubmitAsync(page, Form);

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var version = await app.WithDbAsync(db => db.PlanVersions.SingleAsync(v => v.PlanId == planId));
        var plan = await app.WithDbAsync(db => db.Plans
            .Include(p => p.Objectives).ThenInclude(o => o.Initiatives).ThenInclude(i => i.Benchmarks).ThenInclude(b => b.Targets)
            .Include(p => p.Objectives).ThenInclude(o => o.Initiatives).ThenInclude(i => i.Activities)
            .Include(p => p.FinalOutcomes).AsSplitQuery().AsNoTracking().SingleAsync(p => p.Id == planId));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(version.Content), System.Text.Json.JsonSerializer.Serialize(PlanContent.Of(plan)));
        Assert.Contains(plan.Objectives[0].Initiatives, i => i.Id == initiativeId);
        Assert.Null(await StageAsync(planId));
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.GetAsync(new Uri($"/plans/{planId}/objectives/{objectiveId}/edit", UriKind.Relative))).StatusCode);
        var versions = (await manager.GetPageAsync($"/plans/{planId}/versions")).Body!.TextContent;
        Assert.Contains("Cancelled by the district; the version in force was kept", versions, StringComparison.Ordinal);
        Assert.Contains((await app.MailsToAsync(Demo.Superintendent)).Select(Mails.DecodeQuotedPrintable),
            m => m.Contains("Amendment 1 of", StringComparison.Ordinal) && m.Contains("was cancelled; version 1 stays in force", StringComparison.Ordinal));

        // Nothing left to cancel: the page says so instead of cancelling twice.
        var again = await manager.PostAsync($"/plans/{planId}/amendments/cancel", new() { ["Form.ConcurrencyToken"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Amendments.CountAsync(a => a.PlanId == planId)));
    }

    [DbFact]
    public async Task Moving_a_targets_date_in_an_amendment_keeps_the_target_and_the_diff_reads_changed()
    {
        var planId = await app.AddReviewedPlanAsync();
        var benchmark = await app.WithDbAsync(db => db.Set<Benchmark>().Include(b => b.Targets)
            .Where(b => db.Set<Initiative>().Any(i => i.Id == b.InitiativeId && db.Set<Objective>().Any(o => o.Id == i.ObjectiveId && o.PlanId == planId)))
            .OrderBy(b => b.Id).FirstAsync(b => b.Targets.Count > 0));
        var target = benchmark.Targets.OrderBy(t => t.Position).First();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/amendments/new"), Form, new() { ["Form.Reason"] = "The first walk moves two weeks earlier." });
        var edit = await manager.GetPageAsync($"/plans/{planId}/benchmarks/{benchmark.Id}/edit");
        Assert.Equal(target.Id.ToString(), edit.QuerySelector<IHtmlInputElement>("input[type=hidden][name='Targets[0].Id']")!.Value);
        var moved = target.Date.AddDays(-14);

        await manager.SubmitAsync(edit, "main form[method=post]", new() { ["Targets[0].Date"] = moved.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/amendments/finish"), Form);

        var kept = await app.WithDbAsync(db => db.Set<BenchmarkTarget>().SingleAsync(t => t.Id == target.Id));
        Assert.Equal(moved, kept.Date);
        var rows = (await manager.GetPageAsync($"/plans/{planId}/compare?from=1&to=2")).QuerySelectorAll(".version-diff-table tbody tr").Select(r => r.TextContent).ToList();
        var row = Assert.Single(rows, r => r.Contains("Target", StringComparison.Ordinal));
        Assert.Contains(Domain.Common.Dates.Display(target.Date), row, StringComparison.Ordinal);
        Assert.Contains(Domain.Common.Dates.Display(moved), row, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Two_leaders_cancelling_the_same_amendment_cancel_it_once_and_the_second_is_told()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/amendments/new"), Form, new() { ["Form.Reason"] = "First reason." });
        var stale = await manager.GetPageAsync($"/plans/{planId}/amendments/cancel");
        await superintendent.SubmitAsync(await superintendent.GetPageAsync($"/plans/{planId}/amendments/cancel"), Form);

        var second = await manager.SubmitAsync(stale, Form);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var next = await manager.GetPageAsync(second.Headers.Location!.OriginalString);
        Assert.Contains("There is no amendment waiting for that step.", next.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(AmendmentStage.Cancelled, await app.WithDbAsync(db => db.Amendments.Where(a => a.PlanId == planId).Select(a => a.Stage).SingleAsync()));
    }

    private Task<Guid> FirstObjectiveIdAsync(Guid planId) =>
        app.WithDbAsync(db => db.Set<Objective>().Where(o => o.PlanId == planId && o.Rank == 1).Select(o => o.Id).SingleAsync());

    private Task<AmendmentStage?> StageAsync(Guid planId) =>
        app.WithDbAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.OpenAmendmentStage).SingleAsync());

    private async Task SetAmendmentApprovalAsync(bool needed)
    {
        var districtId = await app.DistrictIdAsync(Demo.District);
        await app.WithDbAsync(async db =>
        {
            (await db.Districts.SingleAsync(d => d.Id == districtId)).SetAmendmentApproval(needed);
            return await db.SaveChangesAsync();
        });
    }
}

public sealed class LivingPlanWebOnSqlite(SqliteApp app) : LivingPlanWebTests(app), IClassFixture<SqliteApp>;

public sealed class LivingPlanWebOnPostgres(PostgresApp app) : LivingPlanWebTests(app), IClassFixture<PostgresApp>;

public sealed class LivingPlanWebOnSqlServer(SqlServerApp app) : LivingPlanWebTests(app), IClassFixture<SqlServerApp>;
