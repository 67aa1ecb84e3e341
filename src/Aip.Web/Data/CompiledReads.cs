using Aip.Domain.Districts;
using Aip.Domain.Notifications;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Data;

/// <summary>
/// The reads made on every signed-in page (the session, the notification badge) and on every plan page (the plan's
/// header, its outline, its district's name and findings, the reviews and comments its reader sees), compiled once with <see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, TResult}})"/>.
/// A LINQ query is otherwise turned into a cache key and looked up on every call: about a tenth of a plan overview's
/// time in a CPU profile, and a quarter more requests per second once compiled (issue 17, docs/performance.md).
/// A compiled query belongs to the model of the first context it runs on, so these live in one singleton per app (the
/// tests host several apps, on several databases, in one process), never in static fields.
/// </summary>
public sealed class CompiledReads
{
    public Func<AipDbContext, string, DateTimeOffset, DateTimeOffset, Task<byte[]?>> SessionTicket { get; } =
        EF.CompileAsyncQuery((AipDbContext db, string key, DateTimeOffset now, DateTimeOffset bornAfter) =>
            db.Sessions.AsNoTracking().Where(s => s.Key == key && s.ExpiresAt > now && s.CreatedAt > bornAfter).Select(s => s.Ticket).SingleOrDefault());

    /// <summary>A person's unread notifications counted by kind.</summary>
    public Func<AipDbContext, Guid, IAsyncEnumerable<(NotificationKind Kind, int Count)>> Unread { get; } =
        EF.CompileAsyncQuery((AipDbContext db, Guid recipient) =>
            db.Notifications.Where(n => n.RecipientId == recipient && n.ReadAt == null).GroupBy(n => n.Kind)
                .Select(g => new ValueTuple<NotificationKind, int>(g.Key, g.Count())));

    public Func<AipDbContext, Guid, Task<PlanHeader?>> PlanHeader { get; } =
        EF.CompileAsyncQuery((AipDbContext db, Guid planId) =>
            db.Plans.Where(p => p.Id == planId)
                .Select(p => new PlanHeader(p.Id, p.DistrictId, p.Title, p.Status, p.OpenAmendmentStage, p.VersionCount,
                    db.PlanPageStamps.Where(s => s.PlanId == p.Id).Select(s => s.Stamp).FirstOrDefault()))
                .SingleOrDefault());

    /// <summary>The plan read-only with its objectives, initiatives and final outcomes (<see cref="PlanStore.OutlineAsync"/>).</summary>
    public Func<AipDbContext, Guid, Task<Plan?>> PlanOutline { get; } =
        EF.CompileAsyncQuery((AipDbContext db, Guid planId) =>
            db.Plans.AsNoTracking()
                .Include(p => p.Objectives).ThenInclude(o => o.Initiatives)
                .Include(p => p.FinalOutcomes)
                .AsSplitQuery()
                .SingleOrDefault(p => p.Id == planId));

    public Func<AipDbContext, Guid, Task<string>> DistrictName { get; } =
        EF.CompileAsyncQuery((AipDbContext db, Guid districtId) => db.Districts.Where(d => d.Id == districtId).Select(d => d.Name).Single());

    /// <summary>A district's District Review findings, unordered (<see cref="PlanStore.FindingsAsync"/> orders them).</summary>
    public Func<AipDbContext, Guid, IAsyncEnumerable<FindingRef>> Findings { get; } =
        EF.CompileAsyncQuery((AipDbContext db, Guid districtId) =>
            db.ReviewFindings.AsNoTracking().Where(f => f.DistrictId == districtId).Select(f => new FindingRef(f.Id, f.Standard, f.Number, f.Finding)));

    /// <summary>
    /// A plan's reviews its reader sees, newest submission first: those ESE decided, and with <c>inProgressToo</c> the one
    /// in progress as well (ESE staff: <see cref="Features.Reviews.ReviewRecords.SeesReviewsInProgressAsync"/>). The one
    /// place this rule is written as a query; <see cref="PlanStore.VisibleReviewsAsync"/> serves it.
    /// </summary>
    public Func<AipDbContext, Guid, bool, IAsyncEnumerable<ReviewSummary>> VisibleReviews { get; } =
        EF.CompileAsyncQuery((AipDbContext db, Guid planId, bool inProgressToo) =>
            db.PlanReviews.Where(r => r.PlanId == planId && (inProgressToo || r.Decision != null))
                .OrderByDescending(r => r.SubmissionNumber)
                .Select(r => new ReviewSummary(r.Id, r.SubmissionNumber, r.Decision, r.DecidedAt)));

    /// <summary>The comments of some of a plan's reviews, read-only, in the order they were made.</summary>
    public Func<AipDbContext, Guid, List<Guid>, IAsyncEnumerable<ReviewComment>> CommentsOf { get; } =
        EF.CompileAsyncQuery<AipDbContext, Guid, List<Guid>, ReviewComment>((db, planId, reviewIds) =>
            db.ReviewComments.AsNoTracking().Where(c => c.PlanId == planId && reviewIds.Contains(c.ReviewId)).OrderBy(c => c.At));

    /// <summary>The initiative of each of these benchmarks and activities (those a comment is pinned to).</summary>
    public Func<AipDbContext, List<Guid>, IAsyncEnumerable<(Guid Item, Guid Initiative)>> InitiativeOfItems { get; } =
        EF.CompileAsyncQuery((AipDbContext db, List<Guid> items) =>
            db.Set<Benchmark>().Where(b => items.Contains(b.Id)).Select(b => new { b.Id, b.InitiativeId })
                .Concat(db.Set<Activity>().Where(a => items.Contains(a.Id)).Select(a => new { a.Id, a.InitiativeId }))
                .Select(i => new ValueTuple<Guid, Guid>(i.Id, i.InitiativeId)));
}
