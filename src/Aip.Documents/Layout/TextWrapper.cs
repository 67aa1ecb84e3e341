using System.Globalization;
using System.Text;

namespace Aip.Documents.Layout;

/// <summary>
/// Greedy line breaking at spaces. Explicit line breaks are kept; a word wider than the line is broken
/// between characters (never inside a character or accent), so no text runs past the margin.
/// </summary>
internal static class TextWrapper
{
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
                var wordWidth = measure(word);
                if (line.Length > 0 && lineWidth + spaceWidth + wordWidth <= width + Tolerance)
                {
                    line.Append(' ').Append(word);
                    lineWidth += spaceWidth + wordWidth;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                var rest = word;
                if (wordWidth > width + Tolerance)
                {
                    var pieces = BreakWord(word, width, measure);
                    lines.AddRange(pieces.SkipLast(1));
                    rest = pieces[^1];
                }

                line.Append(rest);
                lineWidth = measure(rest);
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

    private static IEnumerable<string> TextElements(string text)
    {
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            yield return elements.GetTextElement();
        }
    }

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
