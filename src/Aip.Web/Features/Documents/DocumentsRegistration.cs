using Aip.Documents;

namespace Aip.Web.Features.Documents;

public static class DocumentsRegistration
{
    public const string Section = "Documents";

    /// <summary>
    /// Registers the PDF renderer (one instance serves every request) under the PDFsharp licence the owner chose
    /// (ADR 0003): <c>Documents:PdfEngineLicense</c> is <c>AGPL</c> (the default) or <c>Commercial</c>, and a
    /// commercial licence reads its key from <c>Documents:PdfEngineLicenseKey</c>, which belongs in a secret store
    /// or an environment variable, not in appsettings.json.
    /// </summary>
    public static IServiceCollection AddAipDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        var license = PdfEngineLicenseFrom(configuration.GetSection(Section));
        services.AddSingleton<IDocumentRenderer>(new PdfDocumentRenderer(license));
        return services;
    }

    internal static PdfEngineLicense PdfEngineLicenseFrom(IConfiguration section)
    {
        var choice = section["PdfEngineLicense"];
        if (string.IsNullOrWhiteSpace(choice) || choice.Trim().Equals("AGPL", StringComparison.OrdinalIgnoreCase))
        {
            return PdfEngineLicense.Agpl;
        }

        if (choice.Trim().Equals("Commercial", StringComparison.OrdinalIgnoreCase))
        {
            var key = section["PdfEngineLicenseKey"];
            return string.IsNullOrWhiteSpace(key)
                ? throw new InvalidOperationException($"{Section}:PdfEngineLicense is Commercial, but {Section}:PdfEngineLicenseKey is empty.")
                : PdfEngineLicense.Commercial(key);
        }

        throw new InvalidOperationException($"{Section}:PdfEngineLicense is '{choice}'; use AGPL or Commercial.");
    }
}
