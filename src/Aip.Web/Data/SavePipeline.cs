using Aip.Domain.Common;
using Aip.Domain.Districts;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
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
/// <item>a new page stamp for every plan whose pages show something the save changes (<see cref="PlanPageStamp"/>);</item>
/// <item>new concurrency tokens for every changed row, so the next editor holding an old one is refused.</item>
/// </list>
/// If the save fails, the rows it added are taken back out of the unit of work.
/// </summary>
public sealed class SavePipeline(IHttpContextAccessor http, TimeProvider clock, IOptions<MailOptions> mailOptions) : SaveChangesInterceptor
{
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
        var tracked = new TrackedPlans(db);
        MovePlanRevisions(db, tracked);

        await EndSessionsOfChangedAccountsAsync(db, cancellationToken);

        var actor = AuditActor.Of(http.HttpContext);
        var at = clock.GetUtcNow();
        var added = new List<object>();
        // Known to Undo from the start: a step below that fails leaves nothing it added behind.
        db.AddedBySave = added;

        foreach (var entry in await new AuditTrail(db, tracked).EntriesAsync(actor, at))
        {
            added.Add(db.AuditEntries.Add(entry).Entity);
        }

        var notices = db.ChangeTracker.Entries<Entity>().SelectMany(e => e.Entity.PendingEvents()).Select(NotificationRules.For).OfType<Notice>().ToList();
        foreach (var notice in notices)
        {
            added.AddRange(await Notifier.AddAsync(db, notice, actor.UserId, at, mailOptions.Value.Absolute, cancellationToken));
        }

        await MovePageStampsAsync(db, tracked, added, cancellationToken);
        RotateConcurrencyTokens(db);
    }

    /// <summary>
    /// A new security stamp (a changed or reset password, a second factor set up or reset, a deactivated account) ends
    /// every session of the account now, not at the next periodic check: its <see cref="AipSession"/> rows go in the same
    /// transaction. The session of the request itself stays: the person changing their own password or second factor
    /// goes on (Identity's RefreshSignInAsync renews it with the new stamp), their other sessions end.
    /// </summary>
    private async Task EndSessionsOfChangedAccountsAsync(AipDbContext db, CancellationToken cancellationToken)
    {
        var accounts = db.ChangeTracker.Entries<AipUser>()
            .Where(e => e.State == EntityState.Modified && e.Property(u => u.SecurityStamp) is var stamp && !Equals(stamp.OriginalValue, stamp.CurrentValue))
            .Select(e => e.Entity.Id)
            .ToList();
        if (accounts.Count > 0)
        {
            var current = SessionStore.CurrentKey(http.HttpContext);
            db.Sessions.RemoveRange(await db.Sessions.Where(s => accounts.Contains(s.UserId) && s.Key != current).ToListAsync(cancellationToken));
        }
    }

    /// <summary>
    /// The plan's revision is a second concurrency token on its row: every save that changes the plan or anything that
    /// belongs to it (loaded with it, as commands do) updates the row under the revision it was loaded with. ESE's review
    /// records are not part of it: reviewers pin comments while the plan is under review, and deciding changes the plan.
    /// </summary>
    private static void MovePlanRevisions(AipDbContext db, TrackedPlans tracked)
    {
        var touched = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is not (PlanReview or CriterionRating or ReviewComment))
            .Select(e => tracked.PlanOf(e.Entity))
            .OfType<Plan>()
            .Distinct()
            .ToList();
        foreach (var plan in touched)
        {
            var entry = db.Entry(plan);
            if (entry.State is EntityState.Unchanged or EntityState.Modified)
            {
                plan.NewRevision();
                entry.Property(p => p.Revision).IsModified = true;
            }
        }
    }

    /// <summary>
    /// The plans whose pages show what this save changes get a new <see cref="PlanPageStamp"/>, in the same transaction: a
    /// plan changed or any record of its own (its items, reviews, ratings, comments, self-assessment, amendments, versions),
    /// whether the plan itself is loaded or not; every plan of a district whose name or District Review findings change. A
    /// new plan gets its first stamp. Saves of anything else (monitoring, reports, accounts) read and write no stamp.
    /// </summary>
    private static async Task MovePageStampsAsync(AipDbContext db, TrackedPlans tracked, List<object> added, CancellationToken cancellationToken)
    {
        var plans = new HashSet<Guid>();
        var districts = new HashSet<Guid>();
        var gone = new HashSet<Guid>();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList())
        {
            switch (entry.Entity)
            {
                case Plan plan when entry.State == EntityState.Added:
                    added.Add(db.PlanPageStamps.Add(new PlanPageStamp { PlanId = plan.Id, Stamp = Guid.NewGuid() }).Entity);
                    gone.Add(plan.Id);
                    break;
                case Plan plan when entry.State == EntityState.Deleted:
                    gone.Add(plan.Id);
                    break;
                case District district:
                    districts.Add(district.Id);
                    break;
                case ReviewFinding finding:
                    districts.Add(finding.DistrictId);
                    break;
                case var other when tracked.PlanIdOf(other) is { } planId:
                    plans.Add(planId);
                    break;
            }
        }

        if (districts.Count > 0)
        {
            plans.UnionWith(await db.Plans.Where(p => districts.Contains(p.DistrictId)).Select(p => p.Id).ToListAsync(cancellationToken));
        }

        plans.ExceptWith(gone);
        if (plans.Count > 0)
        {
            foreach (var stamp in await db.PlanPageStamps.Where(s => plans.Contains(s.PlanId)).ToListAsync(cancellationToken))
            {
                stamp.Stamp = Guid.NewGuid();
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
