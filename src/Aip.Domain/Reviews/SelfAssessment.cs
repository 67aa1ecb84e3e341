using Aip.Domain.Common;

namespace Aip.Domain.Reviews;

/// <summary>
/// The district's self-assessment of its plan before submission (Appendix M): its answers to the guiding questions
/// (Appendix E) and its own rating of the plan on each of the rubric's five criteria (Appendix D), which ESE reads beside
/// its own. Every answer and rating is optional; clearing one removes it.
/// </summary>
public sealed class SelfAssessment : Entity
{
    public const int AnswerMaxLength = 4000;

    private readonly List<GuidingAnswer> _answers = [];
#pragma warning disable IDE0044 // Not readonly: the data layer stores the list as JSON and sets the field when loading.
    private List<SelfRating> _ratings = [];
#pragma warning restore IDE0044

    private SelfAssessment()
    {
    }

    public Guid PlanId { get; private set; }

    public IReadOnlyList<GuidingAnswer> Answers => [.. _answers.OrderBy(a => a.QuestionNumber)];

    /// <summary>The district's own rating on each criterion it rated, in the rubric's order.</summary>
    public IReadOnlyList<SelfRating> Ratings => [.. _ratings.OrderBy(r => r.Criterion)];

    public RubricRating? RatingOf(RubricCriterion criterion) => _ratings.FirstOrDefault(r => r.Criterion == criterion)?.Rating;

    /// <summary>Rates the plan on one criterion, or clears the rating (null).</summary>
    public void Rate(RubricCriterion criterion, RubricRating? rating)
    {
        if (!Enum.IsDefined(criterion) || (rating is { } level && !Enum.IsDefined(level)))
        {
            throw new DomainException("Choose one of the rubric's criteria and levels.");
        }

        _ratings.RemoveAll(r => r.Criterion == criterion);
        if (rating is { } chosen)
        {
            _ratings.Add(new SelfRating(criterion, chosen));
        }
    }

    public static SelfAssessment Start(Guid planId) =>
        planId == Guid.Empty ? throw new DomainException("Choose the plan this self-assessment is about.") : new() { PlanId = planId };

    public string? AnswerTo(int questionNumber) => Find(GuidingQuestions.Get(questionNumber).Number)?.Text;

    public void Answer(int questionNumber, string? text)
    {
        var number = GuidingQuestions.Get(questionNumber).Number;
        var cleaned = Text.Optional(text, $"answer to question {number}", AnswerMaxLength);
        var existing = Find(number);
        if (cleaned is null)
        {
            if (existing is not null)
            {
                _answers.Remove(existing);
            }
        }
        else if (existing is null)
        {
            _answers.Add(GuidingAnswer.Create(number, cleaned));
        }
        else
        {
            existing.Update(cleaned);
        }
    }

    private GuidingAnswer? Find(int number) => _answers.FirstOrDefault(a => a.QuestionNumber == number);
}

/// <summary>The district's own rating of its plan on one rubric criterion.</summary>
public sealed record SelfRating(RubricCriterion Criterion, RubricRating Rating);
