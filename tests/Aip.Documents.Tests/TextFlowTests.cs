using System.Text;
using Aip.Documents.Tests.Support;
using Aip.Testing;
using static Aip.Documents.Tests.Support.Documents;

namespace Aip.Documents.Tests;

public class TextFlowTests
{
    [PdfToolsFact]
    public void Blocks_appear_in_the_order_they_were_given()
    {
        var text = PdfTools.Text(Render(
            new Heading("Objective 1: Literacy"),
            new Paragraph("First paragraph about reading."),
            new Heading("Initiative 1.1", Level: 2),
            new Paragraph("Second paragraph about coaching.", TextStyle.Italic),
            new Paragraph("Third paragraph in small print.", TextStyle.Small)));

        TextAssert.InOrder(text, ["Objective 1: Literacy", "First paragraph", "Initiative 1.1", "Second paragraph", "Third paragraph"]);
    }

    [PdfToolsFact]
    public void Explicit_line_breaks_start_new_lines()
    {
        var lines = PdfTools.Text(Render(new Paragraph("Line one\nLine two\r\nLine three"))).Split('\n').Select(l => l.Trim()).ToList();

        Assert.Contains("Line one", lines);
        Assert.Contains("Line two", lines);
        Assert.Contains("Line three", lines);
    }

    [PdfToolsFact]
    public void Long_text_wraps_within_the_margins()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("Teachers use common assessments to adjust instruction.", 30));
        var pdf = Render(new Paragraph(sentence));

        Assert.Contains(Squeezed(sentence), Squeezed(PdfTools.Text(pdf)), StringComparison.Ordinal);
        AssertInsideMargins(pdf);
    }

    [PdfToolsFact]
    public void A_word_longer_than_a_line_is_broken_by_characters_and_nothing_is_lost()
    {
        var token = string.Concat(Enumerable.Range(0, 300).Select(i => (char)('a' + (i % 26))));
        var pdf = Render(new Paragraph($"Before {token} after."));

        var text = PdfTools.Text(pdf);
        Assert.Contains(token, Squeezed(text), StringComparison.Ordinal);
        Assert.True(text.Split('\n').Count(line => line.Contains("abcdefghij", StringComparison.Ordinal)) >= 3, "the token should span several lines");
        AssertInsideMargins(pdf);
    }

    [PdfToolsFact]
    public void A_long_url_is_broken_inside_the_margins()
    {
        const string Url = "https://www.doe.mass.edu/turnaround/accelerated-improvement-plans/district-resources/strategy-sheet-guidance-2025-2026-final-version-with-appendices.pdf?download=true&lang=en";
        var pdf = Render(new Paragraph($"See {Url} for guidance."), new Table([new TableColumn("Link", 1), new TableColumn("Notes", 1)], [[Url, string.Empty]]));

        Assert.Equal(2, CountOccurrences(Squeezed(PdfTools.Text(pdf)), Url));
        AssertInsideMargins(pdf);
    }

    [PdfToolsFact]
    public void Accents_quotes_dashes_and_non_latin_names_round_trip()
    {
        string[] samples =
        [
            "Café résumé, niño, façade",
            "“Curly double” and ‘single’ quotes",
            "en – dash and em — dash",
            "Ελληνικά: Αθηνά Παπαδοπούλου",
            "Русский: Анна Кузнецова",
            "Nguyễn Thị Minh Khai",
        ];
        var text = PdfTools.Text(Render([.. samples.Select(s => new Paragraph(s))])).Normalize(NormalizationForm.FormC);

        Assert.All(samples, sample => Assert.Contains(sample, text, StringComparison.Ordinal));
    }

    [PdfToolsFact]
    public void Letters_with_stacked_accents_are_drawn_with_their_accents()
    {
        // DejaVu builds these from nested composite glyphs; a subset missing the inner accents draws bare letters.
        var accented = PdfTools.DarkPixels(Render(new Paragraph("Nguyễn ế ẫ ộ ừ"), new Paragraph("Nguyễn", TextStyle.Bold), new Paragraph("Nguyễn", TextStyle.Italic)));
        var bare = PdfTools.DarkPixels(Render(new Paragraph("Nguyen e a o u"), new Paragraph("Nguyen", TextStyle.Bold), new Paragraph("Nguyen", TextStyle.Italic)));

        Assert.True(accented > bare + 100, $"accented text has {accented} dark pixels, bare text {bare}: accents are missing");
    }

    [PdfToolsFact]
    public void Keep_together_moves_a_block_that_does_not_fit_to_the_next_page()
    {
        Block[] kept = [.. Enumerable.Range(1, 6).Select(i => new Paragraph($"Kept line {i}"))];

        var flowing = PdfTools.PageTexts(Render(NumberedLines("Filler", 50), new Paragraph("Start"), kept[0], kept[1], kept[2], kept[3], kept[4], kept[5]));
        var together = PdfTools.PageTexts(Render(NumberedLines("Filler", 50), new Paragraph("Start"), new KeepTogether(kept)));

        Assert.Contains("Kept line 1", flowing[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Kept line", together[0], StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 6), i => Assert.Contains($"Kept line {i}", together[1], StringComparison.Ordinal));
    }

    [PdfToolsFact]
    public void Keep_together_longer_than_a_page_flows_instead_of_leaving_a_blank_page()
    {
        var pages = PdfTools.PageTexts(Render(new Paragraph("Intro"), new KeepTogether([NumberedLines("Long", 120)])));

        Assert.Contains("Long 1", pages[0], StringComparison.Ordinal);
        Assert.Equal(3, pages.Count);
    }

    [PdfToolsFact]
    public void A_heading_is_not_left_alone_at_the_bottom_of_a_page()
    {
        var pages = PdfTools.PageTexts(Render(NumberedLines("Filler", 54), new Heading("Objective 2"), new Paragraph("Body of objective 2")));

        Assert.DoesNotContain("Objective 2", pages[0], StringComparison.Ordinal);
        Assert.Contains("Objective 2", pages[1], StringComparison.Ordinal);
    }

    [PdfToolsFact]
    public void Page_break_starts_a_new_page_but_never_an_empty_one()
    {
        var pages = PdfTools.PageTexts(Render(new PageBreak(), new Paragraph("One"), new PageBreak(), new PageBreak(), new Spacer(30), new Paragraph("Two")));

        Assert.Equal(2, pages.Count);
        Assert.Contains("One", pages[0], StringComparison.Ordinal);
        Assert.Contains("Two", pages[1], StringComparison.Ordinal);
    }

    private static int CountOccurrences(string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    /// <summary>Every word lies between the side margins (0.75 in) and inside the page.</summary>
    internal static void AssertInsideMargins(byte[] pdf)
    {
        const double Tolerance = 0.5;
        var words = PdfTools.Words(pdf);
        Assert.NotEmpty(words);
        Assert.All(words, word =>
        {
            Assert.InRange(word.XMin, 54 - Tolerance, 558 + Tolerance);
            Assert.InRange(word.XMax, 54 - Tolerance, 558 + Tolerance);
            Assert.InRange(word.YMin, 0, 792);
            Assert.InRange(word.YMax, 0, 792);
        });
    }
}
