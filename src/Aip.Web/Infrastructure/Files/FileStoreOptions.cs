namespace Aip.Web.Infrastructure.Files;

/// <summary>The <c>Files</c> settings: where uploads are kept and how large they may be.</summary>
public sealed class FileStoreOptions
{
    public const string Section = "Files";
    public const long MegaByte = 1024 * 1024;

    /// <summary>The folder of stored files, under the app folder when relative (backed up with the database: docs/operations.md).</summary>
    public string Folder { get; set; } = "App_Data/files";

    /// <summary>The largest file one upload takes (default 25 MB).</summary>
    public long MaxFileBytes { get; set; } = 25 * MegaByte;

    /// <summary>
    /// The largest request body (files and fields together); unset, four files of <see cref="MaxFileBytes"/> plus 1 MB of
    /// form fields. Kestrel and the form reader are held to it, so a larger body is refused before it is read; the evidence
    /// form checks the files' sizes in the browser first, so a person choosing too much is told before anything is sent.
    /// </summary>
    public long? MaxRequestBytes { get; set; }

    public long RequestLimit => MaxRequestBytes ?? (4 * MaxFileBytes) + MegaByte;

    /// <summary>"25 MB", as messages say it.</summary>
    public static string Describe(long bytes) => bytes >= MegaByte
        ? $"{bytes / (double)MegaByte:0.#} MB".Replace(".0 ", " ", StringComparison.Ordinal)
        : $"{Math.Max(1, bytes / 1024)} KB";
}
