using Aip.Domain.Plans;

namespace Aip.Domain.Tests.Plans;

public class WordCountTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    public void Missing_or_blank_text_has_no_words(string? text)
    {
        Assert.Equal(0, WordCount.Count(text));
    }

    [Theory]
    [InlineData("reading", 1)]
    [InlineData("one two three", 3)]
    [InlineData("  one   two  ", 2)]
    [InlineData("one\ttwo\nthree\r\nfour", 4)]
    [InlineData("state-of-the-art, well-known.", 2)]
    [InlineData("60% by November (grade 3-5)", 5)]
    public void Words_are_runs_of_characters_between_white_space(string text, int words)
    {
        Assert.Equal(words, WordCount.Count(text));
    }

    [Fact]
    public void Letters_of_any_script_make_words()
    {
        Assert.Equal(4, WordCount.Count("école naïve 日本語 😀"));
    }

    [Theory]
    [InlineData("one\u00A0two")]
    [InlineData("one\u2003two")]
    [InlineData("one\u3000two")]
    [InlineData("one\u2028two")]
    [InlineData("one\u0085two")]
    [InlineData("one\uFEFFtwo")]
    public void Unicode_spaces_separate_words_as_in_the_browser_counter(string text)
    {
        Assert.Equal(2, WordCount.Count(text));
    }

    [Fact]
    public void A_zero_width_space_is_not_white_space()
    {
        Assert.Equal(1, WordCount.Count("one\u200Btwo"));
    }

    [Fact]
    public void The_plan_counts_the_words_of_its_key_issues()
    {
        var plan = PlanBuilder.Empty();

        plan.UpdateSection1("Uneven reading instruction,\nlittle use of data.", null, null);

        Assert.Equal(7, plan.KeyIssuesWordCount);
    }
}
