using Aip.Documents.Fonts;
using Aip.Documents.Layout;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Aip.Documents;

/// <summary>
/// Renders a <see cref="DocumentSpec"/> with PDFsharp: lays out every page first, then draws them, so the
/// footer can say "Page X of Y". Holds no per-render state: one instance can serve concurrent requests.
/// </summary>
public sealed partial class PdfDocumentRenderer : IDocumentRenderer
{
    private readonly string? _fallbackFamily;

    /// <summary>
    /// A renderer whose CJK characters are drawn with <paramref name="fonts"/>' fallback font (by default Debian's
    /// Droid Sans Fallback). Where that font cannot be read, it says so once in the log and prints with DejaVu alone.
    /// </summary>
    public PdfDocumentRenderer(DocumentFonts? fonts = null, ILogger<PdfDocumentRenderer>? logger = null)
    {
        PdfEngine.EnsureConfigured();
        var path = (fonts ?? new DocumentFonts()).FallbackPath;
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        _fallbackFamily = FallbackFaces.TryLoad(path, out var problem);
        if (_fallbackFamily is null)
        {
            LogFallbackMissing(logger ?? NullLogger<PdfDocumentRenderer>.Instance, path, problem);
        }
    }

    /// <summary>Whether CJK characters will be drawn with the fallback font.</summary>
    public bool HasFallbackFont => _fallbackFamily is not null;

    public byte[] Render(DocumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        PdfEngine.EnsureConfigured();

        using var type = new Typography(_fallbackFamily);
        var layout = FlowLayout.Lay(spec.Blocks, type);
        PageFrame.Decorate(layout.Pages, spec.Header, spec.Watermark, type);

        using var document = new PdfDocument();
        document.Info.Title = spec.Title;
        document.Info.Author = spec.Author;
        document.Info.Subject = spec.Subject;
        document.Language = "en-US";
        // Pages of text compress well at zlib's fastest level too: half the time in zlib for a fifth more bytes
        // (the demo plan: 141 KB at the default level, 169 KB at this one).
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        foreach (var content in layout.Pages)
        {
            var page = document.AddPage();
            page.Size = PageSize.Letter;
            using var graphics = XGraphics.FromPdfPage(page);
            Draw(graphics, content, type);
        }

        AddOutline(document, layout.Anchors);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void Draw(XGraphics graphics, PageContent content, Typography type)
    {
        // Pens and brushes are mutable PDFsharp objects: made per page, never shared between renders.
        var rulePen = new XPen(Typography.RuleColor, 0.5);
        var shadeBrush = new XSolidBrush(Typography.ShadeColor);
        var textBrushes = new Dictionary<XColor, XSolidBrush>();
        foreach (var operation in content.Operations)
        {
            switch (operation)
            {
                case TextRun run when run.Text.Length > 0:
                    if (!textBrushes.TryGetValue(run.Color, out var brush))
                    {
                        brush = new XSolidBrush(run.Color);
                        textBrushes.Add(run.Color, brush);
                    }

                    DrawText(graphics, run, brush, type);
                    break;
                case Rule rule:
                    graphics.DrawLine(rulePen, rule.X1, rule.Y1, rule.X2, rule.Y2);
                    break;
                case Frame frame:
                    graphics.DrawRectangle(rulePen, frame.X, frame.Y, frame.Width, frame.Height);
                    break;
                case Shade shade:
                    graphics.DrawRectangle(shadeBrush, shade.X, shade.Y, shade.Width, shade.Height);
                    break;
                case Watermark mark:
                    DrawWatermark(graphics, mark);
                    break;
            }
        }
    }

    /// <summary>A line in one font as laid out; a line of several fonts run by run on the first font's baseline.</summary>
    private static void DrawText(XGraphics graphics, TextRun run, XSolidBrush brush, Typography type)
    {
        var parts = type.Runs(run.Text, run.Font);
        if (parts is [var only] && ReferenceEquals(only.Font, run.Font))
        {
            graphics.DrawString(run.Text, run.Font, brush, run.X, run.Top, XStringFormats.TopLeft);
            return;
        }

        var x = run.X;
        var baseline = run.Top + Typography.Ascent(run.Font);
        foreach (var part in parts)
        {
            graphics.DrawString(part.Text, part.Font, brush, x, baseline, XStringFormats.BaseLineLeft);
            x += type.MeasureRun(part);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The fallback font {Path} for Chinese, Japanese and Korean text cannot be read ({Problem}): such text prints as missing glyphs. Install Debian's fonts-droid-fallback or set Documents:FallbackFontPath.")]
    private static partial void LogFallbackMissing(ILogger logger, string path, string? problem);

    /// <summary>The word centred on the page, turned up along the diagonal.</summary>
    private static void DrawWatermark(XGraphics graphics, Watermark mark)
    {
        var state = graphics.Save();
        graphics.TranslateTransform(PageGeometry.Width / 2, PageGeometry.Height / 2);
        graphics.RotateTransform(-Math.Atan2(PageGeometry.Height, PageGeometry.Width) * 180 / Math.PI);
        graphics.DrawString(mark.Text, mark.Font, new XSolidBrush(Typography.WatermarkColor), 0, 0, XStringFormats.Center);
        graphics.Restore(state);
    }

    /// <summary>Bookmarks nested by heading level; a level-3 heading under a level-1 one nests under it.</summary>
    private static void AddOutline(PdfDocument document, IReadOnlyList<Anchor> anchors)
    {
        if (anchors.Count == 0)
        {
            return;
        }

        var parents = new PdfOutline?[4];
        foreach (var anchor in anchors)
        {
            var parent = parents.Take(anchor.Level).LastOrDefault(p => p is not null);
            var siblings = parent is null ? document.Outlines : parent.Outlines;
            var outline = siblings.Add(anchor.Title, document.Pages[anchor.PageIndex], opened: true);
            outline.Top = PageGeometry.Height - anchor.Top;
            parents[anchor.Level] = outline;
            Array.Clear(parents, anchor.Level + 1, parents.Length - anchor.Level - 1);
        }

        document.PageMode = PdfPageMode.UseOutlines;
    }
}
