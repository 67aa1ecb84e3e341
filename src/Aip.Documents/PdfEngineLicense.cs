namespace Aip.Documents;

/// <summary>
/// The licence PDFsharp 6.5 runs under. PDFsharp refuses to work until one is chosen: the free AGPL-3.0
/// (the application using it must itself be AGPL-licensed open source) or a purchased commercial key.
/// The choice is the application owner's, so it is made where the renderer is created.
/// </summary>
public sealed record PdfEngineLicense
{
    private PdfEngineLicense(string? commercialKey) => CommercialKey = commercialKey;

    /// <summary>PDFsharp's free AGPL-3.0 licence.</summary>
    public static PdfEngineLicense Agpl { get; } = new(commercialKey: null);

    internal string? CommercialKey { get; }

    /// <summary>A commercial licence key bought from PDFsharp's publisher.</summary>
    public static PdfEngineLicense Commercial(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return new PdfEngineLicense(key);
    }
}
