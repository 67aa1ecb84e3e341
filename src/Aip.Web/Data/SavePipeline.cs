using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Domain.Versions;
using Aip.Web.Data.Audit;
using Aip.Web.Features.Notifications;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Aip.Web.Data;

/// <summary>
/// What every save does, whoever calls it (a feature command, Identity's user store, the scheduler), in the same
/// transaction as the change:
/// <list type="number">
/// <item>a change to any item of a plan moves the plan's <see cref="Plan.Revision"/> on, so that two overlapping
/// commands on one plan cannot both commit and rules that span the plan (caps, ranks, "only while editable") hold;</item>
/// <item>audit entries for every audited record (<see cref="AuditTrail"/>);</item>
/// <item>the notices the entities' domain events call for (<see cref="NotificationRules"/>): in-app notifications and
/// outbox mail;</item>
/// <item>new concurrency tokens for every changed row, so the next editor holding an old one is refused.</item>
/// </list>
/// If the save fails, the rows it added are taken back out of the unit of work.
/// </summary>
public sealed class SavePipeline(IHttpContextAccessor http, TimeProvider clock, IOptions<MailOptions> mailOptions) : SaveChangesInterceptor
{
    /// <summary>Who the trail names when no one is signed in (scheduled jobs, start-up).</summary>
    public const string SystemName = "AIP (automatic)";

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is AipDbContext db)
        {
            await BeforeSaveAsync(db, cancellationToken);
        }

        return result;
    }

    // Synchronous saves are rare (Data Protection's key store); no synchronization context runs in ASP.NET Core.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is AipDbContext db)
        {
            BeforeSaveAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AfterSave(eventData);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave(eventData);
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Undo(eventData);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Undo(eventData);

    private async Task BeforeSaveAsync(AipDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        MovePlanRevisions(db);

        var user = http.HttpContext?.User;
        var actorId = user?.Identity?.IsAuthenticated == true ? user.UserId() : null;
        var actorName = actorId is null ? SystemName : user!.DisplayName();
        var at = clock.GetUtcNow();
        var added = new List<object>();

        foreach (var entry in await new AuditTrail(db).EntriesAsync(actorId, actorName, at))
        {
            added.Add(db.AuditEntries.Add(entry).Entity);
        }

        var events = db.ChangeTracker.Entries<Entity>().SelectMany(e => e.Entity.PendingEvents()).ToList();
        if (events.Count > 0)
        {
            var request = http.HttpContext?.Request;
            var before = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToHashSet();
            foreach (var notice in events.Select(NotificationRules.For).OfType<Notice>())
            {
                await Notifier.AddAsync(db, notice, actorId, at, link => mailOptions.Value.Absolute(link, request), cancellationToken);
            }

            added.AddRange(db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && !before.Contains(e.Entity)).Select(e => e.Entity));
        }

        db.AddedBySave = added;
        RotateConcurrencyTokens(db);
    }

    /// <summary>
    /// The plan's revision is a second concurrency token on its row: every save that changes the plan or anything that
    /// belongs to it (loaded with it, as commands do) updates the row under the revision it was loaded with.
    /// </summary>
    private static void MovePlanRevisions(AipDbContext db)
    {
        var plans = db.ChangeTracker.Entries<Plan>().ToDictionary(e => e.Entity.Id);
        if (plans.Count == 0)
        {
            return;
        }

        var objectives = db.ChangeTracker.Entries<Objective>().ToDictionary(e => e.Entity.Id, e => e.Entity.PlanId);
        var initiatives = db.ChangeTracker.Entries<Initiative>().ToDictionary(e => e.Entity.Id, e => e.Entity.ObjectiveId);
        Guid? PlanOfInitiative(Guid initiativeId) =>
            initiatives.TryGetValue(initiativeId, out var objectiveId) && objectives.TryGetValue(objectiveId, out var planId) ? planId : null;
        Guid? PlanOfBenchmark(Guid benchmarkId) =>
            db.ChangeTracker.Entries<Benchmark>().FirstOrDefault(b => b.Entity.Id == benchmarkId)?.Entity.InitiativeId is { } i ? PlanOfInitiative(i) : null;

        var touched = new HashSet<Guid>();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            Guid? planId = entry.Entity switch
            {
                Plan p when entry.State != EntityState.Added => p.Id,
                Objective o => o.PlanId,
                FinalOutcome f => f.PlanId,
                Initiative i => objectives.TryGetValue(i.ObjectiveId, out var p) ? p : null,
                Benchmark b => PlanOfInitiative(b.InitiativeId),
                Activity a => PlanOfInitiative(a.InitiativeId),
                BenchmarkTarget t => PlanOfBenchmark(t.BenchmarkId),
                SelfAssessment s => s.PlanId,
                GuidingAnswer => db.ChangeTracker.Entries<SelfAssessment>().Select(s => (Guid?)s.Entity.PlanId).FirstOrDefault(),
                Amendment a => a.PlanId,
                PlanVersion v => v.PlanId,
                _ => null,
            };
            if (planId is { } id)
            {
                touched.Add(id);
            }
        }

        foreach (var id in touched)
        {
            if (plans.TryGetValue(id, out var plan) && plan.State is EntityState.Unchanged or EntityState.Modified)
            {
                plan.Entity.NewRevision();
                plan.Property(p => p.Revision).IsModified = true;
            }
        }
    }

    /// <summary>
    /// Every changed row gets a new token (works the same on every provider, unlike rowversion or xmin). A plan whose
    /// only change is its revision keeps its token: forms that edit the plan's own fields are not put out by edits of
    /// its items.
    /// </summary>
    private static void RotateConcurrencyTokens(AipDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<Entity>().Where(e => e.State == EntityState.Modified))
        {
            if (entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(Plan.Revision)))
            {
                entry.Entity.RotateConcurrencyToken();
            }
        }

        foreach (var entry in db.ChangeTracker.Entries<AipUser>().Where(e => e.State == EntityState.Modified))
        {
            var stamp = entry.Property(u => u.ConcurrencyStamp);
            if (Equals(stamp.OriginalValue, stamp.CurrentValue))
            {
                entry.Entity.ConcurrencyStamp = Guid.NewGuid().ToString();
            }
        }
    }

    private static void AfterSave(DbContextEventData eventData)
    {
        if (eventData.Context is AipDbContext db)
        {
            foreach (var entry in db.ChangeTracker.Entries<Entity>())
            {
                entry.Entity.ClearPendingEvents();
            }

            db.AddedBySave = [];
        }
    }

    /// <summary>A failed save leaves nothing of its own behind: its audit entries, notifications and mail are dropped.</summary>
    private static void Undo(DbContextErrorEventData eventData)
    {
        if (eventData.Context is AipDbContext db)
        {
            foreach (var entity in db.AddedBySave)
            {
                db.Entry(entity).State = EntityState.Detached;
            }

            db.AddedBySave = [];
        }
    }
}
