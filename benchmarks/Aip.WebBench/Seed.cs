using Aip.Domain.Districts;
using Aip.Domain.Monitoring;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Web.Data;
using Aip.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aip.WebBench;

/// <summary>The pages measured: the demo's, and those of the larger plan this benchmark adds.</summary>
internal sealed record Targets(
    Guid Plan, Guid Initiative, Guid LargePlan, Guid LargeInitiative, Guid Discussion, Guid Report,
    int PlanInitiatives, int LargePlanInitiatives, int PlanRows, int LargePlanRows);

/// <summary>
/// What the benchmark adds to the demo data, through the domain's own methods so that it stays valid as the schema grows:
/// a district whose plan is four times the demo plan's benchmarks, targets and activities (and its superintendent, who
/// reads it), and optionally more districts, each with an approved copy of the demo plan and a year of monitoring, for the
/// ESE portfolio.
/// </summary>
internal static class Seed
{
    public const string LargeDistrictCode = "BIG";

    public const string LargeSuperintendent = "superintendent-big@bench.test";

    /// <summary>The demo plan has ten initiatives; the domain allows 25 (five objectives of five).</summary>
    private const int LargeInitiatives = Plan.MaxObjectives * Objective.MaxInitiatives;

    /// <summary>The first 15 of the 25 initiatives take the content of two of the demo's: 40 initiatives' worth, four times ten.</summary>
    private const int Doubled = 15;

    public static async Task<Targets> RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AipDbContext>();
        var riverton = await db.Districts.SingleAsync(d => d.Code == DemoData.RivertonCode);
        var plan = await db.Plans.AsNoTracking().Where(p => p.DistrictId == riverton.Id).OrderBy(p => p.FirstSchoolYear).FirstAsync();
        var initiative = await db.Set<Initiative>().AsNoTracking().Where(i => i.Objective.PlanId == plan.Id)
            .OrderBy(i => i.Objective.Rank).ThenBy(i => i.Rank).Select(i => i.Id).FirstAsync();
        var discussion = await db.Minutes.AsNoTracking().Where(m => m.PlanId == plan.Id && m.Stage == MinutesStage.Final)
            .OrderByDescending(m => m.DiscussionId).Select(m => m.DiscussionId).FirstAsync();
        var report = await db.ProgressReports.AsNoTracking().Where(r => r.PlanId == plan.Id && r.PublishedAt != null)
            .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();

        var source = DemoPlan.Build(riverton.Id, plan.FirstSchoolYear);
        var (large, largeInitiative) = await AddLargePlanAsync(scope.ServiceProvider, db, source);
        return new(plan.Id, initiative, large.Id, largeInitiative, discussion, report,
            source.Objectives.Sum(o => o.Initiatives.Count), large.Objectives.Sum(o => o.Initiatives.Count), Rows(source), Rows(large));
    }

    /// <summary>
    /// Adds <paramref name="count"/> districts to the ESE portfolio, each as far on as Riverton
    /// (<see cref="DemoData.AddMonitoredDistrictAsync"/>): an approved copy of the demo plan, Highlight Discussions with
    /// their Minutes and evidence, results, Quarterly Progress Reports, reflections.
    /// </summary>
    public static async Task AddDistrictsAsync(IServiceProvider services, int count)
    {
        var timeline = new DemoTimeline(services.GetRequiredService<TimeProvider>().GetUtcNow());
        Actor ese, monitor;
        await using (var scope = services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AipUser>>();
            ese = await ActorAsync(users, "ese@demo.test");
            monitor = await ActorAsync(users, "monitor@demo.test");
        }

        for (var i = 0; i < count; i++)
        {
            // A scope per district: its change tracker stays small, as it would for one person's steps.
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoData>()
                .AddMonitoredDistrictAsync($"Benchmark District {i + 1:000}", $"B{i + 1:000}", ese, monitor, timeline);
        }
    }

    private static async Task<Actor> ActorAsync(UserManager<AipUser> users, string email)
    {
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No demo account {email}.");
        return new Actor(user.Id, user.Role, user.DisplayName);
    }

    private static int Rows(Plan plan) => plan.Objectives.SelectMany(o => o.Initiatives)
        .Sum(i => i.Activities.Count + i.Benchmarks.Sum(b => 1 + b.Targets.Count));

    private static async Task<(Plan Plan, Guid Initiative)> AddLargePlanAsync(IServiceProvider services, AipDbContext db, Plan source)
    {
        var district = District.Create("Benchmark Larger Plan District", LargeDistrictCode, 4, "Benchmark: a plan four times the demo plan.");
        db.Districts.Add(district);
        var plan = Plan.Create(district.Id, "Benchmark larger plan", source.FirstSchoolYear, source.LastSchoolYear);
        plan.UpdateSection1(source.KeyIssues, source.TheoryOfAction, source.WhyTheseObjectives);
        var objectives = source.Objectives;
        var initiatives = objectives.SelectMany(o => o.Initiatives).ToList();
        Guid? measured = null;
        for (var at = 0; at < LargeInitiatives; at++)
        {
            var objectiveAt = at / Objective.MaxInitiatives;
            if (at % Objective.MaxInitiatives == 0)
            {
                var from = objectives[objectiveAt % objectives.Count];
                plan.AddObjective(from.Statement, from.Lead);
            }

            var copied = initiatives[at % initiatives.Count];
            var initiative = plan.AddInitiative(plan.Objectives[objectiveAt].Id, copied.Description, copied.Lead, copied.KeyResources);
            CopySheet(plan, initiative.Id, copied);
            if (at < Doubled)
            {
                CopySheet(plan, initiative.Id, initiatives[(at + 1) % initiatives.Count]);
            }
            else if (at % initiatives.Count == 0)
            {
                // A copy of the demo's first initiative alone: the same Strategy Sheet as the demo plan's, in a larger plan.
                measured ??= initiative.Id;
            }
        }

        foreach (var outcome in source.FinalOutcomes)
        {
            plan.AddFinalOutcome(outcome.Description, outcome.Measure, outcome.Target, outcome.Date);
        }

        db.Plans.Add(plan);
        await db.SaveChangesAsync();

        var users = services.GetRequiredService<UserManager<AipUser>>();
        var result = await users.CreateAsync(new AipUser
        {
            UserName = LargeSuperintendent,
            Email = LargeSuperintendent,
            EmailConfirmed = true,
            DisplayName = "Benchmark Superintendent",
            Role = Role.Superintendent,
            DistrictId = district.Id,
            CreatedAt = DateTimeOffset.UtcNow,
        }, DemoData.Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        return (plan, measured!.Value);
    }

    private static void CopySheet(Plan plan, Guid initiativeId, Initiative from)
    {
        foreach (var benchmark in from.Benchmarks)
        {
            plan.AddBenchmark(initiativeId, benchmark.Kind, benchmark.Description, benchmark.Measure, benchmark.Evidence, benchmark.Frequency,
                benchmark.Targets.Select(t => (t.Date, (string?)t.Value)));
        }

        foreach (var activity in from.Activities)
        {
            plan.AddActivity(initiativeId, activity.Quarter, activity.ActionStep, activity.Lead, activity.Start, activity.End, activity.Frequency);
        }
    }
}
