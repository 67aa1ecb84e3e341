using Aip.Documents.Layout;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Aip.Documents;

/// <summary>
/// Renders a <see cref="DocumentSpec"/> with PDFsharp: lays out every page first, then draws them, so the
/// footer can say "Page X of Y". Holds no per-render state: one instance can serve concurrent requests.
/// </summary>
public sealed class PdfDocumentRenderer : IDocumentRenderer
{
    public byte[] Render(DocumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        PdfEngine.EnsureConfigured();

        using var type = new Typography();
        var layout = FlowLayout.Lay(spec.Blocks, type);
        PageFrame.Decorate(layout.Pages, spec.Header, spec.Watermark, type);

        using var document = new PdfDocument();
        document.Info.Title = spec.Title;
        document.Info.Author = spec.Author;
        document.Info.Subject = spec.Subject;
        document.Language = "en-US";
        foreach (var content in layout.Pages)
        {
            var page = document.AddPage();
            page.Size = PageSize.Letter;
            using var graphics = XGraphics.FromPdfPage(page);
            Draw(graphics, content);
        }

        AddOutline(document, layout.Anchors);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void Draw(XGraphics graphics, PageContent content)
    {
        // Pens and brushes are mutable PDFsharp objects: made per page, never shared between renders.
        var rulePen = new XPen(Typography.RuleColor, 0.5);
        var shadeBrush = new XSolidBrush(Typography.ShadeColor);
        foreach (var operation in content.Operations)
        {
            switch (operation)
            {
                case TextRun run when run.Text.Length > 0:
                    graphics.DrawString(run.Text, run.Font, new XSolidBrush(run.Color), run.X, run.Top, XStringFormats.TopLeft);
                    break;
                case Rule rule:
                    graphics.DrawLine(rulePen, rule.X1, rule.Y1, rule.X2, rule.Y2);
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
