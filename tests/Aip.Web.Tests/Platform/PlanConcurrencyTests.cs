using Aip.Domain.Plans;
using Aip.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Platform;

/// <summary>
/// Rules that span the whole plan hold when many people press at once: every change to a plan's items also updates the
/// plan's row under the revision it was loaded with, so of two overlapping changes only the first commits.
/// </summary>
public abstract class PlanConcurrencyTests(AipApp app)
{
    private const string Form = "main form[method=post]:not([action$='/remove']):not([action$='/move']):not([action$='/sign-out'])";
    private const int Parallel = 20;

    [DbFact]
    public async Task Twenty_simultaneous_new_objectives_keep_the_cap_and_ranks_without_gaps()
    {
        var planId = await app.AddPlanAsync(_ => { });
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var page = await manager.GetPageAsync($"/plans/{planId}/objectives/add");

        await Task.WhenAll(Enumerable.Range(1, Parallel).Select(i => manager.SubmitAsync(page, Form, new() { ["Statement"] = $"Objective {i}" })));

        var ranks = await app.WithDbAsync(db => db.Set<Objective>().Where(o => o.PlanId == planId).Select(o => o.Rank).OrderBy(r => r).ToListAsync());
        Assert.InRange(ranks.Count, 1, Plan.MaxObjectives);
        Assert.Equal(Enumerable.Range(1, ranks.Count), ranks);
    }

    [DbFact]
    public async Task Twenty_simultaneous_new_initiatives_keep_the_cap_of_five_per_objective()
    {
        var planId = await app.AddPlanAsync(p => p.AddObjective("The objective", null));
        var objectiveId = await app.WithDbAsync(db => db.Set<Objective>().Where(o => o.PlanId == planId).Select(o => o.Id).SingleAsync());
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var page = await manager.GetPageAsync($"/plans/{planId}/objectives/{objectiveId}/initiatives/add");

        await Task.WhenAll(Enumerable.Range(1, Parallel).Select(i => manager.SubmitAsync(page, Form, new() { ["Description"] = $"Initiative {i}" })));

        var ranks = await app.WithDbAsync(db => db.Set<Initiative>().Where(i => i.ObjectiveId == objectiveId).Select(i => i.Rank).OrderBy(r => r).ToListAsync());
        Assert.InRange(ranks.Count, 1, Objective.MaxInitiatives);
        Assert.Equal(Enumerable.Range(1, ranks.Count), ranks);
    }

    [DbFact]
    public async Task No_edit_commits_after_the_plan_is_submitted_even_when_they_race()
    {
        var planId = await app.AddReadyPlanAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        var objectiveId = await app.WithDbAsync(db => db.Set<Objective>().Where(o => o.PlanId == planId && o.Rank == 1).Select(o => o.Id).SingleAsync());
        var edit = await manager.GetPageAsync($"/plans/{planId}/objectives/{objectiveId}/edit");
        var submit = await superintendent.GetPageAsync($"/plans/{planId}/submit");

        var edits = Enumerable.Range(1, Parallel).Select(i => manager.SubmitAsync(edit, Form, new() { ["Statement"] = $"Edited while submitting {i}" }));
        await Task.WhenAll([.. edits, superintendent.SubmitAsync(submit, $"form[action='/plans/{planId}/submit']")]);

        // The submission may itself have lost the race to an edit (and been told so); then it is pressed again.
        if (await app.WithDbAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync()) == PlanStatus.Draft)
        {
            await superintendent.SubmitAsync(await superintendent.GetPageAsync($"/plans/{planId}/submit"), $"form[action='/plans/{planId}/submit']");
        }

        var plan = await app.WithDbAsync(db => db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId));
        Assert.Equal(PlanStatus.Submitted, plan.Status);
        var editedAt = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PlanId == planId && a.Item == "Objective 1" && a.Action == "Changed").Select(a => a.At).ToListAsync());
        Assert.All(editedAt, at => Assert.True(at <= plan.SubmittedAt, $"an edit at {at:O} committed after the submission at {plan.SubmittedAt:O}"));
        Assert.True(editedAt.Count <= 1, $"{editedAt.Count} edits of one form version committed");
    }
}

public sealed class PlanConcurrencyOnSqlite(SqliteApp app) : PlanConcurrencyTests(app), IClassFixture<SqliteApp>;

public sealed class PlanConcurrencyOnPostgres(PostgresApp app) : PlanConcurrencyTests(app), IClassFixture<PostgresApp>;

public sealed class PlanConcurrencyOnSqlServer(SqlServerApp app) : PlanConcurrencyTests(app), IClassFixture<SqlServerApp>;
