using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Aip.Web.Infrastructure.Mail;

/// <summary>The <c>Mail</c> configuration section.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "aip@localhost";

    /// <summary>
    /// The scheme and host that links in mails use (e.g. https://aip.example.org). Set it in production: when empty,
    /// links use those of the request that caused the mail, which a client could spoof with its Host header.
    /// </summary>
    public Uri? LinkOrigin { get; set; }

    /// <summary>The absolute address of a path as the app generates it (path base included).</summary>
    public string Absolute(string path, HttpRequest? request)
    {
        ArgumentNullException.ThrowIfNull(path);
        return LinkOrigin is { } origin ? new Uri(origin, path).ToString()
            : request is not null ? $"{request.Scheme}://{request.Host}{path}"
            : path;
    }

    /// <summary>When set, messages are written as .eml files to this folder instead of being sent.</summary>
    public string? PickupDirectory { get; set; }

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

public sealed record MailMessageContent(string To, string Subject, string Body);

public interface IMailSender
{
    Task SendAsync(MailMessageContent message, CancellationToken cancellationToken = default);
}

/// <summary>
/// Sends plain-text mail by SMTP, or drops it into a pickup folder (Development: open the .eml files to
/// follow invitation and reset links).
/// </summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options, IHostEnvironment environment, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(MailMessageContent message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        // Mail lines end in CRLF (RFC 5322); the raw string literals the app writes use LF.
        using var mail = new MailMessage(settings.From, message.To, message.Subject, message.Body.ReplaceLineEndings("\r\n"))
        {
            IsBodyHtml = false,
            // Readable in a pickup folder and by any client, whatever the plan titles and names contain.
            BodyEncoding = System.Text.Encoding.UTF8,
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.QuotedPrintable,
            SubjectEncoding = System.Text.Encoding.UTF8,
        };
        using var client = CreateClient(settings);
        await client.SendMailAsync(mail, cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Mail '{Subject}' sent to {Recipient}", message.Subject, message.To);
        }
    }

    private SmtpClient CreateClient(MailOptions settings)
    {
        if (settings.PickupDirectory is { Length: > 0 } pickup)
        {
            var folder = Path.GetFullPath(pickup, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };
        }

        var host = settings.Host ?? throw new InvalidOperationException("Configure Mail:Host or Mail:PickupDirectory to send mail.");
        var client = new SmtpClient(host, settings.Port) { EnableSsl = settings.EnableSsl };
        if (settings.UserName is { Length: > 0 })
        {
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        }

        return client;
    }
}
