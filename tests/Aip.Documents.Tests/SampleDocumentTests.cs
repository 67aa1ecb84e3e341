using PdfSharp.Pdf.IO;

namespace Aip.Documents.Tests;

/// <summary>
/// A plan-like document using every block, written to the temp folder (aip-pdf-sample.pdf) so a person can
/// look at it: <c>pdftoppm -png -r 60 /tmp/aip-pdf-sample.pdf /tmp/aip-pdf-page</c>.
/// </summary>
public class SampleDocumentTests
{
    public static DocumentSpec Sample() => new()
    {
        Title = "Accelerated Improvement Plan — Strategy Sheet",
        Author = "Springfield Public Schools",
        Subject = "Accelerated Improvement Plan 2025–2026",
        Header = new PageHeader("Springfield Public Schools", "Accelerated Improvement Plan 2025–2026 · Strategy Sheet", "October 14, 2025"),
        Blocks =
        [
            new Heading("Strategy Sheet: Objective 1"),
            new Paragraph("This strategy sheet describes how the district will improve early literacy. It was drafted by the district leadership team with principals, coaches and families, and reviewed by the assistance team. Notes from Nguyễn Thị Minh Khai, Αθηνά Παπαδοπούλου and Анна Кузнецова are included."),
            new DefinitionList(
            [
                new Definition("A. Strategic objective", "All students read on grade level by the end of grade 3."),
                new Definition("B. Initiative", "Weekly data meetings in every elementary school, using common “check for understanding” assessments."),
                new Definition("C. Rationale", "Schools that met weekly to adjust instruction closed about half of the gap in one year – see the district’s 2024 review.\nSecond paragraph of the rationale."),
                new Definition("D. Person responsible", "Assistant Superintendent for Teaching and Learning"),
                new Definition("E. Early evidence of change", "Teachers bring student work to every meeting; coaches log next steps."),
                new Definition("F. Resources", "https://www.doe.mass.edu/turnaround/accelerated-improvement-plans/district-resources/strategy-sheet-guidance.pdf"),
            ]),
            new Heading("Process benchmarks", Level: 2),
            new Table(
                [new TableColumn("Benchmark", 3), new TableColumn("Owner", 1.5), new TableColumn("Due", 1), new TableColumn("Status", 1)],
                [.. Enumerable.Range(1, 45).Select(i => (IReadOnlyList<string>)[
                    i % 7 == 0
                        ? $"Benchmark {i}: a longer description that wraps across several lines of the cell so the row is taller than the others, with more detail about who does what and when."
                        : $"Benchmark {i}: coaches observe data meetings",
                    i % 2 == 0 ? "Principal" : "Literacy coach",
                    $"{(i % 12) + 1}/30/2026",
                    i % 3 == 0 ? "Met" : "In progress"])]),
            new KeepTogether(
            [
                new Heading("Performance benchmark", Level: 3),
                new Paragraph("By June 2026, 60% of grade 3 students score Meeting or Exceeding on MCAS ELA (from 41% in 2025)."),
                new Paragraph("Measured with the spring MCAS results and the district’s interim assessments.", TextStyle.Italic),
            ]),
            new Spacer(12),
            new Paragraph("Approved by the School Committee on 10/01/2025.", TextStyle.Small),
            new PageBreak(),
            new Heading("Appendix"),
            new Paragraph($"Token test: {string.Concat(Enumerable.Range(0, 300).Select(i => (char)('a' + (i % 26))))}"),
            new Heading("Evidence log", Level: 2),
            new Table(
                [new TableColumn("Date", 1), new TableColumn("Evidence", 1.5), new TableColumn("Notes from the walkthroughs", 4)],
                [
                    ["09/15/2025", "Walkthrough notes", string.Join('\n', Enumerable.Range(1, 90).Select(i => $"Note {i}: classroom {i % 12 + 1} used the common assessment."))],
                    ["10/01/2025", "Data meeting minutes", "Short row after the split row."],
                ]),
        ],
    };

    [Fact]
    public void The_sample_document_renders_to_a_readable_pdf()
    {
        var pdf = new PdfDocumentRenderer().Render(Sample());
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "aip-pdf-sample.pdf"), pdf);

        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        Assert.True(document.PageCount >= 3);
    }
}
