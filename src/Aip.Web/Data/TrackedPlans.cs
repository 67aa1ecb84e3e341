using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Domain.Versions;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Data;

/// <summary>
/// The records the unit of work holds, by id, and the plan each belongs to — worked out once per save for the save
/// pipeline (whose plan revision moves) and the audit trail (which plan and district an entry belongs to, how an item is
/// named). Commands load the whole plan aggregate, so an item's parents are tracked with it.
/// </summary>
internal sealed class TrackedPlans
{
    private readonly DbContext _db;
    private readonly Dictionary<(Type, Guid), Entity> _byId = [];

    public TrackedPlans(DbContext db)
    {
        _db = db;
        foreach (var entry in db.ChangeTracker.Entries<Entity>())
        {
            _byId[(entry.Entity.GetType(), entry.Entity.Id)] = entry.Entity;
        }
    }

    public T? Find<T>(Guid id)
        where T : Entity =>
        _byId.TryGetValue((typeof(T), id), out var entity) ? (T)entity : null;

    /// <summary>The tracked plan a record belongs to: the plan itself, one of its items, or a record that goes with it.</summary>
    public Plan? PlanOf(object entity) => entity as Plan ?? (PlanIdOf(entity) is { } planId ? Find<Plan>(planId) : null);

    /// <summary>
    /// The id of the plan a record belongs to, whether the plan is tracked or not (a review comment pinned without
    /// loading the plan); null for a record of no plan, or an item whose parents are not tracked (commands load the whole
    /// plan to change an item).
    /// </summary>
    public Guid? PlanIdOf(object entity) => entity switch
    {
        Plan p => p.Id,
        Objective o => o.PlanId,
        FinalOutcome f => f.PlanId,
        Initiative i => Find<Objective>(i.ObjectiveId)?.PlanId,
        Benchmark b => Find<Initiative>(b.InitiativeId) is { } i ? PlanIdOf(i) : null,
        Activity a => Find<Initiative>(a.InitiativeId) is { } i ? PlanIdOf(i) : null,
        BenchmarkTarget t => Find<Benchmark>(t.BenchmarkId) is { } b ? PlanIdOf(b) : null,
        PlanReview r => r.PlanId,
        CriterionRating r => Find<PlanReview>(ShadowKey(r, "ReviewId"))?.PlanId,
        ReviewComment c => c.PlanId,
        SelfAssessment s => s.PlanId,
        GuidingAnswer a => Find<SelfAssessment>(ShadowKey(a, "SelfAssessmentId"))?.PlanId,
        Amendment a => a.PlanId,
        PlanVersion v => v.PlanId,
        _ => null,
    };

    /// <summary>The value of a foreign key the domain does not expose (a rating's review, an answer's self-assessment).</summary>
    public Guid ShadowKey(object entity, string name) => _db.Entry(entity).Property(name).CurrentValue is Guid id ? id : Guid.Empty;
}
