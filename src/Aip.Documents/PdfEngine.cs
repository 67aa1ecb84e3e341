using Aip.Documents.Fonts;
using PdfSharp.Fonts;

namespace Aip.Documents;

/// <summary>
/// PDFsharp's process-wide setting (the font resolver), applied once before the first render. It is the only
/// static mutable state of this library, and PDFsharp allows setting it only once.
/// </summary>
internal static class PdfEngine
{
    private static readonly Lock Gate = new();
    private static bool _configured;

    public static void EnsureConfigured()
    {
        lock (Gate)
        {
            if (_configured)
            {
                return;
            }

            GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();
            _configured = true;
        }
    }
}
