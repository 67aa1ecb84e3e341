using System.Globalization;
using System.Text;

namespace Aip.Documents.Layout;

/// <summary>
/// Greedy line breaking at spaces, and between Chinese, Japanese and Korean characters, which are written without
/// spaces (but never before closing punctuation such as 。 or 」 or a small kana, nor after opening punctuation).
/// Explicit line breaks are kept; a word wider than the line is broken between characters (never inside a
/// character or accent), so no text runs past the margin.
/// </summary>
internal static class TextWrapper
{
    private const string NoLineStart = "、。，．：；？！）］｝〕〉》」』】〙〗〟｠ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ・゠〜～)]},.:;!?%’”";
    private const string NoLineEnd = "（［｛〔〈《「『【〘〖〝｟([{‘“";

    // Measuring words one by one and adding them up can differ from measuring the joined line by rounding.
    private const double Tolerance = 0.01;

    public static IReadOnlyList<string> Wrap(string text, double width, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        var lines = new List<string>();
        var spaceWidth = measure(" ");
        foreach (var sourceLine in Normalize(text).Split('\n'))
        {
            var line = new StringBuilder();
            var lineWidth = 0.0;
            foreach (var word in sourceLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var firstPiece = true;
                foreach (var piece in Pieces(word))
                {
                    // Pieces of one word (CJK characters) join without a space; words are separated by one.
                    var separator = firstPiece ? " " : string.Empty;
                    var gap = firstPiece ? spaceWidth : 0;
                    firstPiece = false;
                    var pieceWidth = measure(piece);
                    if (line.Length > 0 && lineWidth + gap + pieceWidth <= width + Tolerance)
                    {
                        line.Append(separator).Append(piece);
                        lineWidth += gap + pieceWidth;
                        continue;
                    }

                    if (line.Length > 0)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                    }

                    var rest = piece;
                    if (pieceWidth > width + Tolerance)
                    {
                        var pieces = BreakWord(piece, width, measure);
                        lines.AddRange(pieces.SkipLast(1));
                        rest = pieces[^1];
                    }

                    line.Append(rest);
                    lineWidth = measure(rest);
                }
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Shortens text that must stay on one line (page header fields), ending it with an ellipsis.</summary>
    public static string Truncate(string text, double width, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var single = Normalize(text).Replace('\n', ' ');
        if (measure(single) <= width + Tolerance)
        {
            return single;
        }

        var kept = new StringBuilder();
        foreach (var element in TextElements(single))
        {
            if (measure(kept + element + "…") > width + Tolerance)
            {
                break;
            }

            kept.Append(element);
        }

        return kept.ToString().TrimEnd() + "…";
    }

    private static List<string> BreakWord(string word, double width, Func<string, double> measure)
    {
        var pieces = new List<string>();
        var piece = new StringBuilder();
        foreach (var element in TextElements(word))
        {
            if (piece.Length > 0 && measure(piece + element) > width + Tolerance)
            {
                pieces.Add(piece.ToString());
                piece.Clear();
            }

            piece.Append(element);
        }

        pieces.Add(piece.ToString());
        return pieces;
    }

    private static IEnumerable<string> TextElements(string text) => TextElementsAt(text).Select(e => e.Element);

    /// <summary>The letters of the text (a letter with its accents is one), each with its index in the text.</summary>
    private static IEnumerable<(int Index, string Element)> TextElementsAt(string text)
    {
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            yield return (elements.ElementIndex, elements.GetTextElement());
        }
    }

    /// <summary>A space-free word cut where a line may break inside it: around CJK characters.</summary>
    private static IEnumerable<string> Pieces(string word)
    {
        if (!word.Any(c => c >= 0x1100))
        {
            yield return word;
            yield break;
        }

        var start = 0;
        var previous = -1;
        foreach (var (index, element) in TextElementsAt(word))
        {
            var current = Rune.GetRuneAt(element, 0).Value;
            if (previous >= 0 && MayBreakBetween(previous, current))
            {
                yield return word[start..index];
                start = index;
            }

            previous = current;
        }

        yield return word[start..];
    }

    private static bool MayBreakBetween(int before, int after) =>
        (IsCjk(before) || IsCjk(after)) && !Contains(NoLineStart, after) && !Contains(NoLineEnd, before);

    private static bool Contains(string set, int codePoint) =>
        codePoint <= char.MaxValue && set.Contains((char)codePoint, StringComparison.Ordinal);

    /// <summary>Han ideographs, kana, Hangul, Bopomofo and their punctuation and full-width forms.</summary>
    private static bool IsCjk(int codePoint) => codePoint is
        (>= 0x1100 and <= 0x11FF) or (>= 0x2E80 and <= 0x2FDF) or (>= 0x3000 and <= 0x9FFF) or (>= 0xA960 and <= 0xA97F)
        or (>= 0xAC00 and <= 0xD7FF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFFEF)
        or (>= 0x20000 and <= 0x3FFFF);

    /// <summary>One kind of line break, tabs as spaces, other control characters dropped (fonts have no glyphs for them).</summary>
    private static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                result.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\t')
            {
                result.Append(' ');
            }
            else if (c == '\n' || !char.IsControl(c))
            {
                result.Append(c);
            }
        }

        return result.ToString().Normalize(NormalizationForm.FormC);
    }
}
