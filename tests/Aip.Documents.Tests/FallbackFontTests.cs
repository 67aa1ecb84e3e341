using Aip.Documents.Tests.Support;
using Aip.Testing;
using Microsoft.Extensions.Logging;
using static Aip.Documents.Tests.Support.Documents;

namespace Aip.Documents.Tests;

/// <summary>Chinese, Japanese and Korean names, which DejaVu Sans lacks, printed with the fallback font.</summary>
public class FallbackFontTests
{
    private const string Chinese = "李明华";
    private const string Japanese = "山田太郎（やまだ たろう）";
    private const string Korean = "김민수";

    [CjkFontFact]
    public void Cjk_names_read_back_as_written_and_the_fallback_font_is_embedded()
    {
        var spec = Spec(
            new Heading($"Objective 1 — lead {Chinese}"),
            new Paragraph($"Initiative lead: {Japanese}, with {Korean}."),
            new DefinitionList([new Definition("B. Overall lead", Korean)]),
            new Table([new TableColumn("Lead", 1), new TableColumn("Role", 1)], [[Chinese, "Principal"]])) with
        {
            Header = new PageHeader($"{Chinese}学区 Public Schools", HeaderTitle, Date),
        };
        var pdf = Renderer.Render(spec);

        var text = Squeezed(PdfTools.Text(pdf));
        Assert.All([Chinese, Squeezed(Japanese), Korean, $"{Chinese}学区"], name => Assert.Contains(name, text, StringComparison.Ordinal));
        var fonts = PdfTools.Fonts(pdf);
        Assert.Contains(fonts, font => font.Name.EndsWith("+Droid", StringComparison.Ordinal) && font.Embedded);
        Assert.Contains(fonts, font => font.Name.Contains("DejaVu", StringComparison.Ordinal) && font.Embedded);
        Assert.All(fonts, font => Assert.True(font.Embedded, $"{font.Name} is not embedded"));
    }

    [CjkFontFact]
    public void Latin_text_beside_cjk_stays_in_dejavu()
    {
        // The same Latin sentence with and without a CJK name after it: the Latin words sit at the same places.
        const string Latin = "Initiative lead: Principal Alvarez and";
        var alone = PdfTools.Words(Render(new Paragraph(Latin)));
        var mixed = PdfTools.Words(Render(new Paragraph($"{Latin} {Chinese}")));

        var latinWords = alone.Where(word => Latin.Split(' ').Contains(word.Text)).ToList();
        Assert.Equal(5, latinWords.Count);
        Assert.All(latinWords, word =>
        {
            var same = Assert.Single(mixed, m => m.Text == word.Text);
            Assert.Equal(word.XMin, same.XMin, 1);
            Assert.Equal(word.XMax, same.XMax, 1);
        });
        Assert.DoesNotContain(PdfTools.Fonts(Render(new Paragraph(Latin))), font => font.Name.Contains("Droid", StringComparison.Ordinal));
    }

    [CjkFontFact]
    public void Cjk_text_without_spaces_wraps_between_characters_and_fits_the_width()
    {
        var longName = string.Concat(Enumerable.Repeat("东京都立山田高等学校", 12));
        var pdf = Render(new Paragraph($"Riverton {longName} Public Schools"), new Table([new TableColumn("Lead", 1), new TableColumn("Notes", 3)], [[longName, "ok"]]));

        TextFlowTests.AssertInsideMargins(pdf);
        var lines = PdfTools.Text(pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // The CJK run starts on the first line after "Riverton" instead of leaving that line nearly empty.
        Assert.Contains(lines, line => line.Contains("Riverton 东京都", StringComparison.Ordinal));
        Assert.Equal(2, CountOccurrences(Squeezed(PdfTools.DrawnText(pdf)), longName));
    }

    [CjkFontFact]
    public void Bold_and_italic_cjk_text_uses_the_fallback_font_too()
    {
        // The fallback has one face; PDFsharp makes it bold or oblique.
        var pdf = Render(new Paragraph(Korean, TextStyle.Bold), new Paragraph(Japanese, TextStyle.Italic));

        Assert.Contains(PdfTools.Fonts(pdf), font => font.Name.EndsWith("+Droid", StringComparison.Ordinal) && font.Embedded);
        var text = Squeezed(PdfTools.Text(pdf));
        Assert.Contains(Korean, text, StringComparison.Ordinal);
        Assert.Contains(Squeezed(Japanese), text, StringComparison.Ordinal);
    }

    [CjkFontFact]
    public void A_line_is_cut_into_runs_where_the_font_changes_and_measured_as_their_sum()
    {
        var family = Fonts.FallbackFaces.TryLoad(DocumentFonts.DefaultFallbackPath, out _);
        using var type = new Layout.Typography(family);

        var runs = type.Runs("Lead: 李明华 (Riverton)", type.Body);

        Assert.Equal(["Lead: ", "李明华", " (Riverton)"], runs.Select(r => r.Text));
        Assert.Same(type.Body, runs[0].Font);
        Assert.NotSame(type.Body, runs[1].Font);
        Assert.Same(type.Body, runs[2].Font);
        Assert.Equal(runs.Sum(type.MeasureRun), type.Measure("Lead: 李明华 (Riverton)", type.Body), 6);
        Assert.Equal([type.Body], type.Runs("Café – “quoted”", type.Body).Select(r => r.Font));
    }

    [PdfToolsFact]
    public void A_missing_fallback_font_is_logged_once_and_documents_still_print_with_dejavu()
    {
        var logger = new ListLogger<PdfDocumentRenderer>();
        var renderer = new PdfDocumentRenderer(new DocumentFonts { FallbackPath = "/nowhere/no-such-font.ttf" }, logger);

        var first = renderer.Render(Spec(new Paragraph($"Lead: {Chinese}")));
        var second = renderer.Render(Spec(new Paragraph($"Lead: {Korean}")));

        Assert.False(renderer.HasFallbackFont);
        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("/nowhere/no-such-font.ttf", warning.Message, StringComparison.Ordinal);
        Assert.All([first, second], pdf =>
        {
            Assert.Contains("Lead:", PdfTools.Text(pdf), StringComparison.Ordinal);
            Assert.All(PdfTools.Fonts(pdf), font => Assert.Contains("DejaVu", font.Name, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void A_font_collection_is_refused_with_a_reason_in_the_log()
    {
        var collection = Path.Combine(Path.GetTempPath(), $"aip-test-{Guid.NewGuid():N}.ttc");
        File.WriteAllBytes(collection, [.. "ttcf"u8, 0, 1, 0, 0]);
        try
        {
            var logger = new ListLogger<PdfDocumentRenderer>();
            var renderer = new PdfDocumentRenderer(new DocumentFonts { FallbackPath = collection }, logger);

            Assert.False(renderer.HasFallbackFont);
            Assert.Contains(".ttc", Assert.Single(logger.Entries).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(collection);
        }
    }

    [Fact]
    public void No_fallback_path_means_no_fallback_and_nothing_logged()
    {
        var logger = new ListLogger<PdfDocumentRenderer>();

        Assert.False(new PdfDocumentRenderer(new DocumentFonts { FallbackPath = "" }, logger).HasFallbackFont);
        Assert.Empty(logger.Entries);
    }

    private static int CountOccurrences(string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
