using Aip.Documents;
using Aip.Domain.Common;
using Aip.Domain.Reviews;
using Aip.Domain.Versions;
using Aip.Web.Features.Reviews;

namespace Aip.Web.Features.Documents;

/// <summary>Who and what the review PDF names besides the review itself.</summary>
public sealed record ReviewDocumentInfo(string DistrictName, string ReviewerName, DateOnly PrintedOn);

/// <summary>
/// ESE's review of one submission of a plan on the AIP rubric (Appendix D), as a PDF for the district: the decision,
/// the five criteria with their ratings and reasons, the overall rating with its next step, and every comment
/// pinned to the plan, grouped by the place it is pinned to in the plan's order.
/// </summary>
public static class ReviewDocument
{
    public const string Title = "ESE review of the Accelerated Improvement Plan";
    public const string NotRated = "Not rated";
    public const string NotDecided = "Not decided yet";

    public static DocumentSpec Compose(PlanReview review, PlanContent plan, ReviewDocumentInfo info, IReadOnlyList<PinnedComment> comments)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(comments);
        return new DocumentSpec
        {
            Title = $"{Title}: {plan.Title}, submission {review.SubmissionNumber}",
            Author = info.ReviewerName,
            Subject = $"AIP rubric review of submission {review.SubmissionNumber} — {info.DistrictName}",
            Header = new PageHeader(info.DistrictName, $"ESE review, submission {review.SubmissionNumber}: {plan.Title}", Dates.Display(info.PrintedOn)),
            Blocks = [.. Summary(review, plan, info), .. Ratings(review), .. Overall(review), .. Comments(comments, plan)],
        };
    }

    private static IEnumerable<Block> Summary(PlanReview review, PlanContent plan, ReviewDocumentInfo info)
    {
        yield return new Heading(Title);
        yield return new DefinitionList(
        [
            new Definition("Plan", plan.Title),
            new Definition("District", info.DistrictName),
            new Definition("Submission", $"Submission {review.SubmissionNumber}"),
            new Definition("Reviewer", info.ReviewerName),
            new Definition("Decision", review.Decision switch
            {
                ReviewDecision.Approved => "Approved",
                ReviewDecision.Returned => "Returned to the district for revision",
                _ => NotDecided,
            }),
            new Definition("Decided on", review.DecidedAt is { } at ? Dates.Display(at) : NotDecided),
        ]);
    }

    private static IEnumerable<Block> Ratings(PlanReview review)
    {
        yield return new KeepTogether(
        [
            new Heading("Ratings on the AIP rubric", Level: 2),
            new Paragraph($"Each criterion is rated {string.Join(", ", RubricRatingFacts.All.Select(r => r.DisplayName()))}.", TextStyle.Small),
            new Table(
                [new TableColumn("Criterion", 2.4), new TableColumn("Rating", 1.5), new TableColumn("Reviewer's comment", 5)],
                [.. RubricCriterionFacts.All.Select(criterion =>
                {
                    var row = review.Ratings.FirstOrDefault(r => r.Criterion == criterion);
                    return (IReadOnlyList<string>)
                    [
                        $"{(int)criterion}. {criterion.DisplayName()}",
                        row?.Rating?.DisplayName() ?? NotRated,
                        DocumentText.OrNotGiven(row?.Comment),
                    ];
                })]),
        ]);
    }

    private static IEnumerable<Block> Overall(PlanReview review)
    {
        yield return new KeepTogether(
        [
            new Heading("Overall rating", Level: 2),
            new DefinitionList(
            [
                new Definition("Overall rating", review.OverallRating?.DisplayName() ?? NotRated),
                new Definition("Next step", review.OverallRating?.NextStep() ?? NotRated),
                new Definition("Reviewer's comment", DocumentText.OrNotGiven(review.OverallComment)),
            ]),
        ]);
    }

    /// <summary>One table per place, in the plan's order; places no longer in the plan come last.</summary>
    private static IEnumerable<Block> Comments(IReadOnlyList<PinnedComment> comments, PlanContent plan)
    {
        yield return new Heading("Comments pinned to the plan", Level: 2);
        if (comments.Count == 0)
        {
            yield return new Paragraph("The reviewer pinned no comments to the plan.", TextStyle.Italic);
            yield break;
        }

        yield return new Paragraph(
            $"{comments.Count} {(comments.Count == 1 ? "comment" : "comments")}, {comments.Count(c => c.Resolved)} resolved by the district.",
            TextStyle.Small);
        var order = CommentPlaces.InPlanOrder(plan).Select((p, index) => (p.Label, index)).DistinctBy(p => p.Label).ToDictionary(p => p.Label, p => p.index);
        var groups = comments
            .GroupBy(c => c.Place)
            .OrderBy(g => order.TryGetValue(g.Key, out var index) ? index : int.MaxValue);
        foreach (var group in groups)
        {
            yield return new Table(
                [new TableColumn(group.Key, 5), new TableColumn("Date", 1.6), new TableColumn("Status", 1.1)],
                [.. group.OrderBy(c => c.Date).Select(c => (IReadOnlyList<string>)[c.Text, Dates.Display(c.Date), c.Resolved ? "Resolved" : "Open"])]);
        }
    }
}
