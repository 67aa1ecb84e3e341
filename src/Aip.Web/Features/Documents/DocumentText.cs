namespace Aip.Web.Features.Documents;

/// <summary>How the documents print the district's free text.</summary>
internal static class DocumentText
{
    /// <summary>What an empty optional field prints, so a reader sees it was left empty rather than lost.</summary>
    public const string NotGiven = "Not given";

    public static string OrNotGiven(string? text) => string.IsNullOrWhiteSpace(text) ? NotGiven : text.Trim();

    /// <summary>The text's paragraphs (separated by blank lines); line breaks within a paragraph are kept.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.ReplaceLineEndings("\n")
                .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(p => p.Length > 0)];
}
