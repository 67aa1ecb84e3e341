using System.IO.Compression;
using System.Text;

namespace Aip.Web.Infrastructure.Files;

/// <summary>A file type the evidence library takes: what its content was checked to be, and the extensions it may carry.</summary>
public sealed record FileKind(string Name, string ContentType, IReadOnlyList<string> Extensions);

/// <summary>
/// Decides what an uploaded file is by its content (magic bytes), and takes it only when that is on the allow-list and
/// its name's extension says the same: PDF, Word/Excel/PowerPoint (OOXML zip containers whose <c>[Content_Types].xml</c>
/// names the document; legacy OLE2 .doc/.xls/.ppt), PNG/JPEG/GIF, and CSV or plain text (valid UTF-8 without NUL bytes,
/// and not HTML). The browser's content type is never trusted. An executable renamed <c>.pdf</c> has no PDF header; an
/// HTML page is refused by its extension, or as text that opens like HTML.
/// </summary>
public static class FileContent
{
    public const string Allowed = "PDF, Word, Excel or PowerPoint documents, PNG, JPEG or GIF images, CSV or plain text";

    public static readonly FileKind Pdf = new("PDF", "application/pdf", [".pdf"]);
    public static readonly FileKind Word = new("Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly FileKind Excel = new("Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
    public static readonly FileKind PowerPoint = new("PowerPoint presentation", "application/vnd.openxmlformats-officedocument.presentationml.presentation", [".pptx"]);
    public static readonly FileKind LegacyOffice = new("Office document (97–2003)", "application/x-ole-storage", [".doc", ".xls", ".ppt"]);
    public static readonly FileKind Png = new("PNG image", "image/png", [".png"]);
    public static readonly FileKind Jpeg = new("JPEG image", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly FileKind Gif = new("GIF image", "image/gif", [".gif"]);
    public static readonly FileKind Csv = new("CSV", "text/csv", [".csv"]);
    public static readonly FileKind PlainText = new("Plain text", "text/plain", [".txt"]);

    private static readonly (FileKind Kind, string MainPart)[] Ooxml =
    [
        (Word, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
        (Excel, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
        (PowerPoint, "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The checked kind of the file, or null when it is not one the library takes (or its extension says otherwise).</summary>
    public static FileKind? Identify(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        var head = new byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var start = head.AsSpan(0, read);
        var kind = start switch
        {
            [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => Pdf,                                       // %PDF-
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] => Png,
            [0xFF, 0xD8, 0xFF, ..] => Jpeg,
            [0x47, 0x49, 0x46, 0x38, 0x37 or 0x39, 0x61, ..] => Gif,                         // GIF87a, GIF89a
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] => LegacyOffice,
            [0x50, 0x4B, 0x03, 0x04, ..] => OfficeZip(content, extension),                   // PK\3\4
            _ when extension is ".csv" or ".txt" => Text(content, extension),
            _ => null,
        };
        content.Position = 0;
        return kind is not null && kind.Extensions.Contains(extension) ? kind : null;
    }

    private static FileKind? OfficeZip(Stream content, string extension)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || types.Length > 1024 * 1024)
            {
                return null;
            }

            using var reader = new StreamReader(types.Open());
            var xml = reader.ReadToEnd();
            return Ooxml.Where(o => xml.Contains(o.MainPart, StringComparison.Ordinal)).Select(o => o.Kind)
                .FirstOrDefault(k => k.Extensions.Contains(extension));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            // Not a zip archive after all (a truncated or forged header).
            return null;
        }
    }

    private static FileKind? Text(Stream content, string extension)
    {
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        var bytes = copy.GetBuffer().AsSpan(0, (int)copy.Length);
        if (bytes.Length == 0 || bytes.Contains((byte)0))
        {
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var opening = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (opening.StartsWith('<') && (opening.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || opening.Contains("<!doctype", StringComparison.OrdinalIgnoreCase) || opening.Contains("<script", StringComparison.OrdinalIgnoreCase)
            || opening.Contains("<svg", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return extension == ".csv" ? Csv : PlainText;
    }
}
