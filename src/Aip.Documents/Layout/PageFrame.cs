using static Aip.Documents.Layout.PageGeometry;

namespace Aip.Documents.Layout;

/// <summary>The running header, the "Page X of Y" footer and any watermark, added once the page count is known.</summary>
internal static class PageFrame
{
    private const double FieldGap = 12;

    public static void Decorate(IReadOnlyList<PageContent> pages, PageHeader header, string? watermark, Typography type)
    {
        var date = type.Truncate(header.Date, type.Small, BodyWidth / 3);
        var dateWidth = type.Measure(date, type.Small);
        var organization = type.Truncate(header.Organization, type.SmallBold, BodyWidth - dateWidth - FieldGap);
        var title = type.Truncate(header.DocumentTitle, type.Small, BodyWidth);
        var lineHeight = Typography.LineHeight(type.SmallBold);

        for (var index = 0; index < pages.Count; index++)
        {
            if (!string.IsNullOrWhiteSpace(watermark))
            {
                pages[index].Operations.Insert(0, new Watermark(watermark, type.Watermark));
            }

            var footer = $"Page {index + 1} of {pages.Count}";
            pages[index].Operations.AddRange(
            [
                new TextRun(organization, type.SmallBold, Typography.Accent, BodyLeft, HeaderTop),
                new TextRun(date, type.Small, Typography.Muted, BodyRight - dateWidth, HeaderTop),
                new TextRun(title, type.Small, Typography.Muted, BodyLeft, HeaderTop + lineHeight),
                new Rule(BodyLeft, HeaderRule, BodyRight, HeaderRule),
                new Rule(BodyLeft, FooterRule, BodyRight, FooterRule),
                new TextRun(footer, type.Small, Typography.Muted, (Width - type.Measure(footer, type.Small)) / 2, FooterTop),
            ]);
        }
    }
}
