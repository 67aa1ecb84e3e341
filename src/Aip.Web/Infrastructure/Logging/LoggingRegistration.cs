using System.Globalization;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace Aip.Web.Infrastructure.Logging;

public static class LoggingRegistration
{
    /// <summary>
    /// Serilog to the console (readable) and to a daily rolling file (JSON, one event a line). Levels can be
    /// changed under <c>Serilog:MinimumLevel</c> in configuration.
    /// </summary>
    public static void AddAipLogging(this WebApplicationBuilder builder)
    {
        var logFolder = builder.Configuration.GetValue<string>("Logging:Folder") ?? Path.Combine(builder.Environment.ContentRootPath, "logs");
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "Aip")
            .WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(
                new JsonFormatter(renderMessage: true),
                Path.Combine(logFolder, "aip-.json"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31)
            .CreateLogger();

        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
    }
}
