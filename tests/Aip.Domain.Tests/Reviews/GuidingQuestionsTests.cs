using Aip.Domain.Common;
using Aip.Domain.Reviews;

namespace Aip.Domain.Tests.Reviews;

public class GuidingQuestionsTests
{
    [Fact]
    public void There_are_fifteen_questions_numbered_in_order()
    {
        Assert.Equal(Enumerable.Range(1, 15), GuidingQuestions.All.Select(q => q.Number));
    }

    [Fact]
    public void The_questions_fall_into_five_groups_lettered_A_to_E()
    {
        Assert.Equal("ABCDE", string.Concat(GuidingQuestions.Groups.Select(g => g.Letter)));
        Assert.Equal(
            ["Provides Focus", "Quickly Targets the Instructional Core", "Addresses Systemic Root Causes", "Useful for Tracking Progress", "Builds Long-Term Capacity"],
            GuidingQuestions.Groups.Select(g => g.Title));
        Assert.Equal(
            [('A', 5), ('B', 2), ('C', 2), ('D', 3), ('E', 3)],
            GuidingQuestions.All.GroupBy(q => q.Group.Letter).Select(g => (g.Key, g.Count())));
    }

    [Fact]
    public void The_questions_keep_the_guidances_wording()
    {
        Assert.Equal(
            "When you read this plan, do you understand what needs to be done differently in the district and why?",
            GuidingQuestions.Get(1).Text);
        Assert.Equal(
            "What will prevent teachers, principals, and/or district leaders from seeing this as ‘just one more fad’ and going about their work the way they have always done it? What will it take to get all stakeholders to buy into the work?",
            GuidingQuestions.Get(15).Text);
    }

    [Fact]
    public void Some_questions_carry_the_bulleted_prompts_under_them()
    {
        Assert.Equal(2, GuidingQuestions.Get(7).Prompts.Count);
        Assert.Equal(4, GuidingQuestions.Get(10).Prompts.Count);
        Assert.Equal(2, GuidingQuestions.Get(12).Prompts.Count);
        Assert.Equal(7, GuidingQuestions.Get(14).Prompts.Count);
        Assert.Equal("Decision-making processes", GuidingQuestions.Get(14).Prompts[2]);
        Assert.Empty(GuidingQuestions.Get(1).Prompts);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(-1)]
    public void An_unknown_question_number_is_refused(int number)
    {
        var refusal = Assert.Throws<DomainException>(() => GuidingQuestions.Get(number));

        Assert.Equal($"There is no guiding question {number}; they are numbered 1 to 15.", refusal.Message);
    }
}
