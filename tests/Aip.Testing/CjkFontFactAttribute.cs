using Aip.Documents;

namespace Aip.Testing;

/// <summary>
/// A PDF read-back fact that needs the CJK fallback font (<see cref="DocumentFonts.DefaultFallbackPath"/>, Debian's
/// fonts-droid-fallback) as well as poppler-utils: skipped, with the reason, where either is missing, unless
/// AIP_REQUIRE_PDFTOOLS=1 (as in CI), in which case it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CjkFontFactAttribute : FactAttribute
{
    public CjkFontFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("AIP_REQUIRE_PDFTOOLS") == "1")
        {
            return;
        }

        if (PdfTools.MissingReason is { } reason)
        {
            Skip = reason;
        }
        else if (!File.Exists(DocumentFonts.DefaultFallbackPath))
        {
            Skip = $"{DocumentFonts.DefaultFallbackPath} not found: install fonts-droid-fallback (apt-get install fonts-droid-fallback), or set AIP_REQUIRE_PDFTOOLS=1 to make this a failure.";
        }
    }
}
