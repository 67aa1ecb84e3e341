using System.Net;
using System.Net.Sockets;
using System.Text;
using Aip.Web.Infrastructure.Mail;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Aip.Web.Tests.Web;

/// <summary>The mail sender against a real (if tiny) SMTP server on loopback, and through the pickup folder.</summary>
public sealed class SmtpMailSenderTests
{
    private const string From = "aip@test.example";
    private const string To = "celine.dupre@riverton.example";
    private const string Subject = "Plan für Riverton – révision demandée";
    private const string Link = "https://aip.example.org/account/reset-password?userId=7d3c&token=CfDJ8%2Babc%3D%3D";

    private static readonly string Body = $"""
        Bonjour Céline,

        ESE a renvoyé le plan « Écoles de Riverton 2026–2028 » pour révision.
        Ouvrez-le ici : {Link}
        .
        Une ligne qui commence par un point reste intacte.
        """;

    [Fact]
    public async Task A_mail_sent_by_SMTP_arrives_with_its_headers_its_UTF8_body_and_its_links()
    {
        await using var server = new LoopbackSmtpServer();
        var sender = Sender(new MailOptions { From = From, Host = "127.0.0.1", Port = server.Port, EnableSsl = false });

        await sender.SendAsync(new MailMessageContent(To, Subject, Body));

        var received = Assert.Single(server.Messages);
        Assert.Equal(From, received.From);
        Assert.Equal([To], received.To);
        AssertReadsBack(received.Data);
    }

    [Fact]
    public async Task A_mail_written_to_the_pickup_folder_reads_back_the_same()
    {
        var folder = Directory.CreateTempSubdirectory("aip-pickup-").FullName;
        try
        {
            var sender = Sender(new MailOptions { From = From, PickupDirectory = folder });

            await sender.SendAsync(new MailMessageContent(To, Subject, Body));

            AssertReadsBack(await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(folder, "*.eml")), Encoding.Latin1));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_mail_that_cannot_be_delivered_is_reported_as_an_IOException()
    {
        var sender = Sender(new MailOptions { From = From, Host = "127.0.0.1", Port = UnusedPort(), EnableSsl = false });

        await Assert.ThrowsAsync<IOException>(() => sender.SendAsync(new MailMessageContent(To, Subject, Body)));
    }

    private static int UnusedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The raw message is 7-bit with encoded words in the headers, and decodes to exactly what was sent.</summary>
    private static void AssertReadsBack(string raw)
    {
        Assert.All(raw, c => Assert.True(c < 128, $"non-ASCII character U+{(int)c:X4} on the wire"));
        var subject = raw.Split("\r\n").Single(l => l.StartsWith("Subject: ", StringComparison.Ordinal));
        Assert.Contains("=?utf-8?", subject, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("charset=utf-8", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Content-Transfer-Encoding: quoted-printable", raw, StringComparison.OrdinalIgnoreCase);

        using var message = MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(raw)));
        Assert.Equal(Subject, message.Subject);
        Assert.Equal(From, Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal(To, Assert.Single(message.To.Mailboxes).Address);
        // MimeKit hands the decoded text back with LF line ends; on the wire they were CRLF.
        var text = Assert.IsType<string>(message.TextBody).ReplaceLineEndings("\n");
        Assert.Equal(Body.ReplaceLineEndings("\n"), text);
        Assert.Contains(Link, text, StringComparison.Ordinal);
    }

    private static SmtpMailSender Sender(MailOptions options) =>
        new(Options.Create(options), new HostingEnvironment { ContentRootPath = Path.GetTempPath() }, NullLogger<SmtpMailSender>.Instance);
}
