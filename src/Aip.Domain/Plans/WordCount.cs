namespace Aip.Domain.Plans;

/// <summary>
/// Counts words for the "maximum 1,000 words" of the key issues: a word is a maximal run of characters that are
/// not white space (<see cref="char.IsWhiteSpace(char)"/>, plus U+FEFF). The counter the browser shows under the
/// field must apply the same rule, or a district at the limit sees two different numbers:
/// <c>text.trim().split(/[\s\u0085]+/).filter(w =&gt; w !== "").length</c>. JavaScript's <c>\s</c> and
/// <see cref="char.IsWhiteSpace(char)"/> differ by one character each (\s takes U+FEFF, IsWhiteSpace takes
/// U+0085), so each side adds the other's.
/// </summary>
public static class WordCount
{
    public static int Count(string? text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text ?? string.Empty)
        {
            var separates = char.IsWhiteSpace(c) || c == '\uFEFF';
            if (!separates && !inWord)
            {
                words++;
            }

            inWord = !separates;
        }

        return words;
    }
}
