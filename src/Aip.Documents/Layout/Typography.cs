using Aip.Documents.Fonts;
using PdfSharp.Drawing;
using System.Globalization;
using System.Text;
using PdfSharp.Fonts;

namespace Aip.Documents.Layout;

/// <summary>
/// The fonts and colours of one render and a way to measure text with them. One instance per render. Text is drawn in
/// DejaVu Sans; characters it has no glyph for (Chinese, Japanese, Korean) in the fallback font where one is given and
/// has them, so a line may be several runs (<see cref="Runs"/>), measured as the sum of its runs.
/// </summary>
internal sealed class Typography(string? fallbackFamily = null) : IDisposable
{
    public static readonly XColor Ink = XColor.FromArgb(0x1A, 0x1A, 0x1A);
    public static readonly XColor Accent = XColor.FromArgb(0x14, 0x36, 0x5D);
    public static readonly XColor Muted = XColor.FromArgb(0x55, 0x5B, 0x66);
    public static readonly XColor RuleColor = XColor.FromArgb(0x8A, 0x8F, 0x98);
    public static readonly XColor ShadeColor = XColor.FromArgb(0xE8, 0xEC, 0xF1);

    /// <summary>Light enough that the text over it reads as before, dark enough to be seen on paper.</summary>
    public static readonly XColor WatermarkColor = XColor.FromArgb(0xE3, 0xE3, 0xE3);

    private readonly XGraphics _measureContext = XGraphics.CreateMeasureContext(
        new XSize(PageGeometry.Width, PageGeometry.Height), XGraphicsUnit.Point, XPageDirection.Downwards);

    private readonly XFont[] _headings = [Font(16, XFontStyleEx.Bold), Font(13, XFontStyleEx.Bold), Font(11, XFontStyleEx.Bold)];

    public XFont Body { get; } = Font(10, XFontStyleEx.Regular);

    public XFont BodyBold { get; } = Font(10, XFontStyleEx.Bold);

    public XFont BodyItalic { get; } = Font(10, XFontStyleEx.Italic);

    public XFont Small { get; } = Font(8.5, XFontStyleEx.Regular);

    public XFont SmallBold { get; } = Font(8.5, XFontStyleEx.Bold);

    public XFont Cell { get; } = Font(9, XFontStyleEx.Regular);

    public XFont CellBold { get; } = Font(9, XFontStyleEx.Bold);

    public XFont Watermark { get; } = Font(110, XFontStyleEx.Bold);

    public XFont Heading(int level) => _headings[Math.Clamp(level, 1, _headings.Length) - 1];

    public XFont Paragraph(TextStyle style) => style switch
    {
        TextStyle.Bold => BodyBold,
        TextStyle.Italic => BodyItalic,
        TextStyle.Small => Small,
        _ => Body,
    };

    private readonly Dictionary<XFont, XFont> _fallbacks = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(XFont Font, int CodePoint), XFont> _choices = [];

    // Widths and wrapped lines already worked out in this render: a document repeats its words, and the layout wraps
    // some texts twice (a table's first row to keep it with the header, a group measured before it is placed).
    private readonly Dictionary<(XFont Font, string Text), double> _widths = [];
    private readonly Dictionary<(XFont Font, double Width, string Text), IReadOnlyList<string>> _wrapped = [];

    public double Measure(string text, XFont font)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (_widths.TryGetValue((font, text), out var known))
        {
            return known;
        }

        var runs = Runs(text, font);
        var width = runs.Count == 1 ? MeasureRun(runs[0]) : runs.Sum(MeasureRun);
        _widths.Add((font, text), width);
        return width;
    }

    /// <summary>
    /// The text cut where the font changes: <paramref name="font"/> for every character it has, or that the fallback
    /// lacks too (drawn as a missing glyph, as before); the fallback font, same size and style, for the others.
    /// A combining mark stays in its letter's run.
    /// </summary>
    public IReadOnlyList<FontRun> Runs(string text, XFont font)
    {
        if (fallbackFamily is null || IsAscii(text))
        {
            return [new FontRun(text, font)];
        }

        List<FontRun>? runs = null;
        var start = 0;
        XFont? current = null;
        for (var index = 0; index < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, index);
            var chosen = current is not null && IsMark(rune) ? current : FontFor(rune.Value, font);
            if (current is not null && !ReferenceEquals(chosen, current))
            {
                (runs ??= []).Add(new FontRun(text[start..index], current));
                start = index;
            }

            current = chosen;
            index += rune.Utf16SequenceLength;
        }

        var last = new FontRun(start == 0 ? text : text[start..], current ?? font);
        if (runs is null)
        {
            return [last];
        }

        runs.Add(last);
        return runs;
    }

    /// <summary>Distance from the top of a line box to the baseline, as PDFsharp places top-aligned text.</summary>
    public static double Ascent(XFont font) => font.GetHeight() * font.CellAscent / font.CellSpace;

    public double MeasureRun(FontRun run) => run.Text.Length == 0 ? 0 : _measureContext.MeasureString(run.Text, run.Font).Width;

    /// <summary>The font for one character: looked up once per font and character in a render, since lines are measured often.</summary>
    private XFont FontFor(int codePoint, XFont font)
    {
        if (codePoint < 0x80)
        {
            return font;
        }

        if (_choices.TryGetValue((font, codePoint), out var known))
        {
            return known;
        }

        var chosen = font;
        if (GlyphHelper.GlyphIndexFromCodePoint(codePoint, font) == 0)
        {
            if (!_fallbacks.TryGetValue(font, out var fallback))
            {
                fallback = new XFont(fallbackFamily!, font.Size, font.Style);
                _fallbacks.Add(font, fallback);
            }

            chosen = GlyphHelper.GlyphIndexFromCodePoint(codePoint, fallback) != 0 ? fallback : font;
        }

        _choices.Add((font, codePoint), chosen);
        return chosen;
    }

    /// <summary>An accent or other combining mark: drawn in its letter's font.</summary>
    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsAscii(string text) => Ascii.IsValid(text);

    public IReadOnlyList<string> Wrap(string text, XFont font, double width)
    {
        if (!_wrapped.TryGetValue((font, width, text), out var lines))
        {
            lines = TextWrapper.Wrap(text, width, t => Measure(t, font));
            _wrapped.Add((font, width, text), lines);
        }

        return lines;
    }

    public string Truncate(string text, XFont font, double width) =>
        TextWrapper.Truncate(text, width, t => Measure(t, font));

    public static double LineHeight(XFont font) => font.GetHeight();

    public void Dispose() => _measureContext.Dispose();

    private static XFont Font(double size, XFontStyleEx style) => new(EmbeddedFontResolver.FamilyName, size, style);
}

/// <summary>Part of a line drawn in one font.</summary>
internal readonly record struct FontRun(string Text, XFont Font);
