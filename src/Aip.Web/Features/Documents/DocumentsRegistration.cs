using System.Threading.RateLimiting;
using Aip.Documents;
using Microsoft.AspNetCore.RateLimiting;

namespace Aip.Web.Features.Documents;

public static class DocumentsRegistration
{
    public const string Section = "Documents";

    /// <summary>The rate-limiting policy of the PDF endpoints: a PDF is CPU work, so only so many are made at once.</summary>
    public const string RenderPolicy = "pdf";

    /// <summary>
    /// Registers the PDF renderer (one instance serves every request) under the PDFsharp licence the owner chose
    /// (ADR 0003): <c>Documents:PdfEngineLicense</c> is <c>AGPL</c> (the default) or <c>Commercial</c>, and a
    /// commercial licence reads its key from <c>Documents:PdfEngineLicenseKey</c>, which belongs in a secret store
    /// or an environment variable, not in appsettings.json.
    /// </summary>
    public static IServiceCollection AddAipDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var license = PdfEngineLicenseFrom(section);
        services.AddSingleton<IDocumentRenderer>(new PdfDocumentRenderer(license));

        // Renders beyond the limit wait in a short queue; beyond that the person is asked to try again (503).
        var concurrent = section.GetValue("MaxConcurrentRenders", Environment.ProcessorCount);
        var queued = section.GetValue("MaxQueuedRenders", 2 * concurrent);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            options.AddConcurrencyLimiter(RenderPolicy, limiter =>
            {
                limiter.PermitLimit = concurrent;
                limiter.QueueLimit = queued;
                limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
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
