using Aip.Domain.Common;

namespace Aip.Domain.Reviews;

/// <summary>
/// The district's answers to the guiding questions (Appendix E) about its plan: a self-check before submission.
/// Every answer is optional; clearing an answer removes it.
/// </summary>
public sealed class SelfAssessment : Entity
{
    public const int AnswerMaxLength = 4000;

    private readonly List<GuidingAnswer> _answers = [];

    private SelfAssessment()
    {
    }

    public Guid PlanId { get; private set; }

    public IReadOnlyList<GuidingAnswer> Answers => [.. _answers.OrderBy(a => a.QuestionNumber)];

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
