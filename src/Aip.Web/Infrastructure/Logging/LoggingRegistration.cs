using System.Globalization;
using Aip.Web.Identity;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace Aip.Web.Infrastructure.Logging;

public static class LoggingRegistration
{
    /// <summary>
    /// Serilog to the console (readable) and to a daily rolling file (JSON, one event a line). Levels can be
    /// changed under <c>Serilog:MinimumLevel</c> in configuration. The logger belongs to the app's service provider,
    /// not to Serilog's static <c>Log.Logger</c>, so several app instances in one process (the tests host many)
    /// each write to their own files and dispose of their own logger.
    /// </summary>
    public static void AddAipLogging(this WebApplicationBuilder builder)
    {
        var logFolder = builder.Configuration.GetValue<string>("Logging:Folder") ?? Path.Combine(builder.Environment.ContentRootPath, "logs");
        builder.Services.AddSerilog(
            (services, logger) => logger
                .MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Application", "Aip")
                .WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                    formatProvider: CultureInfo.InvariantCulture)
                .WriteTo.File(
                    new JsonFormatter(renderMessage: true),
                    Path.Combine(logFolder, "aip-.json"),
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: 31,
                    // Written in blocks, at the latest a second after an event, instead of a write to disk per line (a
                    // line per request): a crash can lose the last second of the log, never the audit trail (a table).
                    buffered: true,
                    flushToDiskInterval: TimeSpan.FromSeconds(1)),
            preserveStaticLogger: true);
    }

    /// <summary>Where the health check answers (Program.cs maps it).</summary>
    public const string HealthPath = "/health";

    /// <summary>
    /// One structured log line per request (method, path, status, milliseconds, user id). Only the path is logged,
    /// never the query string: invitation and password-reset links carry their tokens there. A health probe that
    /// succeeds (a load balancer asks every few seconds) is logged at Debug, below the default level; a failing one is
    /// logged as an error like any other request.
    /// </summary>
    public static IApplicationBuilder UseAipRequestLogging(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.IncludeQueryInRequestPath = false;
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms for user {UserId}";
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError
                    ? LogEventLevel.Error
                    : context.Request.Path.StartsWithSegments(HealthPath, StringComparison.OrdinalIgnoreCase) ? LogEventLevel.Debug : LogEventLevel.Information;
            options.EnrichDiagnosticContext = (diagnostics, context) =>
                diagnostics.Set("UserId", context.User.UserId()?.ToString() ?? "anonymous");
        });
    }
}
