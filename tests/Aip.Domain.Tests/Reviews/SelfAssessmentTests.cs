using Aip.Domain.Common;
using Aip.Domain.Reviews;

namespace Aip.Domain.Tests.Reviews;

public class SelfAssessmentTests
{
    private static readonly Guid PlanId = Guid.NewGuid();

    [Fact]
    public void A_new_self_assessment_has_no_answers()
    {
        var assessment = SelfAssessment.Start(PlanId);

        Assert.Equal(PlanId, assessment.PlanId);
        Assert.Empty(assessment.Answers);
        Assert.Null(assessment.AnswerTo(1));
    }

    [Fact]
    public void The_district_rates_its_plan_on_each_criterion_and_may_clear_a_rating()
    {
        var assessment = SelfAssessment.Start(PlanId);

        assessment.Rate(RubricCriterion.BuildsLongTermCapacity, RubricRating.Emerging);
        assessment.Rate(RubricCriterion.ProvidesFocus, RubricRating.Strong);
        assessment.Rate(RubricCriterion.ProvidesFocus, RubricRating.ReadyToImplement);
        assessment.Rate(RubricCriterion.BuildsLongTermCapacity, null);

        Assert.Equal([new SelfRating(RubricCriterion.ProvidesFocus, RubricRating.ReadyToImplement)], assessment.Ratings);
        Assert.Null(assessment.RatingOf(RubricCriterion.BuildsLongTermCapacity));
        Assert.Throws<DomainException>(() => assessment.Rate((RubricCriterion)9, RubricRating.Strong));
        Assert.Throws<DomainException>(() => assessment.Rate(RubricCriterion.ProvidesFocus, (RubricRating)9));
    }

    [Fact]
    public void The_plan_takes_the_districts_ratings_in_the_rubrics_order_only_while_it_can_change()
    {
        var plan = Plans.PlanBuilder.Ready();
        var assessment = SelfAssessment.Start(plan.Id);

        plan.RateOnRubric(assessment, [RubricRating.Strong, null, RubricRating.Emerging]);

        Assert.Equal(
            [new SelfRating(RubricCriterion.ProvidesFocus, RubricRating.Strong), new SelfRating(RubricCriterion.QuicklyTargetsInstructionalCore, RubricRating.Emerging)],
            assessment.Ratings);
        Assert.Throws<DomainException>(() => plan.RateOnRubric(assessment, [.. Enumerable.Repeat<RubricRating?>(RubricRating.Strong, 6)]));
        Assert.Throws<DomainException>(() => plan.RateOnRubric(SelfAssessment.Start(Guid.NewGuid()), [RubricRating.Strong]));
        plan.Submit(Aip.Domain.People.Role.Superintendent, Plans.PlanBuilder.SubmittedAt);
        Assert.Throws<DomainException>(() => plan.RateOnRubric(assessment, [RubricRating.Developing]));
        Assert.Equal(RubricRating.Strong, assessment.RatingOf(RubricCriterion.ProvidesFocus));
    }

    [Fact]
    public void A_self_assessment_belongs_to_a_plan()
    {
        Assert.Throws<DomainException>(() => SelfAssessment.Start(Guid.Empty));
    }

    [Fact]
    public void An_answer_is_kept_trimmed_against_its_question()
    {
        var assessment = SelfAssessment.Start(PlanId);

        assessment.Answer(8, "  Yes: the District Review named the same three issues.  ");

        Assert.Equal("Yes: the District Review named the same three issues.", assessment.AnswerTo(8));
        Assert.Equal(8, Assert.Single(assessment.Answers).QuestionNumber);
    }

    [Fact]
    public void Answering_again_replaces_the_answer()
    {
        var assessment = SelfAssessment.Start(PlanId);
        assessment.Answer(3, "First thoughts");

        assessment.Answer(3, "Second thoughts");

        Assert.Equal("Second thoughts", Assert.Single(assessment.Answers).Text);
    }

    [Fact]
    public void A_blank_answer_removes_the_answer()
    {
        var assessment = SelfAssessment.Start(PlanId);
        assessment.Answer(3, "First thoughts");

        assessment.Answer(3, "   ");

        Assert.Empty(assessment.Answers);
    }

    [Fact]
    public void Answers_are_listed_in_question_order()
    {
        var assessment = SelfAssessment.Start(PlanId);
        assessment.Answer(15, "Last");
        assessment.Answer(2, "Early");

        Assert.Equal([2, 15], assessment.Answers.Select(a => a.QuestionNumber));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    public void An_answer_to_an_unknown_question_is_refused(int number)
    {
        var assessment = SelfAssessment.Start(PlanId);

        var refusal = Assert.Throws<DomainException>(() => assessment.Answer(number, "An answer"));

        Assert.Equal($"There is no guiding question {number}; they are numbered 1 to 15.", refusal.Message);
        Assert.Empty(assessment.Answers);
    }

    [Fact]
    public void An_answer_over_4000_characters_is_refused()
    {
        var assessment = SelfAssessment.Start(PlanId);

        var refusal = Assert.Throws<DomainException>(() => assessment.Answer(1, new string('x', SelfAssessment.AnswerMaxLength + 1)));

        Assert.Equal("The answer to question 1 must be 4000 characters or fewer.", refusal.Message);
    }

    [Fact]
    public void The_district_answers_while_it_can_change_the_plan_and_not_once_submitted()
    {
        var plan = Aip.Domain.Tests.Plans.PlanBuilder.Ready();
        var assessment = SelfAssessment.Start(plan.Id);

        plan.AnswerGuidingQuestions(assessment, ["Three objectives.", null, "  "]);
        plan.Submit(Aip.Domain.People.Role.Superintendent, Aip.Domain.Tests.Plans.PlanBuilder.SubmittedAt);

        Assert.Equal([1], assessment.Answers.Select(a => a.QuestionNumber));
        Assert.Contains("submitted to ESE", Assert.Throws<DomainException>(() => plan.AnswerGuidingQuestions(assessment, ["Late"])).Message, StringComparison.Ordinal);
        Assert.Contains("another plan", Assert.Throws<DomainException>(
            () => Aip.Domain.Tests.Plans.PlanBuilder.Ready().AnswerGuidingQuestions(assessment, ["x"])).Message, StringComparison.Ordinal);
    }
}
