using System.ComponentModel.DataAnnotations;
using Aip.Domain.Reviews;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Aip.Web.Features.Reviews;

/// <summary>One criterion of the AIP rubric on the review form.</summary>
public sealed class CriterionForm
{
    public RubricCriterion Criterion { get; set; }

    [Display(Name = "Rating")]
    public RubricRating? Rating { get; set; }

    [Display(Name = "Reasons")]
    public string? Comment { get; set; }
}

/// <summary>ESE's review of one submission: the five criteria, then the overall rating. The buttons save it, return or approve.</summary>
public sealed class ReviewForm
{
    public Guid ConcurrencyToken { get; set; }

    /// <summary>The submission the reviewer was looking at: a decision on an earlier one is refused.</summary>
    public int SubmissionNumber { get; set; }

    public List<CriterionForm> Criteria { get; set; } = [];

    [Display(Name = "Overall rating")]
    public RubricRating? OverallRating { get; set; }

    [Display(Name = "Overall comment")]
    public string? OverallComment { get; set; }

    [BindNever]
    public static IReadOnlyList<SelectListItem> Ratings { get; } =
        [.. RubricRatingFacts.All.Select(r => new SelectListItem(r.DisplayName(), r.ToString()))];

    public static ReviewForm From(PlanReview review) => new()
    {
        ConcurrencyToken = review.ConcurrencyToken,
        SubmissionNumber = review.SubmissionNumber,
        Criteria = [.. review.Ratings.Select(r => new CriterionForm { Criterion = r.Criterion, Rating = r.Rating, Comment = r.Comment })],
        OverallRating = review.OverallRating,
        OverallComment = review.OverallComment,
    };

    /// <summary>
    /// Row by row, the rubric's criteria as the page showed them, whatever the post says of them: they are not the
    /// reviewer's to change, and a tampered one (not a criterion at all) must not reach the page or the review.
    /// </summary>
    public void KeepRubricCriteria()
    {
        var criteria = RubricCriterionFacts.All;
        Criteria = [.. Criteria.Take(criteria.Count)];
        for (var i = 0; i < Criteria.Count; i++)
        {
            Criteria[i].Criterion = criteria[i];
        }
    }

    /// <summary>The form as posted, put in the review (criteria the form does not name are left as they are).</summary>
    public void ApplyTo(PlanReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        foreach (var criterion in Criteria.Where(c => RubricCriterionFacts.All.Contains(c.Criterion)))
        {
            review.Rate(criterion.Criterion, criterion.Rating, criterion.Comment);
        }

        review.SetOverall(OverallRating, OverallComment);
    }
}

public sealed class ReviewFormValidator : AbstractValidator<ReviewForm>
{
    public ReviewFormValidator()
    {
        RuleForEach(f => f.Criteria).ChildRules(row =>
        {
            row.RuleFor(c => c.Rating).IsInEnum().WithMessage("Choose one of the four ratings.");
            row.RuleFor(c => c.Comment).MaximumLength(PlanReview.CommentMaxLength)
                .WithMessage($"The reasons must be {PlanReview.CommentMaxLength:N0} characters or fewer.");
        });
        RuleFor(f => f.OverallRating).IsInEnum().WithMessage("Choose one of the four ratings.");
        RuleFor(f => f.OverallComment).MaximumLength(PlanReview.CommentMaxLength)
            .WithMessage($"The overall comment must be {PlanReview.CommentMaxLength:N0} characters or fewer.");
    }
}

/// <summary>A comment the reviewer pins to a place in the plan, from the comment form at that place on the review page.</summary>
public sealed class CommentForm
{
    /// <summary>The submission the reviewer was looking at.</summary>
    public int SubmissionNumber { get; set; }

    /// <summary>The place the form stands at (<see cref="CommentPlaces.ValueOf"/>): "Plan", "Section1", "FinalOutcomes", or "Objective:{id}", "Initiative:{id}", "Benchmark:{id}".</summary>
    public string? Place { get; set; }

    [Display(Name = "Comment")]
    public string? Text { get; set; }

    public CommentPlace? ToPlace() => Place?.Split(':') switch
    {
        [var area] when Enum.TryParse<CommentArea>(area, out var a) && a is CommentArea.Plan or CommentArea.Section1 or CommentArea.FinalOutcomes => new CommentPlace(a),
        [var area, var id] when Enum.TryParse<CommentArea>(area, out var a) && Guid.TryParse(id, out var itemId) => new CommentPlace(a, itemId),
        _ => null,
    };
}

public sealed class CommentFormValidator : AbstractValidator<CommentForm>
{
    public CommentFormValidator()
    {
        RuleFor(f => f.Text).NotEmpty().WithMessage("Write the comment.")
            .MaximumLength(ReviewComment.TextMaxLength).WithMessage($"The comment must be {ReviewComment.TextMaxLength:N0} characters or fewer.");
    }
}

/// <summary>The district's answers to the 15 guiding questions (Appendix E), in question order.</summary>
public sealed class SelfAssessmentForm
{
    public Guid? ConcurrencyToken { get; set; }

    public List<string?> Answers { get; set; } = [];

    /// <summary>The district's own rating on each rubric criterion, in the rubric's order (null: not rated).</summary>
    public List<RubricRating?> Ratings { get; set; } = [];

    public static SelfAssessmentForm From(SelfAssessment? assessment) => new()
    {
        ConcurrencyToken = assessment?.ConcurrencyToken,
        Answers = [.. GuidingQuestions.All.Select(q => assessment?.AnswerTo(q.Number))],
        Ratings = [.. RubricCriterionFacts.All.Select(c => assessment?.RatingOf(c))],
    };
}

public sealed class SelfAssessmentFormValidator : AbstractValidator<SelfAssessmentForm>
{
    public SelfAssessmentFormValidator()
    {
        RuleFor(f => f.Answers.Count).LessThanOrEqualTo(GuidingQuestions.All.Count).WithMessage("There are 15 guiding questions.");
        RuleFor(f => f.Ratings.Count).LessThanOrEqualTo(RubricCriterionFacts.All.Count).WithMessage("The rubric has five criteria.");
        RuleForEach(f => f.Ratings).Must(r => r is null || Enum.IsDefined(r.Value)).WithMessage("Choose one of the rubric's four levels, or leave it unrated.");
        RuleForEach(f => f.Answers).MaximumLength(SelfAssessment.AnswerMaxLength)
            .WithMessage($"An answer must be {SelfAssessment.AnswerMaxLength:N0} characters or fewer.");
    }
}
