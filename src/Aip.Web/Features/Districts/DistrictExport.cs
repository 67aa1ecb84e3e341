using System.IO.Compression;
using System.Security.Claims;
using System.Text.Json;
using Aip.Documents;
using Aip.Domain.Common;
using Aip.Domain.Districts;
using Aip.Web.Data;
using Aip.Web.Features.Documents;
using Aip.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Aip.Web.Features.Districts;

/// <summary>
/// A district's whole record as one zip archive, written entry by entry to the response as it is read (never held in
/// memory): <c>data/&lt;table&gt;.json</c> with every row of every table in <see cref="DistrictRecord"/> that is exported
/// (all columns, secrets of accounts left out), <c>pdf/…-version-N.pdf</c> for every frozen plan version, <c>files/…</c> with the bytes of every evidence file, and
/// <c>manifest.json</c> saying what is in it, what is not and why. The export is audited before the first byte goes out.
/// </summary>
public sealed class DistrictExport(AipDbContext db, IDocumentRenderer renderer, TimeProvider clock, IFileStore files)
{
    private const int FlushBytes = 32 * 1024;

    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    public static string FileName(District district, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(district);
        return $"{district.Code}-record-{Dates.Day(at):yyyy-MM-dd}.zip";
    }

    public async Task RecordAsync(District district, ClaimsPrincipal by)
    {
        ArgumentNullException.ThrowIfNull(district);
        db.AuditEntries.Add(DistrictRecordAudit.Entry(by, clock.GetUtcNow(), district.Id, district.Name, DistrictRecordAudit.Exported,
            ["The district's whole record was exported as one archive (the download started)."]));
        await db.SaveChangesAsync();
    }

    public async Task WriteAsync(District district, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(district);
        var record = await DistrictRecord.OfAsync(db, district.Id, cancellationToken);
        await using var buffer = new DrainedBuffer(output);
        await using var zip = await ZipArchive.CreateAsync(buffer, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);

        var tables = new List<(string File, string Label, int Rows)>();
        foreach (var table in record.Tables.Where(t => t.Exported))
        {
            var file = $"data/{db.Model.FindEntityType(table.EntityType)!.GetTableName()}.json";
            tables.Add((file, table.Label, await WriteTableAsync(zip, buffer, file, table, cancellationToken)));
            await buffer.DrainAsync(cancellationToken);
        }

        var pdfs = await WriteVersionPdfsAsync(zip, buffer, district, cancellationToken);
        var evidenceFiles = await WriteEvidenceFilesAsync(zip, buffer, district, cancellationToken);
        await WriteJsonAsync(zip, "manifest.json", json =>
        {
            json.WriteStartObject();
            json.WriteString("district", district.Name);
            json.WriteString("districtId", district.Id);
            json.WriteString("districtCode", district.Code);
            json.WriteString("exportedAt", clock.GetUtcNow());
            json.WriteStartArray("tables");
            foreach (var (file, label, rows) in tables)
            {
                json.WriteStartObject();
                json.WriteString("file", file);
                json.WriteString("what", label);
                json.WriteNumber("rows", rows);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notExported");
            foreach (var table in record.Tables.Where(t => !t.Exported))
            {
                json.WriteStringValue($"{table.Label}: deleted with the district but never exported (secrets, mail in transit or the app's own bookkeeping)");
            }

            json.WriteStringValue("People's accounts: password hashes, security and concurrency stamps");
            json.WriteEndArray();
            json.WriteStartArray("pdfs");
            pdfs.ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteStartArray("evidenceFiles");
            evidenceFiles.ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteEndObject();
        }, cancellationToken);
        await zip.DisposeAsync();
        await buffer.DrainAsync(cancellationToken);
    }

    private async Task<int> WriteTableAsync(ZipArchive zip, DrainedBuffer buffer, string file, DistrictTable table, CancellationToken cancellationToken)
    {
        var entityType = db.Model.FindEntityType(table.EntityType)!;
        var properties = entityType.GetProperties().Where(p => !DistrictRecord.IsSecret(table.EntityType, p.Name)).ToList();
        var rows = 0;
        await using var stream = await zip.CreateEntry(file, CompressionLevel.Optimal).OpenAsync(cancellationToken);
        await using var json = new Utf8JsonWriter(stream, Indented);
        json.WriteStartArray();
        await foreach (var row in table.RowsAsync().WithCancellation(cancellationToken))
        {
            var entry = db.Entry(row);
            json.WriteStartObject();
            foreach (var property in properties)
            {
                json.WritePropertyName(property.Name);
                WriteValue(json, property, entry.Property(property.Name).CurrentValue);
            }

            json.WriteEndObject();
            entry.State = EntityState.Detached;
            rows++;
            if (json.BytesPending > FlushBytes)
            {
                await json.FlushAsync(cancellationToken);
                await buffer.DrainAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
        return rows;
    }

    /// <summary>A column's value as the database stores it (enums by name, instants in UTC); a document stored as JSON (a version's content) as JSON.</summary>
    private static void WriteValue(Utf8JsonWriter json, IProperty property, object? value)
    {
        var converter = property.GetValueConverter();
        var stored = converter is null || value is null ? value : converter.ConvertToProvider(value);
        if (converter is not null && stored is string document && property.ClrType.IsClass)
        {
            json.WriteRawValue(document);
        }
        else
        {
            JsonSerializer.Serialize(json, stored, stored?.GetType() ?? typeof(object));
        }
    }

    private async Task<List<string>> WriteVersionPdfsAsync(ZipArchive zip, DrainedBuffer buffer, District district, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var printedOn = Dates.Day(clock.GetUtcNow());
        var versions = db.Plans.Where(p => p.DistrictId == district.Id)
            .Join(db.PlanVersions.AsNoTracking(), p => p.Id, v => v.PlanId, (_, v) => v)
            .OrderBy(v => v.PlanId).ThenBy(v => v.Number);
        await foreach (var version in versions.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var file = $"pdf/{DocumentsController.Slug(version.Content.Title)}-{version.PlanId.ToString("N")[..8]}-version-{version.Number}.pdf";
            var pdf = renderer.Render(PlanDocument.Compose(version.Content, PlanDocumentInfo.OfVersion(district.Name, version, printedOn)));
            await using (var stream = await zip.CreateEntry(file, CompressionLevel.NoCompression).OpenAsync(cancellationToken))
            {
                await stream.WriteAsync(pdf, cancellationToken);
            }

            await buffer.DrainAsync(cancellationToken);
            files.Add(file);
        }

        return files;
    }

    /// <summary>Each evidence file's bytes as <c>files/&lt;file id&gt;/&lt;cleaned name&gt;</c> (the row in data/EvidenceFiles.json has its SHA-256).</summary>
    private async Task<List<string>> WriteEvidenceFilesAsync(ZipArchive zip, DrainedBuffer buffer, District district, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        var stored = DistrictRecord.StoredFiles(db, district.Id).OrderBy(f => f.EvidenceItemId).ThenBy(f => f.AddedAt)
            .Select(f => new { f.Id, f.FileName, f.StorageKey });
        await foreach (var file in stored.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await using var content = await files.OpenReadAsync(file.StorageKey, cancellationToken);
            if (content is null)
            {
                continue;
            }

            var name = $"files/{file.Id}/{file.FileName}";
            await using (var entry = await zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync(cancellationToken))
            {
                var chunk = new byte[FlushBytes];
                int read;
                while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
                {
                    await entry.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
                    await buffer.DrainAsync(cancellationToken);
                }
            }

            await buffer.DrainAsync(cancellationToken);
            written.Add(name);
        }

        return written;
    }

    private static async Task WriteJsonAsync(ZipArchive zip, string file, Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        await using var stream = await zip.CreateEntry(file, CompressionLevel.Optimal).OpenAsync(cancellationToken);
        await using var json = new Utf8JsonWriter(stream, Indented);
        write(json);
        await json.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// Takes what the archive writes (it ends each entry and the archive with small synchronous writes, which the
    /// response does not allow) and passes it on to the response asynchronously whenever it is drained: between rows,
    /// entries and PDFs, so no more than one batch is ever held.
    /// </summary>
    private sealed class DrainedBuffer(Stream output) : Stream
    {
        private readonly MemoryStream _pending = new();
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _written + _pending.Length;
            set => throw new NotSupportedException();
        }

        public async Task DrainAsync(CancellationToken cancellationToken)
        {
            if (_pending.Length > 0)
            {
                _written += _pending.Length;
                await output.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
                _pending.SetLength(0);
                await output.FlushAsync(cancellationToken);
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _pending.Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _pending.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _pending.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
