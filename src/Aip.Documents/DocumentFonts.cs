namespace Aip.Documents;

/// <summary>
/// Where the renderer finds the font it draws with when DejaVu Sans (embedded in this library) has no glyph for a
/// character: Chinese, Japanese and Korean names. The font is read from a file, once, when the renderer is made.
/// </summary>
public sealed record DocumentFonts
{
    /// <summary>
    /// Droid Sans Fallback from Debian's <c>fonts-droid-fallback</c> (Apache-2.0): one TrueType file with Chinese
    /// (simplified and traditional), Japanese kana and Korean Hangul. The package's other file,
    /// <c>DroidSansFallbackFull.ttf</c>, has no Hangul.
    /// </summary>
    public const string DefaultFallbackPath = "/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf";

    /// <summary>A TrueType (.ttf) file, or null or empty for no fallback (CJK characters then print as missing glyphs).</summary>
    public string? FallbackPath { get; init; } = DefaultFallbackPath;
}
