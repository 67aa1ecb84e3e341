using Aip.Documents.Tests.Support;
using Aip.Testing;
using static Aip.Documents.Tests.Support.Documents;

namespace Aip.Documents.Tests;

public class PageFrameTests
{
    [PdfToolsFact]
    public void Every_page_has_the_header_and_a_page_x_of_n_footer()
    {
        var pages = PdfTools.PageTexts(Render(NumberedLines("Line", 150)));

        Assert.Equal(3, pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains(Organization, pages[i], StringComparison.Ordinal);
            Assert.Contains(HeaderTitle, pages[i], StringComparison.Ordinal);
            Assert.Contains(Date, pages[i], StringComparison.Ordinal);
            Assert.Contains($"Page {i + 1} of 3", pages[i], StringComparison.Ordinal);
        }
    }

    [PdfToolsFact]
    public void A_watermark_is_on_every_page_under_the_text_and_none_without_one()
    {
        var marked = Renderer.Render(Spec(NumberedLines("Line", 150)) with { Watermark = "DRAFT" });
        var plain = Render(NumberedLines("Line", 150));

        Assert.Equal([true, true, true], PdfTools.WatermarkedPages(marked, "DRAFT"));
        Assert.Equal([false, false, false], PdfTools.WatermarkedPages(plain, "DRAFT"));
        // The body text is all still there and in place.
        Assert.Equal(PdfTools.Words(plain).Count(w => w.Text == "Line"), PdfTools.Words(marked).Count(w => w.Text == "Line"));
    }

    [PdfToolsFact]
    public void The_header_and_footer_stay_clear_of_the_body()
    {
        var words = PdfTools.Words(Render(NumberedLines("Line", 150)));

        var body = words.Where(w => w.Text == "Line").ToList();
        var header = words.Where(w => w.Text is "Springfield" or "Accelerated").ToList();
        var footer = words.Where(w => w.Text == "Page").ToList();
        Assert.All(body, w => Assert.True(w.YMin > header.Max(h => h.YMax) + 10 && w.YMax < footer.Min(f => f.YMin) - 10, $"{w} overlaps the header or footer"));
        TextFlowTests.AssertInsideMargins(Render(NumberedLines("Line", 150)));
    }

    [PdfToolsFact]
    public void A_long_organization_name_is_shortened_so_it_never_runs_into_the_date()
    {
        var spec = Spec(new Paragraph("Body")) with
        {
            Header = new PageHeader(string.Join(' ', Enumerable.Repeat("Very Long Regional Vocational Technical School District", 4)), HeaderTitle, Date),
        };
        var pdf = Renderer.Render(spec);

        var words = PdfTools.Words(pdf).Where(w => w.YMax < 60).ToList();
        var dateStart = words.Where(w => w.Text == "October").Min(w => w.XMin);
        Assert.All(words.Where(w => w.YMin < 45 && w.XMin < dateStart), w => Assert.True(w.XMax < dateStart - 6, $"{w.Text} runs into the date"));
        Assert.Contains("…", PdfTools.Text(pdf), StringComparison.Ordinal);
    }

    [PdfToolsFact]
    public void Title_author_and_subject_are_in_the_metadata_and_pages_are_us_letter()
    {
        var info = PdfTools.Info(Render(new Paragraph("Body")));

        Assert.Equal("Accelerated Improvement Plan", info["Title"]);
        Assert.Equal("Massachusetts DESE", info["Author"]);
        Assert.Equal("Strategy Sheet", info["Subject"]);
        Assert.StartsWith("612 x 792 pts (letter)", info["Page size"], StringComparison.Ordinal);
    }

    [PdfToolsFact]
    public void Only_the_embedded_dejavu_fonts_are_used()
    {
        var fonts = PdfTools.Fonts(Render(new Heading("Heading"), new Paragraph("Body"), new Paragraph("Italic", TextStyle.Italic)));

        Assert.NotEmpty(fonts);
        Assert.All(fonts, font =>
        {
            Assert.Contains("DejaVu", font.Name, StringComparison.Ordinal);
            Assert.True(font.Embedded, $"{font.Name} is not embedded");
        });
    }
}
