using System.Security.Claims;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Domain.Versions;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Features.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Plans;

public sealed record ReviewSummary(Guid Id, int SubmissionNumber, ReviewDecision? Decision, DateTimeOffset? DecidedAt);

/// <summary>
/// Where a plan stands beyond its content, for the person looking at it: the steps they may take, its reviews, the
/// amendment under way and the review comments they may see in place.
/// </summary>
public sealed record PlanStanding(
    bool CanSteer,
    bool CanReview,
    IReadOnlyList<ReviewSummary> Reviews,
    Amendment? OpenAmendment,
    IReadOnlyList<ReviewComment> Comments)
{
    /// <summary>The comments the district has still to answer and resolve.</summary>
    public int OpenComments => Comments.Count(c => !c.Resolved);

    public IReadOnlyList<ReviewComment> CommentsOn(CommentArea area, Guid? itemId = null) =>
        [.. Comments.Where(c => c.Area == area && c.ItemId == itemId)];

    /// <summary>The comments on an initiative's Strategy Sheet: on the sheet itself and on each of its benchmarks and activities.</summary>
    public IReadOnlyList<ReviewComment> CommentsOnSheet(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return [.. Comments.Where(c => (c.Area == CommentArea.Initiative && c.ItemId == initiative.Id)
            || (c.Area == CommentArea.Benchmark && initiative.Benchmarks.Any(b => b.Id == c.ItemId))
            || (c.Area == CommentArea.Activity && initiative.Activities.Any(a => a.Id == c.ItemId)))];
    }
}

public sealed class PlanStandings(AipDbContext db, PlanStore store, IAuthorizationService authorization)
{
    public async Task<PlanStanding> ForAsync(ClaimsPrincipal user, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var resource = PlanResource.Of(plan);
        var canSteer = (await authorization.AuthorizeAsync(user, resource, PlanOperations.Steer)).Succeeded;
        var canReview = (await authorization.AuthorizeAsync(user, resource, PlanOperations.Review)).Succeeded;
        var inProgressToo = await authorization.SeesReviewsInProgressAsync(user, plan.DistrictId);
        var reviews = await db.VisibleReviews(plan.Id, inProgressToo)
            .OrderByDescending(r => r.SubmissionNumber)
            .Select(r => new ReviewSummary(r.Id, r.SubmissionNumber, r.Decision, r.DecidedAt))
            .ToListAsync();
        var comments = await db.VisibleComments(plan.Id, inProgressToo).AsNoTracking().OrderBy(c => c.At).ToListAsync();
        var amendment = plan.OpenAmendmentStage is null
            ? null
            : await store.OpenAmendmentAsync(plan.Id, tracking: false);
        return new(canSteer, canReview, reviews, amendment, comments);
    }
}
