using Aip.Documents.Fonts;
using PdfSharp;
using PdfSharp.Fonts;

namespace Aip.Documents;

/// <summary>
/// PDFsharp's process-wide settings (licence, font resolver), applied once before the first render. They
/// are the only static mutable state of this library, and PDFsharp allows setting them only once.
/// </summary>
internal static class PdfEngine
{
    private static readonly Lock Gate = new();
    private static PdfEngineLicense? _applied;

    public static void EnsureConfigured(PdfEngineLicense license)
    {
        lock (Gate)
        {
            if (_applied is not null)
            {
                if (_applied != license)
                {
                    throw new InvalidOperationException("PDFsharp is already configured with a different licence in this process.");
                }

                return;
            }

            if (license.CommercialKey is { } key)
            {
                PdfSharpLicense.LoadLicense(key);
            }
            else
            {
                PdfSharpLicense.SetAgplLicense();
            }

            GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();
            _applied = license;
        }
    }
}
