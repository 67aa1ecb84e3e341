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
    /// Registers the PDF renderer (one instance serves every request, with the CJK fallback font of
    /// <c>Documents:FallbackFontPath</c>) and the limit on PDFs rendered at once.
    /// PDFsharp 6.2.4 is MIT-licensed and needs no licence setting (ADR 0004).
    /// </summary>
    public static IServiceCollection AddAipDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var fonts = new DocumentFonts { FallbackPath = section.GetValue("FallbackFontPath", DocumentFonts.DefaultFallbackPath) };
        services.AddSingleton<IDocumentRenderer>(provider => new PdfDocumentRenderer(fonts, provider.GetRequiredService<ILogger<PdfDocumentRenderer>>()));

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
}
