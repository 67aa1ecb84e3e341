using System.Collections.Frozen;
using PdfSharp.Fonts;

namespace Aip.Documents.Fonts;

/// <summary>
/// Serves DejaVu Sans from this assembly's resources for every family name, so a document looks the same
/// on every machine and never depends on installed fonts. DejaVu covers Latin with accents and Vietnamese,
/// Greek and Cyrillic. It also serves the fallback font for the characters DejaVu lacks (CJK), read from a file
/// (<see cref="FallbackFaces"/>); it has one face, made bold or oblique by PDFsharp where asked.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string Oblique = "DejaVuSans-Oblique";
    private const string BoldOblique = "DejaVuSans-BoldOblique";

    // Loaded once, read-only afterwards: shared safely by concurrent renders.
    private static readonly FrozenDictionary<string, byte[]> Faces =
        new[] { Regular, Bold, Oblique, BoldOblique }.ToFrozenDictionary(face => face, Load);

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        FallbackFaces.IsFallbackFamily(familyName) ? new(familyName, bold, italic) : new((bold, italic) switch
        {
            (true, true) => BoldOblique,
            (true, false) => Bold,
            (false, true) => Oblique,
            _ => Regular,
        });

    public byte[]? GetFont(string faceName) => Faces.GetValueOrDefault(faceName) ?? FallbackFaces.Bytes(faceName);

    private static byte[] Load(string face)
    {
        var name = $"Aip.Documents.Fonts.{face}.ttf";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is missing from the assembly.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
