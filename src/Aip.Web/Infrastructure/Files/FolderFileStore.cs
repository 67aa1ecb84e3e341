using Microsoft.Extensions.Options;

namespace Aip.Web.Infrastructure.Files;

/// <summary>
/// Files in a folder (<c>Files:Folder</c>), one file per key named by the key alone ("3f…/3f2a….bin"), under a
/// two-character subfolder so that no folder grows too large. Written to a temporary name first, so a half-written file
/// is never served.
/// </summary>
public sealed class FolderFileStore(IOptions<FileStoreOptions> options, IWebHostEnvironment environment) : IFileStore
{
    private readonly string _root = Path.GetFullPath(options.Value.Folder, environment.ContentRootPath);

    public string Root => _root;

    public async Task SaveAsync(Guid key, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".part";
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        File.Move(temporary, path, overwrite: false);
    }

    public Task<Stream?> OpenReadAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    public Task DeleteAsync(Guid key, CancellationToken cancellationToken = default)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(Guid key)
    {
        var name = key.ToString("N");
        return Path.Combine(_root, name[..2], name + ".bin");
    }
}
