using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using static Aip.Documents.Tests.Support.Documents;

namespace Aip.Documents.Tests;

public class OutlineTests
{
    [Fact]
    public void Bookmarked_headings_form_an_outline_nested_by_level()
    {
        using var document = Open(Render(
            new Heading("Plan"),
            new Heading("Objective 1", Level: 2),
            new Heading("Initiative 1.1", Level: 3),
            new Heading("Objective 2", Level: 2),
            new Heading("Not in the outline", Level: 2, Bookmark: false),
            new PageBreak(),
            new Heading("Appendix"),
            new Heading("Orphan level 3", Level: 3)));

        Assert.Equal(["Plan", "Appendix"], Titles(document.Outlines));
        var plan = document.Outlines[0];
        Assert.Equal(["Objective 1", "Objective 2"], Titles(plan.Outlines));
        Assert.Equal(["Initiative 1.1"], Titles(plan.Outlines[0].Outlines));
        Assert.Equal(["Orphan level 3"], Titles(document.Outlines[1].Outlines));
    }

    [Fact]
    public void A_bookmark_points_at_the_page_of_its_heading()
    {
        using var document = Open(Render(new Heading("First"), new PageBreak(), new Paragraph("Filler"), new Heading("Second")));

        Assert.Equal(2, document.PageCount);
        Assert.Same(document.Pages[0], document.Outlines[0].DestinationPage);
        Assert.Same(document.Pages[1], document.Outlines[1].DestinationPage);
    }

    [Fact]
    public void A_document_without_bookmarked_headings_has_no_outline()
    {
        using var document = Open(Render(new Heading("Quiet", Bookmark: false), new Paragraph("Body")));

        Assert.Empty(document.Outlines);
    }

    private static PdfDocument Open(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        return PdfReader.Open(stream, PdfDocumentOpenMode.Import);
    }

    private static string[] Titles(PdfOutlineCollection outlines) => [.. outlines.Select(o => o.Title)];
}
