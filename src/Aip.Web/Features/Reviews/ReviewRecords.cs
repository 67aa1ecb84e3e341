using System.Security.Claims;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Reviews;

/// <summary>Reading one review of a plan, for its page and its PDF alike.</summary>
internal static class ReviewRecords
{
    /// <summary>
    /// The review and its reviewer's name when this person may read it: a decided review by everyone who reads the
    /// plan, one in progress only by ESE staff. Null when there is no such review or it is not theirs to read yet.
    /// </summary>
    public static async Task<(PlanReview Review, string ReviewerName)?> ReadableAsync(
        AipDbContext db, IAuthorizationService authorization, ClaimsPrincipal user, Plan plan, Guid reviewId)
    {
        var review = await db.PlanReviews.AsNoTracking().Include(r => r.Ratings).SingleOrDefaultAsync(r => r.Id == reviewId && r.PlanId == plan.Id);
        if (review is null
            || !(review.IsDecided || (await authorization.AuthorizeAsync(user, PlanResource.Of(plan), PlanOperations.Review)).Succeeded))
        {
            return null;
        }

        var reviewer = await db.Users.Where(u => u.Id == review.ReviewerId).Select(u => u.DisplayName).SingleOrDefaultAsync();
        return (review, reviewer ?? "ESE staff");
    }
}
