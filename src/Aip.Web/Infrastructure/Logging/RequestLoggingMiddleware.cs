using System.Diagnostics;
using Aip.Web.Identity;

namespace Aip.Web.Infrastructure.Logging;

/// <summary>
/// One structured log line per request. Only the path is logged, never the query string: invitation and
/// password-reset links carry their tokens there.
/// </summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation(
                    "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms for user {UserId}",
                    context.Request.Method,
                    context.Request.Path.Value,
                    context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    context.User.UserId()?.ToString() ?? "anonymous");
            }
        }
    }
}
