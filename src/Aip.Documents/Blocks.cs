namespace Aip.Documents;

/// <summary>A unit of page flow. The renderer knows every kind; callers compose them.</summary>
public abstract record Block;

/// <summary>A section title, level 1 (largest) to 3. With <paramref name="Bookmark"/> it appears in the PDF outline.</summary>
public sealed record Heading(string Text, int Level = 1, bool Bookmark = true) : Block
{
    public int Level { get; } = Level is >= 1 and <= 3
        ? Level
        : throw new ArgumentOutOfRangeException(nameof(Level), Level, "Heading levels are 1 to 3.");
}

/// <summary>Wrapped text; explicit line breaks ("\n") are kept. Splits across pages between lines.</summary>
public sealed record Paragraph(string Text, TextStyle Style = TextStyle.Normal) : Block;

public enum TextStyle
{
    Normal,
    Bold,
    Italic,
    Small,
}

/// <summary>
/// A bordered table. The header row repeats on every page the table continues on; a row moves whole to
/// the next page unless it is taller than a page, in which case it is split between lines.
/// </summary>
public sealed record Table : Block
{
    public Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        var wrongRow = rows.Select((row, index) => (row, index)).FirstOrDefault(r => r.row.Count != columns.Count);
        if (wrongRow.row is not null)
        {
            throw new ArgumentException(
                $"Row {wrongRow.index} has {wrongRow.row.Count} cells; the table has {columns.Count} columns.", nameof(rows));
        }

        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }
}

/// <summary>A column: its header text and its width relative to the other columns.</summary>
public sealed record TableColumn(string Header, double RelativeWidth = 1)
{
    public double RelativeWidth { get; } = RelativeWidth > 0
        ? RelativeWidth
        : throw new ArgumentOutOfRangeException(nameof(RelativeWidth), RelativeWidth, "Column widths are positive.");
}

/// <summary>Label/value pairs side by side (a form-like section, e.g. Strategy Sheet parts A–K).</summary>
public sealed record DefinitionList(IReadOnlyList<Definition> Items) : Block;

public sealed record Definition(string Label, string Value);

/// <summary>
/// Blocks that stay on one page: moved whole to the next page when they do not fit in the space left but
/// would fit on an empty page. Longer content flows normally.
/// </summary>
public sealed record KeepTogether(IReadOnlyList<Block> Blocks) : Block;

/// <summary>Vertical space in points (1/72 inch); dropped at the top of a page.</summary>
public sealed record Spacer(double Points) : Block;

/// <summary>Starts a new page, unless the current page is still empty.</summary>
public sealed record PageBreak : Block;
