using System.Globalization;
using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Aip.Web.Features.Plans;

/// <summary>
/// Turns the pending changes to a plan aggregate into audit entries (who, when, which item, what changed),
/// saved in the same transaction. Items are named as the users name them ("Initiative 2.3"); a removed
/// item's children are not listed one by one; target changes are folded into their benchmark.
/// </summary>
internal sealed class PlanAudit(AipDbContext db)
{
    private const int ValueMaxLength = 160;

    public IReadOnlyList<AuditEntry> Entries(Guid planId, Guid? userId, string userName, DateTimeOffset at)
    {
        var changed = db.ChangeTracker.Entries()
            .Where(e => IsPartOfPlan(e.Entity) && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        var entries = new List<AuditEntry>();
        foreach (var entry in changed.Where(e => e.Entity is not BenchmarkTarget && !ParentIsRemoved(e)))
        {
            // A changed item lists its changed fields; an added or removed one says what it is.
            var lines = entry.State == EntityState.Modified ? ModifiedValues(entry) : [Summary(entry.Entity)];
            if (entry.Entity is Benchmark benchmark && TargetChange(changed, benchmark) is { } targets)
            {
                lines.Add(targets);
            }

            if (lines.Count > 0)
            {
                entries.Add(Entry(entry, lines));
            }
        }

        // A benchmark whose only change is its targets.
        foreach (var benchmark in changed.Where(e => e.Entity is BenchmarkTarget).Select(e => Tracked<Benchmark>(((BenchmarkTarget)e.Entity).BenchmarkId)).OfType<Benchmark>().Distinct())
        {
            var entry = db.Entry(benchmark);
            if (entry.State == EntityState.Unchanged && TargetChange(changed, benchmark) is { } targets)
            {
                entries.Add(Entry(entry, [targets]));
            }
        }

        return entries;

        AuditEntry Entry(EntityEntry entry, List<string> lines) => new()
        {
            PlanId = planId,
            UserId = userId,
            UserName = userName,
            At = at,
            Item = Clip(ItemName(entry.Entity), AuditEntry.ItemMaxLength),
            Action = entry.State switch { EntityState.Added => "Added", EntityState.Deleted => "Removed", _ => "Changed" },
            Changes = string.Join('\n', lines),
        };
    }

    /// <summary>The plan aggregate's own rows; reviews, versions and notifications keep their own records.</summary>
    private static bool IsPartOfPlan(object entity) =>
        entity is Plan or Objective or Initiative or Benchmark or BenchmarkTarget or Activity or FinalOutcome;

    private static List<string> ModifiedValues(EntityEntry entry) =>
        entry.Properties
            .Where(p => p.IsModified && p.Metadata.Name != nameof(Entity.ConcurrencyToken) && !Equals(p.OriginalValue, p.CurrentValue))
            .Select(p => $"{p.Metadata.Name}: {Show(p.OriginalValue)} → {Show(p.CurrentValue)}")
            .ToList();

    private static string? TargetChange(List<EntityEntry> changed, Benchmark benchmark)
    {
        var touched = changed.Where(e => e.Entity is BenchmarkTarget t && t.BenchmarkId == benchmark.Id).ToList();
        if (touched.Count == 0)
        {
            return null;
        }

        var before = touched.Where(e => e.State == EntityState.Deleted).Select(e => (BenchmarkTarget)e.Entity).OrderBy(t => t.Position);
        var after = benchmark.Targets;
        var old = string.Join("; ", before.Select(Describe));
        var now = string.Join("; ", after.Select(Describe));
        return old == now ? null : $"Targets: {(old.Length == 0 ? "none" : old)} → {(now.Length == 0 ? "none" : now)}";

        static string Describe(BenchmarkTarget t) => $"{t.Value} by {Dates.Display(t.Date)}";
    }

    private bool ParentIsRemoved(EntityEntry entry) =>
        entry.State == EntityState.Deleted && Parent(entry.Entity) is { } parent && db.Entry(parent).State == EntityState.Deleted;

    private Entity? Parent(object entity) => entity switch
    {
        Objective o => Tracked<Plan>(o.PlanId),
        FinalOutcome f => Tracked<Plan>(f.PlanId),
        Initiative i => Tracked<Objective>(i.ObjectiveId),
        Benchmark b => Tracked<Initiative>(b.InitiativeId),
        Activity a => Tracked<Initiative>(a.InitiativeId),
        BenchmarkTarget t => Tracked<Benchmark>(t.BenchmarkId),
        _ => null,
    };

    private T? Tracked<T>(Guid id)
        where T : Entity =>
        db.ChangeTracker.Entries<T>().Select(e => e.Entity).FirstOrDefault(e => e.Id == id);

    private string ItemName(object entity) => entity switch
    {
        Plan => "Plan",
        Objective o => $"Objective {o.Number}",
        Initiative i => $"Initiative {i.Number}",
        Benchmark b => $"{b.Kind.DisplayName()} of initiative {InitiativeNumber(b.InitiativeId)}: {b.Description}",
        Activity a => $"Activity of initiative {InitiativeNumber(a.InitiativeId)}: {a.ActionStep}",
        FinalOutcome f => $"Final outcome: {f.Description}",
        _ => entity.GetType().Name,
    };

    private string InitiativeNumber(Guid initiativeId) => Tracked<Initiative>(initiativeId)?.Number ?? "?";

    private static string Summary(object entity) => entity switch
    {
        Plan p => $"Title: {Show(p.Title)}",
        Objective o => $"Statement: {Show(o.Statement)}",
        Initiative i => $"Description: {Show(i.Description)}",
        Benchmark b => $"Description: {Show(b.Description)}",
        Activity a => $"Action step: {Show(a.ActionStep)}; {Dates.Display(a.Start)} – {Dates.Display(a.End)}",
        FinalOutcome f => $"Description: {Show(f.Description)}",
        _ => string.Empty,
    };

    private static string Show(object? value) => value switch
    {
        null => "(empty)",
        string text => $"“{Clip(text.ReplaceLineEndings(" "), ValueMaxLength)}”",
        DateOnly date => Dates.Display(date),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
