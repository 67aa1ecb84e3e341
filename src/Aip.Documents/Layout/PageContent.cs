using PdfSharp.Drawing;

namespace Aip.Documents.Layout;

/// <summary>What the layout decided for one page, drawn only once the page count is known.</summary>
internal sealed class PageContent
{
    public List<DrawOperation> Operations { get; } = [];
}

internal abstract record DrawOperation;

/// <summary>One line of text; <see cref="Top"/> is the top of its line box.</summary>
internal sealed record TextRun(string Text, XFont Font, XColor Color, double X, double Top) : DrawOperation;

/// <summary>A thin grey line (table borders, header and footer rules).</summary>
internal sealed record Rule(double X1, double Y1, double X2, double Y2) : DrawOperation;

/// <summary>A rectangle outlined with the same thin grey line (a table row's border).</summary>
internal sealed record Frame(double X, double Y, double Width, double Height) : DrawOperation;

/// <summary>A light background (table header row, definition labels).</summary>
internal sealed record Shade(double X, double Y, double Width, double Height) : DrawOperation;

/// <summary>A word across the page, large, light and turned, drawn before (under) everything else.</summary>
internal sealed record Watermark(string Text, XFont Font) : DrawOperation;

/// <summary>An outline (bookmark) entry pointing at a heading.</summary>
internal sealed record Anchor(string Title, int Level, int PageIndex, double Top);

internal sealed record LaidOutDocument(IReadOnlyList<PageContent> Pages, IReadOnlyList<Anchor> Anchors);
