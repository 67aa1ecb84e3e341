using Aip.Documents;
using Aip.Domain.Common;
using Aip.Domain.Reviews;
using Aip.Domain.Versions;
using Aip.Web.Features.Reviews;

namespace Aip.Web.Features.Documents;

/// <summary>Who and what the review PDF names besides the review itself.</summary>
public sealed record ReviewDocumentInfo(string DistrictName, string ReviewerName, DateOnly PrintedOn)
{
    /// <summary>The district's self-assessment of the plan: its own rubric ratings and its answers to the guiding questions.</summary>
    public SelfAssessment? SelfAssessment { get; init; }
}

/// <summary>
/// ESE's review of one submission of a plan on the AIP rubric, as a PDF for the district, laid out as the rubric's grid
/// (Appendix D): the decision; for each of the five criteria its four levels side by side with the level ESE chose (and
/// the district's own) marked in place, then ESE's reasons; the overall rating the same way with its next step; every
/// comment pinned to the plan, grouped by place in the plan's order; and the district's self-assessment.
/// </summary>
public static class ReviewDocument
{
    public const string Title = "ESE review of the Accelerated Improvement Plan";
    public const string NotRated = "Not rated";
    public const string NotDecided = "Not decided yet";
    public const string EseMark = "✔ ESE's rating";
    public const string DistrictMark = "○ The district's own rating";
    public const string SelfAssessmentTitle = "The district's self-assessment";

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
            Blocks = [.. Summary(review, plan, info), .. Ratings(review, info.SelfAssessment), .. Overall(review), .. Comments(comments, plan), .. Self(info.SelfAssessment)],
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

    /// <summary>Each criterion as a row of the rubric's grid: its four levels side by side, the chosen ones marked in their cells.</summary>
    private static IEnumerable<Block> Ratings(PlanReview review, SelfAssessment? self)
    {
        yield return new Heading("Ratings on the AIP rubric", Level: 2);
        yield return new Paragraph(
            $"The Level 4 District AIP Rubric (Appendix D). In each criterion's row, \u201c{EseMark}\u201d marks the level ESE chose and \u201c{DistrictMark}\u201d the level the district gave itself in its self-assessment.",
            TextStyle.Small);
        foreach (var criterion in RubricCriterionFacts.All)
        {
            var row = review.Ratings.FirstOrDefault(r => r.Criterion == criterion);
            var own = self?.RatingOf(criterion);
            yield return new KeepTogether(
            [
                new Heading($"{(int)criterion}. {criterion.DisplayName()}", Level: 3),
                new Paragraph(criterion.Description(), TextStyle.Small),
                Grid(level => criterion.LevelDescription(level), row?.Rating, own),
                new DefinitionList(
                [
                    new Definition("ESE's rating", row?.Rating?.DisplayName() ?? NotRated),
                    new Definition("Reasons", DocumentText.OrNotGiven(row?.Comment)),
                    new Definition("The district's own rating", own?.DisplayName() ?? NotRated),
                ]),
            ]);
        }
    }

    private static IEnumerable<Block> Overall(PlanReview review)
    {
        yield return new KeepTogether(
        [
            new Heading("Overall rating", Level: 2),
            Grid(level => $"{level.Definition()} Next step: {level.NextStep()}", review.OverallRating, districtOwn: null),
            new DefinitionList(
            [
                new Definition("Overall rating", review.OverallRating?.DisplayName() ?? NotRated),
                new Definition("Next step", review.OverallRating?.NextStep() ?? NotRated),
                new Definition("Reviewer's comment", DocumentText.OrNotGiven(review.OverallComment)),
            ]),
        ]);
    }

    /// <summary>The rubric's four levels as columns, lowest first, each cell the level's words with the marks of who chose it.</summary>
    private static Table Grid(Func<RubricRating, string> words, RubricRating? ese, RubricRating? districtOwn) => new(
        [.. RubricRatingFacts.All.Select(level => new TableColumn(level.DisplayName()))],
        [
            [.. RubricRatingFacts.All.Select(level => string.Join(" ", (IEnumerable<string>)
            [
                .. level == ese ? [EseMark + "."] : Array.Empty<string>(),
                .. level == districtOwn ? [DistrictMark + "."] : Array.Empty<string>(),
                words(level),
            ]))],
        ]);

    /// <summary>The district's own ratings and its answers to the 15 guiding questions, as it gave them.</summary>
    private static IEnumerable<Block> Self(SelfAssessment? self)
    {
        yield return new PageBreak();
        yield return new Heading(SelfAssessmentTitle, Level: 2);
        if (self is null)
        {
            yield return new Paragraph("The district did not fill in a self-assessment.", TextStyle.Italic);
            yield break;
        }

        yield return new Table(
            [new TableColumn("Criterion", 3), new TableColumn("The district's rating", 1.6)],
            [.. RubricCriterionFacts.All.Select(c => (IReadOnlyList<string>)[$"{(int)c}. {c.DisplayName()}", self.RatingOf(c)?.DisplayName() ?? NotRated])]);
        foreach (var group in GuidingQuestions.Groups)
        {
            yield return new Heading($"{group.Letter}. {group.Title}", Level: 3);
            yield return new DefinitionList(
            [
                .. GuidingQuestions.All.Where(q => q.Group == group)
                    .Select(q => new Definition($"{q.Number}. {q.Text}", self.AnswerTo(q.Number) ?? "Not answered.")),
            ]);
        }
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
