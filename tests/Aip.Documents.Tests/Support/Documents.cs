namespace Aip.Documents.Tests.Support;

/// <summary>Test documents: one renderer for all tests (as the web app has), specs with a fixed header.</summary>
internal static class Documents
{
    public const string Organization = "Springfield Public Schools";
    public const string HeaderTitle = "Accelerated Improvement Plan 2025–2026";
    public const string Date = "October 14, 2025";

    public static IDocumentRenderer Renderer { get; } = new PdfDocumentRenderer();

    public static DocumentSpec Spec(params Block[] blocks) => new()
    {
        Title = "Accelerated Improvement Plan",
        Author = "Massachusetts DESE",
        Subject = "Strategy Sheet",
        Header = new PageHeader(Organization, HeaderTitle, Date),
        Blocks = blocks,
    };

    public static byte[] Render(params Block[] blocks) => Renderer.Render(Spec(blocks));

    /// <summary>A table of benchmarks with <paramref name="rows"/> rows, numbered "Row 1", "Row 2", ….</summary>
    public static Table Benchmarks(int rows) => new(
        [new TableColumn("Benchmark", 3), new TableColumn("Owner", 1.5), new TableColumn("Due", 1)],
        [.. Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string>)[$"Row {i}: students meet the interim target", "Principal", "June 2026"])]);

    /// <summary>Lines "{prefix} 1" … "{prefix} n" as one paragraph with explicit line breaks.</summary>
    public static Paragraph NumberedLines(string prefix, int count) =>
        new(string.Join('\n', Enumerable.Range(1, count).Select(i => $"{prefix} {i}")));

    /// <summary>Whitespace removed, so text broken across lines can be found again.</summary>
    public static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
