using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Aip.Testing;

/// <summary>Reads rendered PDFs back with poppler-utils, as a person's PDF viewer would see them.</summary>
public static partial class PdfTools
{
    private static readonly string[] Tools = ["pdftotext", "pdfinfo", "pdffonts", "pdftoppm"];

    /// <summary>Why PDF tests cannot run here, or null when every tool is on the PATH.</summary>
    public static string? MissingReason { get; } = FindMissing();

    /// <summary>The text of each page, laid out as on the page (<c>pdftotext -layout</c>).</summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        var text = Run(pdf, "pdftotext", "-layout", "-enc", "UTF-8", "{file}", "-");
        // pdftotext ends every page with a form feed.
        return text.Split('\f')[..^1];
    }

    public static string Text(byte[] pdf) => string.Join('\n', PageTexts(pdf));

    /// <summary>
    /// The text in the order it was drawn (<c>pdftotext -raw</c>): a table cell's lines stay together instead of
    /// being interleaved with the cells beside it, so a wrapped label reads as one piece.
    /// </summary>
    public static string DrawnText(byte[] pdf) => Run(pdf, "pdftotext", "-raw", "-enc", "UTF-8", "{file}", "-");

    /// <summary>
    /// Whether each page carries <paramref name="mark"/> as a watermark: text turned across the page, which the layout
    /// mode leaves out and the raw mode reads one letter a line, so the page's raw text is read without white space.
    /// </summary>
    public static IReadOnlyList<bool> WatermarkedPages(byte[] pdf, string mark) =>
        [.. DrawnText(pdf).Split('\f')[..^1].Select(page => string.Concat(page.Where(c => !char.IsWhiteSpace(c))).Contains(mark, StringComparison.Ordinal))];

    /// <summary><c>pdfinfo</c> fields such as Title, Author, Pages, "Page size".</summary>
    public static IReadOnlyDictionary<string, string> Info(byte[] pdf) =>
        Run(pdf, "pdfinfo", "-enc", "UTF-8", "{file}")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim());

    /// <summary>Font rows of <c>pdffonts</c>: name and whether the font is embedded.</summary>
    public static IReadOnlyList<(string Name, bool Embedded)> Fonts(byte[] pdf) =>
        [.. Run(pdf, "pdffonts", "{file}")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(2)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(cells => (cells[0], cells[^5] == "yes"))];

    /// <summary>Every word with its box in points from the top-left corner (<c>pdftotext -bbox</c>).</summary>
    public static IReadOnlyList<PlacedWord> Words(byte[] pdf)
    {
        var page = 0;
        var words = new List<PlacedWord>();
        foreach (Match match in BboxLine().Matches(Run(pdf, "pdftotext", "-bbox", "-enc", "UTF-8", "{file}", "-")))
        {
            if (match.Groups["page"].Success)
            {
                page++;
                continue;
            }

            words.Add(new PlacedWord(
                System.Net.WebUtility.HtmlDecode(match.Groups["text"].Value), page,
                Number(match, "xMin"), Number(match, "yMin"), Number(match, "xMax"), Number(match, "yMax")));
        }

        return words;
    }

    /// <summary>How many dark pixels page 1 has when rasterized in grey at 150 dpi (<c>pdftoppm</c>): ink actually drawn.</summary>
    public static int DarkPixels(byte[] pdf)
    {
        var image = Path.Combine(Path.GetTempPath(), $"aip-pdf-test-{Guid.NewGuid():N}");
        Run(pdf, "pdftoppm", "-gray", "-r", "150", "-f", "1", "-l", "1", "-singlefile", "{file}", image);
        try
        {
            // Binary PGM: "P5", width, height, maximum value, then one byte per pixel.
            var bytes = File.ReadAllBytes(image + ".pgm");
            var headerEnd = 0;
            for (var fields = 0; fields < 4; headerEnd++)
            {
                if (char.IsWhiteSpace((char)bytes[headerEnd]) && !char.IsWhiteSpace((char)bytes[headerEnd - 1]))
                {
                    fields++;
                }
            }

            return bytes.Skip(headerEnd).Count(pixel => pixel < 128);
        }
        finally
        {
            File.Delete(image + ".pgm");
        }
    }

    private static double Number(Match match, string group) =>
        double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string Run(byte[] pdf, string tool, params string[] arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"aip-pdf-test-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument == "{file}" ? file : argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0
                ? output
                : throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {errors.Result}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? FindMissing()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator);
        var missing = Tools.Where(tool => !path.Any(dir => File.Exists(Path.Combine(dir, tool)))).ToArray();
        return missing.Length == 0
            ? null
            : $"{string.Join(", ", missing)} not found: install poppler-utils (apt-get install poppler-utils), or set AIP_REQUIRE_PDFTOOLS=1 to make this a failure.";
    }

    [GeneratedRegex("""(?<page><page [^>]*>)|<word xMin="(?<xMin>[\d.]+)" yMin="(?<yMin>[\d.]+)" xMax="(?<xMax>[\d.]+)" yMax="(?<yMax>[\d.]+)">(?<text>[^<]*)</word>""")]
    private static partial Regex BboxLine();
}

/// <summary>A word as pdftotext found it: its text, 1-based page and box.</summary>
public sealed record PlacedWord(string Text, int Page, double XMin, double YMin, double XMax, double YMax);
