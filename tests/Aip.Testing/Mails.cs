using System.Globalization;
using System.Text.RegularExpressions;

namespace Aip.Testing;

public static partial class Mails
{
    /// <summary>Decodes a quoted-printable mail (soft line breaks "=CRLF", bytes as "=XX").</summary>
    public static string DecodeQuotedPrintable(string mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var joined = mail.Replace("=\r\n", string.Empty, StringComparison.Ordinal);
        return EncodedByte().Replace(joined, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
    }

    [GeneratedRegex("=([0-9A-F]{2})")]
    private static partial Regex EncodedByte();
}
