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
    IReadOnlyList<ReviewComment> Comments,
    IReadOnlyDictionary<Guid, Guid> SheetOfItem)
{
    /// <summary>The comments the district has still to answer and resolve.</summary>
    public int OpenComments => Comments.Count(c => !c.Resolved);

    public IReadOnlyList<ReviewComment> CommentsOn(CommentArea area, Guid? itemId = null) =>
        [.. Comments.Where(c => c.Area == area && c.ItemId == itemId)];

    /// <summary>
    /// The comments on an initiative's Strategy Sheet: on the sheet itself and on each of its benchmarks and activities
    /// (found through <see cref="SheetOfItem"/>, so that a page that did not load them, such as the overview, counts them too).
    /// </summary>
    public IReadOnlyList<ReviewComment> CommentsOnSheet(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return [.. Comments.Where(c => (c.Area == CommentArea.Initiative && c.ItemId == initiative.Id)
            || (c.Area is CommentArea.Benchmark or CommentArea.Activity && c.ItemId is { } item
                && SheetOfItem.TryGetValue(item, out var sheet) && sheet == initiative.Id))];
    }
}

/// <summary>What the person may do with a plan's review records: steer it (submit, answer comments), review it, see reviews in progress.</summary>
public sealed record PlanReviewRights(bool CanSteer, bool CanReview, bool SeesReviewsInProgress);

public sealed class PlanStandings(PlanStore store, IAuthorizationService authorization)
{
    public async Task<PlanStanding> ForAsync(ClaimsPrincipal user, Plan plan) => await ForAsync(await RightsAsync(user, PlanHeader.Of(plan)), plan);

    /// <summary>The person's rights on the plan's review records, asked of the authorization handlers (no plan content needed).</summary>
    public async Task<PlanReviewRights> RightsAsync(ClaimsPrincipal user, PlanHeader plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var resource = plan.Resource;
        return new(
            (await authorization.AuthorizeAsync(user, resource, PlanOperations.Steer)).Succeeded,
            (await authorization.AuthorizeAsync(user, resource, PlanOperations.Review)).Succeeded,
            await authorization.SeesReviewsInProgressAsync(user, plan.DistrictId));
    }

    public async Task<PlanStanding> ForAsync(PlanReviewRights rights, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(rights);
        ArgumentNullException.ThrowIfNull(plan);
        var (canSteer, canReview, inProgressToo) = rights;
        var reviews = await store.VisibleReviewsAsync(plan.Id, inProgressToo);
        var comments = await store.CommentsOfAsync(plan.Id, reviews);
        // The initiative of each benchmark and activity commented on, read by id: the page may not have loaded them.
        var sheetOfItem = await store.InitiativeOfItemsAsync(comments
            .Where(c => c.Area is CommentArea.Benchmark or CommentArea.Activity && c.ItemId is not null).Select(c => c.ItemId!.Value));
        var amendment = plan.OpenAmendmentStage is null
            ? null
            : await store.OpenAmendmentAsync(plan.Id, tracking: false);
        return new(canSteer, canReview, reviews, amendment, comments, sheetOfItem);
    }
}
