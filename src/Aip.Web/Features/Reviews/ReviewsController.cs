using Aip.Domain.Districts;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Domain.Versions;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Features.Notifications;
using Aip.Web.Features.Plans;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Reviews;

public sealed record SubmitPage(Plan Plan, ReadinessReport Readiness, int AnsweredQuestions, bool CanSteer, int OpenComments, SubmissionCheck Check);

/// <summary>The self-assessment with the plan it is about beside it (<paramref name="Content"/>), to answer and rate while reading.</summary>
public sealed record SelfAssessmentPage(PlanHeader Plan, PlanContent Content, SelfAssessmentForm Form, bool CanAnswer);

/// <summary>
/// ESE's review page: the plan as submitted, read in place with a comment form at each place it can be commented on, and
/// the rubric beside it. <paramref name="NewComment"/> is the comment form last sent (shown at its place with its message).
/// </summary>
public sealed record ReviewPage(
    Plan Plan, string DistrictName, PlanReview Review, ReviewForm Form, CommentForm NewComment,
    IReadOnlyList<ReviewComment> Comments, IReadOnlyList<string?> SelfAssessment, IReadOnlyList<FindingRef> Findings, Resubmission? Resubmission)
{
    /// <summary>The district's own rating of its plan on each criterion it rated (its self-assessment).</summary>
    public IReadOnlyList<SelfRating> SelfRatings { get; init; } = [];

    /// <summary>The District Review findings no objective or initiative of the plan addresses (rubric criterion 2).</summary>
    public IReadOnlyList<FindingRef> Unaddressed { get; } = [.. Findings.Where(f => !Plan.AddressedFindings().Contains(f.Id))];

    /// <summary>Every place of the plan with its name in the plan's words.</summary>
    private Dictionary<CommentPlace, string> Names { get; } = CommentPlaces.InPlanOrder(PlanContent.Of(Plan)).ToDictionary(p => p.Place, p => p.Label);

    /// <summary>The name a comment's place had when it was pinned.</summary>
    public string NameOf(ReviewComment comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return comment.PlaceName ?? Names.GetValueOrDefault(comment.Place, CommentPlaces.WholePlan);
    }

    /// <summary>The comment control at <paramref name="place"/>: the comments pinned there, and the form to pin another.</summary>
    public CommentSpot At(CommentPlace place) => new(
        Plan.Id, place, Names[place], Review.SubmissionNumber, [.. Comments.Where(c => c.Place == place)], NewComment.ToPlace() == place ? NewComment : null);

    public CommentSpot At(CommentArea area, Guid? itemId = null) => At(new CommentPlace(area, itemId));
}

/// <summary>
/// One place of the plan on the review page: its name, the comments pinned to it and the form that pins one more;
/// <paramref name="Sent"/> is that form as last sent from this place (what was typed, with its message), else null.
/// </summary>
public sealed record CommentSpot(Guid PlanId, CommentPlace Place, string Name, int SubmissionNumber, IReadOnlyList<ReviewComment> Pinned, CommentForm? Sent)
{
    public string Anchor => CommentPlaces.AnchorOf(Place);

    /// <summary>"the plan as a whole", "objective 2", "initiative 1.3, short-term outcome 2": the name within a sentence (Section 1 keeps its title).</summary>
    public string InSentence => Place.Area == CommentArea.Section1 ? Name : char.ToLowerInvariant(Name[0]) + Name[1..];
}

/// <summary>
/// What a reviewer of a resubmission reads first: what changed since the submission before (null when that review did not
/// keep the plan as submitted), and the comments of that review, resolved or still open.
/// </summary>
public sealed record Resubmission(int PreviousNumber, Versions.PlanDiffView? Changes, IReadOnlyList<PinnedComment> Comments);

public sealed record DecidedReviewPage(Plan Plan, PlanReview Review, string ReviewerName, IReadOnlyList<PinnedComment> Comments);

/// <summary>
/// The hand-over between the district and ESE: the superintendent submits (after an optional self-assessment on the
/// guiding questions), ESE staff review on the rubric, pin comments, and return or approve.
/// </summary>
[Route("plans/{id:guid}")]
public sealed class ReviewsController(
    PlanStore store, IAuthorizationService authorization, AipDbContext db, TimeProvider clock, SubmitPlan submitPlan, AskToSubmit askToSubmit, DecideReview decideReview,
    IValidator<ReviewForm> reviewValidator, IValidator<CommentForm> commentValidator, IValidator<SelfAssessmentForm> selfAssessmentValidator)
    : PlanControllerBase(store, authorization)
{
    [HttpGet("submit")]
    [ForPlan(PlanOperation.Steer)]
    public async Task<IActionResult> Submit(Guid id)
    {
        var plan = CurrentPlan;
        return await SubmitPageAsync(plan);
    }

    [HttpPost("submit")]
    [ActionName("Submit")]
    [ForPlan(PlanOperation.Steer)]
    public async Task<IActionResult> SubmitPost(Guid id)
    {
        var plan = CurrentPlan;
        return await RunAsync(
            () => submitPlan.RunAsync(plan, CurrentActor()),
            () => SubmitPageAsync(plan),
            () => ToOverview(id, "The plan has been submitted to ESE. It cannot be changed while ESE reviews it."));
    }

    [HttpPost("submit/ask")]
    [ForPlan(PlanOperation.Steer)]
    public async Task<IActionResult> AskToSubmit(Guid id)
    {
        var plan = CurrentPlan;
        return await RunAsync(
            () => askToSubmit.RunAsync(plan, CurrentActor()),
            () => SubmitPageAsync(plan),
            () => ToOverview(id, "The superintendent has been asked to submit the plan to ESE; they have a notification with a link to the submit page."));
    }

    [HttpGet("self-assessment")]
    [ForPlan(PlanOperation.Read)]
    public async Task<IActionResult> SelfAssessment(Guid id)
    {
        var plan = CurrentPlan;
        var assessment = await db.SelfAssessments.AsNoTracking().Include(s => s.Answers).SingleOrDefaultAsync(s => s.PlanId == id);
        return View(new SelfAssessmentPage(PlanHeader.Of(plan), PlanContent.Of(plan), SelfAssessmentForm.From(assessment), await CanEditAsync(plan)));
    }

    [HttpPost("self-assessment")]
    [ForPlan(PlanOperation.Steer)]
    public async Task<IActionResult> SelfAssessment(Guid id, SelfAssessmentForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        var page = new SelfAssessmentPage(PlanHeader.Of(plan), PlanContent.Of(plan), form, await CanEditAsync(plan));
        if (!await selfAssessmentValidator.ValidateIntoAsync(form, ModelState, prefix: "Form"))
        {
            return View(page);
        }

        var assessment = await db.SelfAssessments.Include(s => s.Answers).SingleOrDefaultAsync(s => s.PlanId == id);
        return await SaveAsync(
            plan,
            () =>
            {
                if (assessment is null)
                {
                    assessment = Domain.Reviews.SelfAssessment.Start(id);
                    db.SelfAssessments.Add(assessment);
                }

                plan.AnswerGuidingQuestions(assessment, form.Answers);
                plan.RateOnRubric(assessment, form.Ratings);
            },
            () => View(page),
            () => ToOverview(id, "The self-assessment has been saved. ESE reads it, and the district's own ratings, with the plan."),
            assessment is null ? null : (assessment, form.ConcurrencyToken ?? Guid.Empty));
    }

    [HttpGet("review")]
    [ForPlan(PlanOperation.Review)]
    public async Task<IActionResult> Review(Guid id)
    {
        var plan = CurrentPlan;
        if (plan.Status != PlanStatus.Submitted)
        {
            TempData["Message"] = "The plan is not waiting for review: " + plan.Status.DisplayName().ToLowerInvariant() + ".";
            return RedirectToAction(nameof(PlansController.Overview), "Plans", new { id });
        }

        var review = await CurrentReviewAsync(plan, tracking: false);
        return await ReviewPageAsync(plan, review, ReviewForm.From(review), new CommentForm());
    }

    /// <summary>Saves the ratings; with the outcome Return or Approve also decides, in the same save.</summary>
    [HttpPost("review")]
    [ForPlan(PlanOperation.Review)]
    public async Task<IActionResult> Review(Guid id, ReviewForm form, ReviewOutcome decision)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        if (StaleSubmission(plan, form.SubmissionNumber) is { } stale)
        {
            return stale;
        }

        form.KeepRubricCriteria();
        var review = await CurrentReviewAsync(plan, tracking: true);
        if (!await reviewValidator.ValidateIntoAsync(form, ModelState, prefix: "Form"))
        {
            return await ReviewPageAsync(plan, review, form, new CommentForm());
        }

        form.ApplyTo(review);
        return await RunAsync(
            () => decideReview.RunAsync(plan, review, decision, CurrentActor()),
            () => ReviewPageAsync(plan, review, form, new CommentForm()),
            () => decision switch
            {
                ReviewOutcome.Return => ToOverview(id, "The plan has been returned to the district for revision, with your review and comments."),
                ReviewOutcome.Approve => ToOverview(id, "The plan has been approved. Version 1 is frozen and in force."),
                _ => Saved(id),
            },
            (review, form.ConcurrencyToken));
    }

    [HttpPost("review/comments")]
    [OneTimeForm]
    [ForPlan(PlanOperation.Review)]
    public async Task<IActionResult> AddComment(Guid id, [Bind(Prefix = "NewComment")] CommentForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        if (StaleSubmission(plan, form.SubmissionNumber) is { } stale)
        {
            return stale;
        }

        var review = await CurrentReviewAsync(plan, tracking: true);
        var content = PlanContent.Of(plan);
        var place = form.ToPlace() is { } chosen && CommentPlaces.Offered(content).Contains(chosen) ? chosen : null;
        var valid = await commentValidator.ValidateIntoAsync(form, ModelState, prefix: "NewComment");
        if (place is null)
        {
            ModelState.AddModelError(string.Empty, "That place is not in the plan as submitted. Choose \"Comment on …\" at the part of the plan the comment is about.");
        }

        if (!valid || place is null)
        {
            return await ReviewPageAsync(plan, review, ReviewForm.From(review), form);
        }

        return await RunAsync(
            () =>
            {
                db.ReviewComments.Add(review.AddComment(place, form.Text, User.UserId() ?? Guid.Empty, clock.GetUtcNow(), CommentPlaces.Label(place, content)));
                return Store.SaveAsync();
            },
            () => ReviewPageAsync(plan, review, ReviewForm.From(review), form),
            () =>
            {
                TempData["Message"] = $"The comment has been pinned to {CommentPlaces.Label(place, content)}. The district sees it there once you return or approve the plan.";
                return RedirectToAction(nameof(Review), null, new { id }, CommentPlaces.AnchorOf(place));
            });
    }

    [HttpGet("reviews/{reviewId:guid}")]
    [ForPlan(PlanOperation.Read)]
    public async Task<IActionResult> Decided(Guid id, Guid reviewId)
    {
        var plan = CurrentPlan;
        if (await ReviewRecords.ReadableAsync(db, Authorization, User, plan, reviewId) is not { } readable)
        {
            return NotFound();
        }

        var (review, reviewer) = readable;

        return View(new DecidedReviewPage(plan, review, reviewer, await db.PinnedCommentsAsync(reviewId, PlanContent.Of(plan))));
    }

    [HttpPost("comments/{commentId:guid}/resolve")]
    [ForPlan(PlanOperation.Steer)]
    public async Task<IActionResult> Resolve(Guid id, Guid commentId, string? returnUrl)
    {
        var plan = CurrentPlan;
        // The district works through the comments it sees: those of decided reviews.
        var decided = await DecidedReviewIdsAsync(id);
        var comment = await db.ReviewComments.SingleOrDefaultAsync(c => c.Id == commentId && c.PlanId == id && decided.Contains(c.ReviewId));
        if (comment is null)
        {
            return NotFound();
        }

        comment.Resolve();
        return await SaveAsync(plan, () => { }, Conflict409, () =>
        {
            TempData["Message"] = "The comment is marked as resolved.";
            return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(PlansController.Overview), "Plans", new { id });
        });
    }

    /// <summary>The reviews whose comments the district sees and works through: those ESE decided.</summary>
    private async Task<List<Guid>> DecidedReviewIdsAsync(Guid planId) =>
        [.. (await Store.VisibleReviewsAsync(planId, inProgressToo: false)).Select(r => r.Id)];

    private async Task<IActionResult> SubmitPageAsync(Plan plan)
    {
        var answered = await db.SelfAssessments.Where(s => s.PlanId == plan.Id).SelectMany(s => s.Answers).CountAsync();
        // The district sees (and resolves) the comments of decided reviews.
        var decided = await DecidedReviewIdsAsync(plan.Id);
        var open = await db.ReviewComments.CountAsync(c => c.PlanId == plan.Id && decided.Contains(c.ReviewId) && !c.Resolved);
        var readiness = Readiness.Check(plan, await Store.FindingsAsync(plan.DistrictId));
        return View("Submit", new SubmitPage(
            plan, readiness, answered, await CanEditAsync(plan), open, SubmissionCheck.For(plan, User.Role() ?? default, readiness, open)));
    }

    private async Task<IActionResult> ReviewPageAsync(Plan plan, PlanReview review, ReviewForm form, CommentForm comment)
    {
        var district = await Store.DistrictNameAsync(plan);
        var content = PlanContent.Of(plan);
        var assessment = await db.SelfAssessments.AsNoTracking().Include(s => s.Answers).SingleOrDefaultAsync(s => s.PlanId == plan.Id);
        var answers = GuidingQuestions.All.Select(q => assessment?.AnswerTo(q.Number)).ToList();
        var comments = await db.ReviewComments.AsNoTracking().Where(c => c.ReviewId == review.Id).OrderBy(c => c.At).ToListAsync();
        var findings = await Store.FindingsAsync(plan.DistrictId);
        return View("Review", new ReviewPage(
            plan, district, review, form, comment, comments, answers, findings,
            await ResubmissionAsync(plan, review, content, findings))
        {
            SelfRatings = assessment?.Ratings ?? [],
        });
    }

    /// <summary>For the review of a second or later submission: the changes since the one before, and that review's comments.</summary>
    private async Task<Resubmission?> ResubmissionAsync(Plan plan, PlanReview review, PlanContent content, IReadOnlyList<FindingRef> findings)
    {
        if (await db.PlanReviews.AsNoTracking().SingleOrDefaultAsync(r => r.PlanId == plan.Id && r.SubmissionNumber == review.SubmissionNumber - 1) is not { } previous)
        {
            return null;
        }

        var changes = previous.SubmittedContent is { } before
            ? new Versions.PlanDiffView($"Submission {previous.SubmissionNumber}", $"Submission {review.SubmissionNumber}", PlanDiff.Compare(before, content, findings))
            : null;
        return new Resubmission(previous.SubmissionNumber, changes, await db.PinnedCommentsAsync(previous.Id, content));
    }

    /// <summary>The review of the plan's latest submission; started (and added to the unit of work) on first use.</summary>
    private async Task<PlanReview> CurrentReviewAsync(Plan plan, bool tracking)
    {
        var reviews = tracking ? db.PlanReviews : db.PlanReviews.AsNoTracking();
        var review = await reviews.Include(r => r.Ratings).SingleOrDefaultAsync(r => r.PlanId == plan.Id && r.SubmissionNumber == plan.SubmissionCount);
        if (review is null && plan.Status == PlanStatus.Submitted)
        {
            var previous = await db.PlanReviews.AsNoTracking().Include(r => r.Ratings)
                .SingleOrDefaultAsync(r => r.PlanId == plan.Id && r.SubmissionNumber == plan.SubmissionCount - 1 && r.Decision != null);
            review = PlanReview.Start(plan, User.UserId() ?? Guid.Empty, clock.GetUtcNow(), previous);
            if (tracking)
            {
                db.PlanReviews.Add(review);
            }
        }

        return review ?? throw new Domain.Common.DomainException("The plan is not waiting for review.");
    }

    /// <summary>The refusal when the reviewer's page is of an earlier submission, or the plan no longer waits for review.</summary>
    private ViewResult? StaleSubmission(Plan plan, int submissionNumber)
    {
        if (plan.Status == PlanStatus.Submitted && submissionNumber == plan.SubmissionCount)
        {
            return null;
        }

        ModelState.AddModelError(string.Empty, plan.Status != PlanStatus.Submitted
            ? $"The plan is no longer waiting for review: it is {plan.Status.DisplayName().ToLowerInvariant()}. Nothing was saved."
            : "The district has resubmitted the plan since you opened this review. Nothing was saved: open the review again to rate the latest submission.");
        return Conflict409();
    }

    private RedirectToActionResult Saved(Guid id)
    {
        TempData["Message"] = "Your review has been saved. Return or approve the plan when it is complete.";
        return RedirectToAction(nameof(Review), new { id });
    }
}
