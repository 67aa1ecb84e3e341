using System.Security.Claims;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Domain.Versions;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Reviews;

/// <summary>
/// Which reviews of a plan, and which of their comments, a person sees, said once: ESE staff (who review) see all; everyone
/// else who reads the plan sees those of decided reviews, since a review in progress is still ESE's.
/// </summary>
internal static class ReviewRecords
{
    public static IQueryable<PlanReview> VisibleReviews(this AipDbContext db, Guid planId, bool reviewer) =>
        db.PlanReviews.Where(r => r.PlanId == planId && (reviewer || r.Decision != null));

    public static IQueryable<ReviewComment> VisibleComments(this AipDbContext db, Guid planId, bool reviewer) =>
        db.ReviewComments.Where(c => c.PlanId == planId && db.VisibleReviews(planId, reviewer).Any(r => r.Id == c.ReviewId));

    /// <summary>A review's comments in the order they were made, each with its place named from <paramref name="plan"/>.</summary>
    public static async Task<IReadOnlyList<PinnedComment>> PinnedCommentsAsync(this AipDbContext db, Guid reviewId, PlanContent plan)
    {
        var comments = await db.ReviewComments.AsNoTracking().Where(c => c.ReviewId == reviewId).OrderBy(c => c.At).ToListAsync();
        return [.. comments.Select(c => PinnedComment.Of(c, plan))];
    }

    /// <summary>The review and its reviewer's name when this person sees it; null when there is no such review for them.</summary>
    public static async Task<(PlanReview Review, string ReviewerName)?> ReadableAsync(
        AipDbContext db, IAuthorizationService authorization, ClaimsPrincipal user, Plan plan, Guid reviewId)
    {
        var reviewer = (await authorization.AuthorizeAsync(user, PlanResource.Of(plan), PlanOperations.Review)).Succeeded;
        var review = await db.VisibleReviews(plan.Id, reviewer).AsNoTracking().Include(r => r.Ratings).SingleOrDefaultAsync(r => r.Id == reviewId);
        if (review is null)
        {
            return null;
        }

        var name = await db.Users.Where(u => u.Id == review.ReviewerId).Select(u => u.DisplayName).SingleOrDefaultAsync();
        return (review, name ?? "ESE staff");
    }
}
