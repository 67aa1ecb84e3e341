namespace Aip.Documents;

/// <summary>
/// What to print: metadata, the running page header and the blocks in reading order. Built in code by the
/// caller; <see cref="IDocumentRenderer"/> turns it into a PDF on US Letter pages.
/// </summary>
public sealed record DocumentSpec
{
    /// <summary>The document title, also stored in the PDF metadata.</summary>
    public required string Title { get; init; }

    public string Author { get; init; } = string.Empty;

    public string Subject { get; init; } = string.Empty;

    /// <summary>Printed at the top of every page; the footer ("Page X of Y") needs no input.</summary>
    public required PageHeader Header { get; init; }

    public required IReadOnlyList<Block> Blocks { get; init; }

    /// <summary>
    /// A word printed large and light across every page, under the text ("DRAFT" on a plan or report that is not
    /// approved or published); null for none.
    /// </summary>
    public string? Watermark { get; init; }
}

/// <summary>The running header: organization (e.g. district) and date on one line, the document title below.</summary>
public sealed record PageHeader(string Organization, string DocumentTitle, string Date);
