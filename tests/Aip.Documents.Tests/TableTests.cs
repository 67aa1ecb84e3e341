using Aip.Documents.Tests.Support;
using Aip.Testing;
using static Aip.Documents.Tests.Support.Documents;

namespace Aip.Documents.Tests;

public class TableTests
{
    [PdfToolsFact]
    public void A_long_table_spans_pages_and_repeats_its_header_row_on_each()
    {
        var pages = PdfTools.PageTexts(Render(new Heading("Benchmarks"), Benchmarks(120)));

        Assert.True(pages.Count >= 3, $"expected several pages, got {pages.Count}");
        Assert.All(pages, page =>
        {
            Assert.Contains("Benchmark", page, StringComparison.Ordinal);
            Assert.Contains("Owner", page, StringComparison.Ordinal);
            Assert.Contains("Due", page, StringComparison.Ordinal);
        });
        TextAssert.InOrder(string.Join('\n', pages), Enumerable.Range(1, 120).Select(i => $"Row {i}:"));
    }

    [PdfToolsFact]
    public void Rows_are_never_split_between_pages_when_they_fit_on_one()
    {
        var cell = string.Join('\n', Enumerable.Range(1, 8).Select(i => $"Step {i}"));
        var rows = Enumerable.Range(1, 30).Select(i => (IReadOnlyList<string>)[$"Activity {i}", cell]).ToList();
        var pages = PdfTools.PageTexts(Render(new Table([new TableColumn("Activity"), new TableColumn("Steps", 2)], rows)));

        Assert.True(pages.Count > 1);
        Assert.All(pages, page =>
        {
            var steps = page.Split('\n').Count(line => line.Contains("Step ", StringComparison.Ordinal));
            Assert.Equal(0, steps % 8);
        });
    }

    [PdfToolsFact]
    public void A_header_row_is_never_left_at_the_bottom_of_a_page_without_its_whole_first_row()
    {
        var firstRow = string.Join('\n', Enumerable.Range(1, 6).Select(i => $"First row line {i}"));
        var table = new Table([new TableColumn("Quarter"), new TableColumn("Action steps", 3)], [["Sept–Dec", firstRow], ["Jan–March", "Second row"]]);

        // Wherever the table starts on the page, its header shares the page with all of its first row.
        for (var fillerLines = 20; fillerLines <= 70; fillerLines += 2)
        {
            var pages = PdfTools.PageTexts(Render(NumberedLines("Filler", fillerLines), table));
            var headerPage = pages.First(page => page.Contains("Action steps", StringComparison.Ordinal));
            Assert.True(headerPage.Contains("First row line 6", StringComparison.Ordinal), $"After {fillerLines} filler lines the header was left without its first row.");
        }
    }

    [PdfToolsFact]
    public void A_row_taller_than_a_page_is_split_by_lines_under_repeated_headers()
    {
        var pages = PdfTools.PageTexts(Render(new Table(
            [new TableColumn("Evidence", 1), new TableColumn("Notes", 3)],
            [["Walkthrough notes", string.Join('\n', Enumerable.Range(1, 150).Select(i => $"Note {i}"))]])));

        Assert.True(pages.Count >= 3, $"expected the row to span pages, got {pages.Count}");
        Assert.All(pages, page => Assert.Contains("Evidence", page, StringComparison.Ordinal));
        TextAssert.InOrder(string.Join('\n', pages), Enumerable.Range(1, 150).Select(i => $"Note {i}\n"));
    }

    [PdfToolsFact]
    public void Page_count_grows_linearly_with_the_number_of_rows()
    {
        var small = int.Parse(PdfTools.Info(Render(Benchmarks(120)))["Pages"], System.Globalization.CultureInfo.InvariantCulture);
        var large = int.Parse(PdfTools.Info(Render(Benchmarks(480)))["Pages"], System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(large, (4 * small) - 4, 4 * small);
    }

    [PdfToolsFact]
    public void A_definition_list_prints_each_label_beside_its_value()
    {
        var lines = PdfTools.Text(Render(new DefinitionList(
        [
            new Definition("A. Strategic objective", "Improve grade 3 reading"),
            new Definition("B. Initiative", "Weekly data meetings"),
        ]))).Split('\n');

        Assert.Contains(lines, line => line.Contains("A. Strategic objective", StringComparison.Ordinal) && line.Contains("Improve grade 3 reading", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("B. Initiative", StringComparison.Ordinal) && line.Contains("Weekly data meetings", StringComparison.Ordinal));
    }

    [PdfToolsFact]
    public void Table_text_stays_inside_its_cells()
    {
        var pdf = Render(new Table(
            [new TableColumn("Narrow", 1), new TableColumn("Wide", 4)],
            [["Supercalifragilisticexpialidocious-and-then-some", string.Join(' ', Enumerable.Repeat("wrapped text", 40))]]));

        var narrowColumnRight = 54 + (504 / 5.0);
        var words = PdfTools.Words(pdf).Where(w => w.YMin > 70 && w.YMax < 735 && w.XMin < narrowColumnRight).ToList();
        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.True(w.XMax < narrowColumnRight, $"{w.Text} crosses the column border"));
        TextFlowTests.AssertInsideMargins(pdf);
    }
}
