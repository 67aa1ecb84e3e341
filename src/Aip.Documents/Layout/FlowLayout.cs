using PdfSharp.Drawing;
using static Aip.Documents.Layout.PageGeometry;

namespace Aip.Documents.Layout;

/// <summary>
/// Places blocks on pages top to bottom, deciding page breaks. Vertical space between blocks collapses
/// (the larger of "after" and "before" wins) and is dropped at the top of a page.
/// </summary>
internal sealed class FlowLayout
{
    private const double ParagraphSpaceAfter = 6;
    private const double TableSpaceAfter = 10;
    private const double HeadingSpaceAfter = 4;
    private const double CellPadding = 4;
    private const double DefinitionLabelShare = 0.3;

    private static readonly double[] HeadingSpaceBefore = [16, 12, 8];

    private readonly Typography _type;
    private readonly double _bottom;
    private readonly List<PageContent> _pages = [new()];
    private readonly List<Anchor> _anchors = [];
    private double _y = BodyTop;
    private double _pendingSpace;

    private FlowLayout(Typography type, double bottom)
    {
        _type = type;
        _bottom = bottom;
    }

    public static LaidOutDocument Lay(IEnumerable<Block> blocks, Typography type)
    {
        var flow = new FlowLayout(type, BodyBottom);
        flow.AddAll(blocks);
        return new LaidOutDocument(flow._pages, flow._anchors);
    }

    private List<DrawOperation> Page => _pages[^1].Operations;

    private bool AtPageTop => _y <= BodyTop;

    private double Room => _bottom - _y;

    private void AddAll(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            Add(block);
        }
    }

    private void Add(Block block)
    {
        switch (block)
        {
            case Heading heading:
                AddHeading(heading);
                break;
            case Paragraph paragraph:
                AddParagraph(paragraph);
                break;
            case Table table:
                AddTable(table);
                break;
            case DefinitionList list:
                AddDefinitionList(list);
                break;
            case KeepTogether group:
                AddKeepTogether(group);
                break;
            case Spacer spacer:
                _pendingSpace += Math.Max(0, spacer.Points);
                break;
            case PageBreak when !AtPageTop:
                NewPage();
                break;
            case PageBreak:
                break;
            default:
                throw new NotSupportedException($"Unknown block type {block.GetType().Name}.");
        }
    }

    private void AddHeading(Heading heading)
    {
        var font = _type.Heading(heading.Level);
        var lineHeight = Typography.LineHeight(font);
        var lines = _type.Wrap(heading.Text, font, BodyWidth);
        StartBlock(HeadingSpaceBefore[heading.Level - 1]);

        // Keep a heading with at least two lines of what follows it.
        var keepWithNext = 2 * Typography.LineHeight(_type.Body);
        if (!AtPageTop && lines.Count * lineHeight + keepWithNext > Room)
        {
            NewPage();
        }

        if (heading.Bookmark)
        {
            _anchors.Add(new Anchor(string.Join(' ', lines), heading.Level, _pages.Count - 1, _y));
        }

        AddLines(lines, font, Typography.Accent, lineHeight);
        _pendingSpace = HeadingSpaceAfter;
    }

    private void AddParagraph(Paragraph paragraph)
    {
        var font = _type.Paragraph(paragraph.Style);
        StartBlock(0);
        AddLines(_type.Wrap(paragraph.Text, font, BodyWidth), font, Typography.Ink, Typography.LineHeight(font));
        _pendingSpace = ParagraphSpaceAfter;
    }

    private void AddLines(IReadOnlyList<string> lines, XFont font, XColor color, double lineHeight)
    {
        foreach (var line in lines)
        {
            if (!AtPageTop && lineHeight > Room)
            {
                NewPage();
            }

            Page.Add(new TextRun(line, font, color, BodyLeft, _y));
            _y += lineHeight;
        }
    }

    private void AddKeepTogether(KeepTogether group)
    {
        var probe = new FlowLayout(_type, double.PositiveInfinity);
        probe.AddAll(group.Blocks);
        var height = probe._y - BodyTop;
        var spaceBefore = Math.Max(_pendingSpace, group.Blocks is [Heading h, ..] ? HeadingSpaceBefore[h.Level - 1] : 0);
        if (!AtPageTop && spaceBefore + height > Room && height <= BodyBottom - BodyTop)
        {
            NewPage();
        }

        AddAll(group.Blocks);
    }

    private void AddTable(Table table)
    {
        var total = table.Columns.Sum(c => c.RelativeWidth);
        var grid = new Grid(
            [.. table.Columns.Select(c => BodyWidth * c.RelativeWidth / total)],
            [.. table.Columns.Select(c => c.Header)],
            LabelColumn: false);
        AddGrid(grid, table.Rows);
    }

    private void AddDefinitionList(DefinitionList list)
    {
        var grid = new Grid([BodyWidth * DefinitionLabelShare, BodyWidth * (1 - DefinitionLabelShare)], Header: null, LabelColumn: true);
        AddGrid(grid, [.. list.Items.Select(item => (IReadOnlyList<string>)[item.Label, item.Value])]);
    }

    private void AddGrid(Grid grid, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var lineHeight = Math.Max(Typography.LineHeight(_type.Cell), Typography.LineHeight(_type.CellBold));
        var header = grid.Header is null ? null : WrapRow(grid, grid.Header, isHeader: true);
        var headerHeight = header is null ? 0 : RowHeight(header.Length, lineHeight);
        StartBlock(0);

        // Never leave a header row at the bottom of a page without its first row: the whole row when it fits on a page
        // under the header, else (it will be split anyway) at least its first line.
        if (!AtPageTop && rows.Count > 0)
        {
            var firstRowHeight = RowHeight(WrapRow(grid, rows[0], isHeader: false).Length, lineHeight);
            var keptWithHeader = firstRowHeight <= BodyBottom - BodyTop - headerHeight ? firstRowHeight : RowHeight(1, lineHeight);
            if (headerHeight + keptWithHeader > Room)
            {
                NewPage();
            }
        }

        DrawHeader();
        foreach (var cells in rows)
        {
            var row = WrapRow(grid, cells, isHeader: false);
            var height = RowHeight(row.Length, lineHeight);
            if (height > Room && height <= BodyBottom - BodyTop - headerHeight)
            {
                ContinueOnNextPage();
            }

            // A row taller than a page is split between lines, continuing under a repeated header.
            var from = 0;
            var onFreshPage = false;
            while (from < row.Length)
            {
                var fit = LinesThatFit(lineHeight);
                if (fit < 1)
                {
                    if (onFreshPage)
                    {
                        throw new InvalidOperationException("The table header leaves no room for a row on an empty page.");
                    }

                    ContinueOnNextPage();
                    onFreshPage = true;
                    continue;
                }

                var take = Math.Min(fit, row.Length - from);
                DrawRow(grid, row, from, take, lineHeight);
                from += take;
                if (from < row.Length)
                {
                    ContinueOnNextPage();
                    onFreshPage = true;
                }
            }
        }

        _pendingSpace = TableSpaceAfter;

        void DrawHeader()
        {
            if (header is not null)
            {
                DrawRow(grid, header, 0, header.Length, lineHeight);
            }
        }

        void ContinueOnNextPage()
        {
            NewPage();
            DrawHeader();
        }
    }

    private WrappedRow WrapRow(Grid grid, IReadOnlyList<string> cells, bool isHeader)
    {
        var wrapped = cells.Select((text, column) =>
        {
            var font = isHeader || (grid.LabelColumn && column == 0) ? _type.CellBold : _type.Cell;
            return (font, lines: _type.Wrap(text, font, grid.Widths[column] - (2 * CellPadding)));
        }).ToArray();
        return new WrappedRow([.. wrapped.Select(c => c.lines)], [.. wrapped.Select(c => c.font)], isHeader);
    }

    private void DrawRow(Grid grid, WrappedRow row, int from, int count, double lineHeight)
    {
        var height = RowHeight(count, lineHeight);
        var right = BodyLeft + grid.Widths.Sum();
        if (row.IsHeader)
        {
            Page.Add(new Shade(BodyLeft, _y, right - BodyLeft, height));
        }
        else if (grid.LabelColumn)
        {
            Page.Add(new Shade(BodyLeft, _y, grid.Widths[0], height));
        }

        var x = BodyLeft;
        for (var column = 0; column < grid.Widths.Length; column++)
        {
            var lines = row.Cells[column];
            for (var i = from; i < Math.Min(from + count, lines.Count); i++)
            {
                Page.Add(new TextRun(lines[i], row.Fonts[column], Typography.Ink, x + CellPadding, _y + CellPadding + ((i - from) * lineHeight)));
            }

            if (column > 0)
            {
                Page.Add(new Rule(x, _y, x, _y + height));
            }

            x += grid.Widths[column];
        }

        // The row's outline in one operation; the rules between its cells inside it.
        Page.Add(new Frame(BodyLeft, _y, right - BodyLeft, height));
        _y += height;
    }

    private int LinesThatFit(double lineHeight) =>
        double.IsPositiveInfinity(Room) ? int.MaxValue : (int)Math.Floor((Room - (2 * CellPadding)) / lineHeight);

    private static double RowHeight(int lines, double lineHeight) => (lines * lineHeight) + (2 * CellPadding);

    private void StartBlock(double spaceBefore)
    {
        if (!AtPageTop)
        {
            _y += Math.Max(_pendingSpace, spaceBefore);
        }

        _pendingSpace = 0;
    }

    private void NewPage()
    {
        _pages.Add(new PageContent());
        _y = BodyTop;
    }

    private sealed record Grid(double[] Widths, string[]? Header, bool LabelColumn);

    /// <summary>A row's cells as wrapped lines; its line count is the tallest cell's.</summary>
    private sealed record WrappedRow(IReadOnlyList<string>[] Cells, XFont[] Fonts, bool IsHeader)
    {
        public int Length { get; } = Math.Max(1, Cells.Max(c => c.Count));
    }
}
