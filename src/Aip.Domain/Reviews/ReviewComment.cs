using Aip.Domain.Common;

namespace Aip.Domain.Reviews;

/// <summary>
/// A reviewer's comment pinned to a place in the plan. Comments are rows of their own, not part of the review, so
/// they stay with the plan after it is returned and the district can work through them and mark them resolved.
/// </summary>
public sealed class ReviewComment : Entity
{
    public const int TextMaxLength = 4000;

    public const int PlaceNameMaxLength = 300;

    private ReviewComment()
    {
    }

    public Guid PlanId { get; private set; }

    public Guid ReviewId { get; private set; }

    public CommentArea Area { get; private set; }

    public Guid? ItemId { get; private set; }

    public CommentPlace Place => new(Area, ItemId);

    /// <summary>
    /// The place named in the words of the plan as the reviewer read it ("Initiative 2.3, activity 4"), kept so that the
    /// name does not shift when the district later reorders or renumbers its items; null for comments made before it was kept.
    /// </summary>
    public string? PlaceName { get; private set; }

    public string Text { get; private set; } = null!;

    public Guid AuthorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public bool Resolved { get; private set; }

    public void Resolve() => Resolved = true;

    internal static ReviewComment Create(PlanReview review, CommentPlace place, string? text, Guid authorId, DateTimeOffset at, string? placeName)
    {
        ArgumentNullException.ThrowIfNull(place);
        CheckPlace(place);
        if (authorId == Guid.Empty)
        {
            throw new DomainException("A comment needs its author.");
        }

        return new()
        {
            PlanId = review.PlanId,
            ReviewId = review.Id,
            Area = place.Area,
            ItemId = place.ItemId,
            PlaceName = Common.Text.Optional(placeName, "name of the place", PlaceNameMaxLength),
            Text = Common.Text.Required(text, "comment", TextMaxLength),
            AuthorId = authorId,
            At = at,
        };
    }

    private static void CheckPlace(CommentPlace place)
    {
        var item = place.Area switch
        {
            CommentArea.Plan or CommentArea.Section1 or CommentArea.FinalOutcomes => null,
            CommentArea.Objective => "objective",
            CommentArea.Initiative => "initiative",
            CommentArea.Benchmark => "benchmark",
            CommentArea.Activity => "activity",
            _ => throw new DomainException("Choose where in the plan the comment belongs."),
        };
        if (item is not null && (place.ItemId is null || place.ItemId == Guid.Empty))
        {
            throw new DomainException($"Choose the {item} the comment is about.");
        }

        if (place.Area is CommentArea.Plan or CommentArea.Section1 && place.ItemId is not null)
        {
            throw new DomainException("A comment on the plan as a whole or on Section 1 is not pinned to an item.");
        }
    }
}
