using System.IO.Compression;
using System.Text.Json;

namespace Aip.Web.Tests.Districts;

/// <summary>A district's exported record as the test reads it back: its JSON files by name and its PDFs.</summary>
internal sealed class DistrictArchive
{
    private DistrictArchive(Dictionary<string, byte[]> files) => Files = files;

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public JsonElement Manifest => Json("manifest.json");

    public static async Task<DistrictArchive> DownloadAsync(TestClient ese, Guid districtId)
    {
        var page = await ese.GetPageAsync($"/districts/{districtId}");
        var response = await ese.SubmitAsync(page, $"form[action='/districts/{districtId}/export']");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    public static async Task<DistrictArchive> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        await using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            await using var stream = await entry.OpenAsync();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            files[entry.FullName] = copy.ToArray();
        }

        return new(files);
    }

    public JsonElement Json(string file) => JsonDocument.Parse(Files[file]).RootElement;

    public IEnumerable<JsonElement> Rows(string table) => Json($"data/{table}.json").EnumerateArray();

    /// <summary>Every id of every exported row, and the people's e-mail addresses: what must not be left after a deletion.</summary>
    public IReadOnlySet<string> Markers()
    {
        var markers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Files.Keys.Where(f => f.StartsWith("data/", StringComparison.Ordinal)))
        {
            foreach (var row in Json(file).EnumerateArray())
            {
                if (row.TryGetProperty("Id", out var id) && id.ValueKind == JsonValueKind.String && Guid.TryParse(id.GetString(), out _))
                {
                    markers.Add(id.GetString()!.ToLowerInvariant());
                }
            }
        }

        markers.UnionWith(Rows("AspNetUsers").Select(u => u.GetProperty("Email").GetString()!.ToLowerInvariant()));
        return markers;
    }
}
