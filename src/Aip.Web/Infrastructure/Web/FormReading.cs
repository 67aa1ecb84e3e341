using Microsoft.AspNetCore.Http.Features;

namespace Aip.Web.Infrastructure.Web;

/// <summary>Why a posted form could not be read, in words for the person who sent it (set as a request feature).</summary>
public sealed record UnreadableForm(string Message);

/// <summary>
/// The limits of a posted form, and the one place that reads it: every posted form is read here, before antiforgery
/// and model binding, so that a form over the limits (too many fields, a field or the whole body too long, a broken
/// encoding) becomes one 400 page that says what happened, instead of an exception wherever the form is first read —
/// and the error page, which reads no form, is not put out by it again.
/// </summary>
public sealed class FormReadingMiddleware(RequestDelegate next)
{
    /// <summary>
    /// The longest field a form takes is the explanation of key issues (Plan.KeyIssuesMaxLength, 20,000 characters);
    /// posted URL-encoded, a character takes up to 9 bytes (3 UTF-8 bytes, each as %XX). Longer than any form needs,
    /// short enough that a runaway paste is refused before it is held in memory; between the validators' limits and
    /// this one the field gets its own message.
    /// </summary>
    public const int ValueLengthLimit = 192 * 1024;

    public const string Message =
        "AIP could not read the form you sent: it had more fields than any AIP form, or a field (or the whole form) was far " +
        "longer than AIP accepts — the longest field, the explanation of key issues, takes 20,000 characters. " +
        "Nothing was saved. Go back, shorten the text you pasted and try again.";

    public static void Configure(FormOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ValueLengthLimit = ValueLengthLimit;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A re-executed error page runs the pipeline again with the same request: read it only once.
        if (context.Request.HasFormContentType && context.Features.Get<UnreadableForm>() is null && !await TryReadFormAsync(context))
        {
            context.Features.Set(new UnreadableForm(Message));
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await next(context);
    }

    private static async Task<bool> TryReadFormAsync(HttpContext context)
    {
        var request = context.Request;
        request.EnableBuffering();
        try
        {
            await request.ReadFormAsync(context.RequestAborted);
            return true;
        }
        catch (InvalidDataException e) when (e.InnerException is InvalidOperationException && request.Body.CanSeek)
        {
            // The form reader refuses a NUL ("%00"), which text pasted from another program may carry: it is dropped
            // and the rest of the form read as sent (FormValueBinding drops the other control characters).
            request.Body = new MemoryStream(await WithoutEncodedNulAsync(request.Body, context.RequestAborted), writable: false);
            context.Features.Set<IFormFeature>(null);
            return await TryAgainAsync(context);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return false;
        }
    }

    private static async Task<bool> TryAgainAsync(HttpContext context)
    {
        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return false;
        }
    }

    private static async Task<byte[]> WithoutEncodedNulAsync(Stream body, CancellationToken cancellationToken)
    {
        body.Position = 0;
        using var copy = new MemoryStream();
        await body.CopyToAsync(copy, cancellationToken);
        var bytes = copy.GetBuffer().AsSpan(0, (int)copy.Length);
        var kept = new byte[bytes.Length];
        var length = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '%' && i + 2 < bytes.Length && bytes[i + 1] == '0' && bytes[i + 2] == '0')
            {
                i += 2;
                continue;
            }

            kept[length++] = bytes[i];
        }

        return kept[..length];
    }
}
