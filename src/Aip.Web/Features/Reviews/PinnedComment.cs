using Aip.Domain.Common;
using Aip.Domain.Reviews;
using Aip.Domain.Versions;

namespace Aip.Web.Features.Reviews;

/// <summary>A reviewer's comment as the review PDF prints it: where it is pinned, in the plan's words, and its text.</summary>
public sealed record PinnedComment(string Place, string Text, DateOnly Date, bool Resolved)
{
    /// <summary>
    /// The comment with its place named as it was when the comment was written (kept with the comment), so that a later
    /// reordering does not move it; comments from before names were kept are named from <paramref name="plan"/>.
    /// </summary>
    public static PinnedComment Of(ReviewComment comment, PlanContent plan)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return new(comment.PlaceName ?? CommentPlaces.Label(comment.Place, plan), comment.Text, Dates.Day(comment.At), comment.Resolved);
    }
}
