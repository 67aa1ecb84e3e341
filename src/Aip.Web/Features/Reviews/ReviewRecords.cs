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
/// Which reviews of a plan, and which of their comments, a person sees. The rule is the review resource handler's
/// (<see cref="ReviewAccessHandler"/>: decided reviews by everyone who reads the plan, one in progress only by ESE); lists
/// ask it once whether this person sees reviews in progress and filter by that answer in SQL
/// (<see cref="Plans.PlanStore.VisibleReviewsAsync"/>).
/// </summary>
internal static class ReviewRecords
{
    /// <summary>Whether this person sees the reviews of the plan's district that are still in progress.</summary>
    public static async Task<bool> SeesReviewsInProgressAsync(this IAuthorizationService authorization, ClaimsPrincipal user, Guid districtId) =>
        (await authorization.AuthorizeAsync(user, new ReviewResource(districtId, IsDecided: false), ReviewOperations.Read)).Succeeded;

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
        var review = await db.PlanReviews.AsNoTracking().Include(r => r.Ratings).SingleOrDefaultAsync(r => r.Id == reviewId && r.PlanId == plan.Id);
        if (review is null
            || !(await authorization.AuthorizeAsync(user, new ReviewResource(plan.DistrictId, review.IsDecided), ReviewOperations.Read)).Succeeded)
        {
            return null;
        }

        var name = await db.Users.Where(u => u.Id == review.ReviewerId).Select(u => u.DisplayName).SingleOrDefaultAsync();
        return (review, name ?? "ESE staff");
    }
}
