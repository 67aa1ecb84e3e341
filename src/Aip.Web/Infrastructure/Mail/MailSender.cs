using System.Net.Sockets;
using System.Text;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace Aip.Web.Infrastructure.Mail;

/// <summary>The <c>Mail</c> configuration section.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "aip@localhost";

    /// <summary>
    /// The address people reach the app at (e.g. https://aip.example.org, or https://example.org/aip behind a path): every
    /// link in a mail starts with it. Required (the app refuses to start without it, see <see cref="MailOptionsValidation"/>):
    /// links never come from the request, whose Host header a client chooses.
    /// </summary>
    public Uri? LinkOrigin { get; set; }

    /// <summary>The absolute address of an app-relative path (as <c>LinkGenerator</c> makes it without a path base).</summary>
    public string Absolute(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var origin = LinkOrigin ?? throw new InvalidOperationException($"{Section}:{nameof(LinkOrigin)} is not set.");
        return origin.AbsoluteUri.TrimEnd('/') + (path.StartsWith('/') ? path : "/" + path);
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
/// Sends plain-text mail by SMTP (MailKit), or drops it into a pickup folder as an .eml file (Development: open the
/// files to follow invitation and reset links). Body and subject are UTF-8, whatever the plan titles and names contain.
/// </summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options, IHostEnvironment environment, ILogger<SmtpMailSender> logger) : IMailSender
{
    /// <summary>An .eml file as it would travel: CRLF line ends (MimeKit writes the platform's by default).</summary>
    private static readonly FormatOptions PickupFormat = new() { NewLineFormat = NewLineFormat.Dos };

    public async Task SendAsync(MailMessageContent message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var mail = Compose(settings.From, message);
        if (settings.PickupDirectory is { Length: > 0 } pickup)
        {
            var folder = Path.GetFullPath(pickup, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            await mail.WriteToAsync(PickupFormat, Path.Combine(folder, $"{Guid.NewGuid():N}.eml"), cancellationToken);
        }
        else
        {
            await SendBySmtpAsync(mail, settings, cancellationToken);
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Mail '{Subject}' sent to {Recipient}", message.Subject, message.To);
        }
    }

    private static MimeMessage Compose(string from, MailMessageContent content)
    {
        var body = new TextPart(TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        // Mail lines end in CRLF (RFC 5322); the raw string literals the app writes use LF.
        body.SetText(Encoding.UTF8, content.Body.ReplaceLineEndings("\r\n"));
        var mail = new MimeMessage { Subject = content.Subject, Body = body };
        mail.From.Add(MailboxAddress.Parse(from));
        mail.To.Add(MailboxAddress.Parse(content.To));
        return mail;
    }

    /// <summary>
    /// <c>Mail:EnableSsl</c> means TLS is required: implicit TLS on port 465, STARTTLS on any other port. Off, the
    /// connection stays plain (a relay on the same host or network). A mail that cannot be delivered (no server, a
    /// refusal, failed sign-in or TLS) is reported as an <see cref="IOException"/>, as callers of
    /// <see cref="IMailSender"/> expect, rather than as one of MailKit's own exception types.
    /// </summary>
    private static async Task SendBySmtpAsync(MimeMessage mail, MailOptions settings, CancellationToken cancellationToken)
    {
        var host = settings.Host ?? throw new InvalidOperationException("Configure Mail:Host or Mail:PickupDirectory to send mail.");
        var security = !settings.EnableSsl ? SecureSocketOptions.None
            : settings.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(host, settings.Port, security, cancellationToken);
            if (settings.UserName is { Length: > 0 } user)
            {
                await client.AuthenticateAsync(user, settings.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(mail, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is CommandException or ProtocolException or AuthenticationException or SocketException)
        {
            throw new IOException($"The mail could not be sent through {host}:{settings.Port}: {exception.Message}", exception);
        }
    }
}
