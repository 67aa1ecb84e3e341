using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Domain.Versions;

namespace Aip.Domain.Reviews;

/// <summary>
/// ESE's review of one submission of a plan on the AIP rubric (Appendix D): a rating and reasons for each of the five
/// criteria, then an overall rating whose next step tells the district what to do. The plan is approved or returned
/// only with a complete review (<see cref="Plan.Approve"/>, <see cref="Plan.Return"/>); once decided, the review is
/// a record and does not change.
/// </summary>
public sealed class PlanReview : Entity
{
    public const int CommentMaxLength = 4000;

    private readonly List<CriterionRating> _ratings = [];

    private PlanReview()
    {
    }

    public Guid PlanId { get; private set; }

    /// <summary>Which submission of the plan this review is of (the plan's SubmissionCount when it started).</summary>
    public int SubmissionNumber { get; private set; }

    public Guid ReviewerId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>
    /// The plan as it was submitted (it cannot change while ESE reviews it), so that the review of the next submission shows
    /// what changed since; null for reviews begun before it was kept.
    /// </summary>
    public PlanContent? SubmittedContent { get; private set; }

    public IReadOnlyList<CriterionRating> Ratings => [.. _ratings.OrderBy(r => r.Criterion)];

    public RubricRating? OverallRating { get; private set; }

    public string? OverallComment { get; private set; }

    public ReviewDecision? Decision { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public bool IsDecided => Decision is not null;

    /// <summary>Every criterion rated and the overall rating given: the review can support a decision.</summary>
    public bool IsComplete => Unrated.Count == 0 && OverallRating is not null;

    public IReadOnlyList<RubricCriterion> Unrated =>
        [.. RubricCriterionFacts.All.Where(c => _ratings.FirstOrDefault(r => r.Criterion == c)?.Rating is null)];

    /// <summary>
    /// Starts the review of the plan's latest submission. After a return, <paramref name="previous"/> is the review of the
    /// submission before: the new review starts from its ratings and reasons for each criterion (the reviewer changes what the
    /// revision changed), while the overall rating and the decision are given afresh.
    /// </summary>
    public static PlanReview Start(Plan plan, Guid reviewerId, DateTimeOffset at, PlanReview? previous = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Status != PlanStatus.Submitted)
        {
            throw new DomainException("A review starts only once the plan has been submitted.");
        }

        if (reviewerId == Guid.Empty)
        {
            throw new DomainException("A review needs its reviewer.");
        }

        var review = new PlanReview
        {
            PlanId = plan.Id,
            SubmissionNumber = plan.SubmissionCount,
            ReviewerId = reviewerId,
            StartedAt = at,
            SubmittedContent = PlanContent.Of(plan),
        };
        review._ratings.AddRange(RubricCriterionFacts.All.Select(CriterionRating.Unrated));
        if (previous is not null)
        {
            if (previous.PlanId != plan.Id || previous.SubmissionNumber >= review.SubmissionNumber || !previous.IsDecided)
            {
                throw new DomainException("A review starts from the decided review of an earlier submission of the same plan.");
            }

            foreach (var earlier in previous.Ratings)
            {
                review._ratings.Single(r => r.Criterion == earlier.Criterion).Update(earlier.Rating, earlier.Comment);
            }
        }

        return review;
    }

    /// <summary>Rates one criterion; a null rating keeps the reasons while the reviewer is still deciding.</summary>
    public void Rate(RubricCriterion criterion, RubricRating? rating, string? comment)
    {
        EnsureOpen();
        var row = _ratings.FirstOrDefault(r => r.Criterion == criterion)
            ?? throw new DomainException("There is no such criterion on the AIP rubric.");
        row.Update(Checked(rating), Text.Optional(comment, $"comment on {criterion.DisplayName()}", CommentMaxLength));
    }

    public void SetOverall(RubricRating? rating, string? comment)
    {
        EnsureOpen();
        (OverallRating, OverallComment) = (Checked(rating), Text.Optional(comment, "overall comment", CommentMaxLength));
    }

    /// <summary>Pins a comment to a place in the plan; it belongs to this review's plan and outlives the decision.</summary>
    /// <param name="placeName">The place in the words of the plan being read, kept with the comment (see <see cref="ReviewComment.PlaceName"/>).</param>
    public ReviewComment AddComment(CommentPlace place, string? text, Guid authorId, DateTimeOffset at, string? placeName = null)
    {
        EnsureOpen();
        return ReviewComment.Create(this, place, text, authorId, at, placeName);
    }

    /// <summary>Called by the plan when ESE approves or returns it, so that the decision is taken in one place.</summary>
    internal void Decide(ReviewDecision decision, DateTimeOffset at)
    {
        EnsureOpen();
        if (!IsComplete)
        {
            throw new DomainException(Unrated.Count > 0
                ? $"The review is not complete: rate {string.Join(", ", Unrated.Select(c => c.DisplayName()))}{(OverallRating is null ? " and give the overall rating" : "")}."
                : "The review is not complete: give the overall rating.");
        }

        if (decision == ReviewDecision.Approved && OverallRating == RubricRating.Developing)
        {
            throw new DomainException(
                "A plan rated Developing overall is not approved: the rubric's next step is to revise it. Return it to the district with your comments.");
        }

        (Decision, DecidedAt) = (decision, at);
    }

    private static RubricRating? Checked(RubricRating? rating) =>
        rating is null || Enum.IsDefined(rating.Value) ? rating : throw new DomainException("There is no such rating on the AIP rubric.");

    private void EnsureOpen()
    {
        if (IsDecided)
        {
            throw new DomainException("The review has been decided and can no longer change.");
        }
    }
}
