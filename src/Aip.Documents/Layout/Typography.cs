using Aip.Documents.Fonts;
using PdfSharp.Drawing;

namespace Aip.Documents.Layout;

/// <summary>The fonts and colours of one render and a way to measure text with them. One instance per render.</summary>
internal sealed class Typography : IDisposable
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

    public double Measure(string text, XFont font) =>
        text.Length == 0 ? 0 : _measureContext.MeasureString(text, font).Width;

    public IReadOnlyList<string> Wrap(string text, XFont font, double width) =>
        TextWrapper.Wrap(text, width, t => Measure(t, font));

    public string Truncate(string text, XFont font, double width) =>
        TextWrapper.Truncate(text, width, t => Measure(t, font));

    public static double LineHeight(XFont font) => font.GetHeight();

    public void Dispose() => _measureContext.Dispose();

    private static XFont Font(double size, XFontStyleEx style) => new(EmbeddedFontResolver.FamilyName, size, style);
}
