using Aip.Documents.Layout;

namespace Aip.Documents.Tests;

/// <summary>The line breaker with a monospaced "font": every character is one unit wide.</summary>
public class TextWrapperTests
{
    private static double Width(string text) => new System.Globalization.StringInfo(text).LengthInTextElements;

    [Fact]
    public void Words_fill_a_line_and_continue_on_the_next()
    {
        Assert.Equal(["aaa bbb", "ccc"], TextWrapper.Wrap("aaa bbb ccc", 7, Width));
    }

    [Fact]
    public void Explicit_line_breaks_and_blank_lines_are_kept()
    {
        Assert.Equal(["one", "", "two", "three"], TextWrapper.Wrap("one\n\ntwo\r\nthree", 20, Width));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_broken_into_full_lines()
    {
        Assert.Equal(["ab", "abcde", "abcde", "ab cd"], TextWrapper.Wrap("ab abcdeabcdeab cd", 5, Width));
    }

    [Fact]
    public void Accented_letters_stay_whole_when_a_word_is_broken()
    {
        // "e" + combining acute accent is one letter; it is composed to "é" before breaking.
        var lines = TextWrapper.Wrap("Nguye\u0302\u0303nnguye\u0302\u0303n", 3, Width);

        Assert.Equal(["Ngu", "yễn", "ngu", "yễn"], lines);
    }

    [Fact]
    public void Empty_text_is_one_empty_line()
    {
        Assert.Equal([string.Empty], TextWrapper.Wrap(string.Empty, 10, Width));
    }

    [Fact]
    public void Tabs_become_spaces_and_other_control_characters_are_dropped()
    {
        Assert.Equal(["a b c"], TextWrapper.Wrap("a\tb\u0007 c", 10, Width));
    }

    [Fact]
    public void Truncate_keeps_short_text_and_shortens_long_text_with_an_ellipsis()
    {
        Assert.Equal("short", TextWrapper.Truncate("short", 10, Width));
        Assert.Equal("a long…", TextWrapper.Truncate("a long heading text", 7, Width));
    }

    [Fact]
    public void Cjk_text_breaks_between_characters_filling_each_line()
    {
        Assert.Equal(["Lead 山田太", "郎 and 李明", "华"], TextWrapper.Wrap("Lead 山田太郎 and 李明华", 8, Width));
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line_and_opening_punctuation_never_ends_one()
    {
        Assert.Equal(["山田太", "郎。", "「李明"], TextWrapper.Wrap("山田太郎。「李明", 3, Width));
    }

    [Fact]
    public void Latin_words_beside_cjk_are_not_broken()
    {
        Assert.Equal(["山田", "Riverton", "学区"], TextWrapper.Wrap("山田Riverton学区", 8, Width));
    }
}
