using System.Collections.Concurrent;

namespace Aip.Documents.Fonts;

/// <summary>
/// Fallback font files read into memory, each once per process, and the family name under which
/// <see cref="EmbeddedFontResolver"/> serves each of them. PDFsharp's font resolver is process-wide, so the family
/// name carries the file's path: renderers made with different files (tests) each get their own.
/// </summary>
internal static class FallbackFaces
{
    private const string FamilyPrefix = "AIP fallback|";

    private static readonly ConcurrentDictionary<string, byte[]> Loaded = new(StringComparer.Ordinal);

    /// <summary>Reads the file (once) and returns the family name to make fonts of it with; null when it cannot be read.</summary>
    public static string? TryLoad(string path, out string? problem)
    {
        var fullPath = Path.GetFullPath(path);
        problem = null;
        if (Loaded.ContainsKey(fullPath))
        {
            return FamilyPrefix + fullPath;
        }

        try
        {
            var bytes = File.ReadAllBytes(fullPath);
            // PDFsharp reads single TrueType/OpenType faces; a collection (.ttc) starts with "ttcf".
            if (bytes.Length < 4 || bytes.AsSpan(0, 4).SequenceEqual("ttcf"u8))
            {
                problem = "it is a font collection (.ttc) or not a font; give a single .ttf file";
                return null;
            }

            Loaded.TryAdd(fullPath, bytes);
            return FamilyPrefix + fullPath;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = e.Message;
            return null;
        }
    }

    public static bool IsFallbackFamily(string familyName) => familyName.StartsWith(FamilyPrefix, StringComparison.Ordinal);

    /// <summary>The face name PDFsharp asks <see cref="Bytes"/> for: the family name itself.</summary>
    public static byte[]? Bytes(string faceName) =>
        IsFallbackFamily(faceName) ? Loaded.GetValueOrDefault(faceName[FamilyPrefix.Length..]) : null;
}
