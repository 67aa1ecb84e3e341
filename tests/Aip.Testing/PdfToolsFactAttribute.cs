namespace Aip.Testing;

/// <summary>
/// A fact that reads PDFs back with poppler-utils: skipped, with the reason, where the tools are missing,
/// unless AIP_REQUIRE_PDFTOOLS=1 (as in CI), in which case it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PdfToolsFactAttribute : FactAttribute
{
    public PdfToolsFactAttribute()
    {
        if (PdfTools.MissingReason is { } reason && Environment.GetEnvironmentVariable("AIP_REQUIRE_PDFTOOLS") != "1")
        {
            Skip = reason;
        }
    }
}
