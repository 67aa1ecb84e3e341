using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Aip.Web.Infrastructure.Files;

public static class FilesRegistration
{
    /// <summary>The folder file store, and the request-size limits of Kestrel and the form reader set to <c>Files</c>' request limit.</summary>
    public static IServiceCollection AddAipFiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FileStoreOptions>().Bind(configuration.GetSection(FileStoreOptions.Section))
            .Validate(o => o.MaxFileBytes > 0 && o.RequestLimit >= o.MaxFileBytes, "Files:MaxFileBytes must be positive and Files:MaxRequestBytes at least as large.")
            .ValidateOnStart();
        services.AddSingleton<IFileStore, FolderFileStore>();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<FileStoreOptions>>((kestrel, files) => kestrel.Limits.MaxRequestBodySize = files.Value.RequestLimit);
        services.AddOptions<FormOptions>().Configure<IOptions<FileStoreOptions>>((form, files) => form.MultipartBodyLengthLimit = files.Value.RequestLimit);
        return services;
    }
}
