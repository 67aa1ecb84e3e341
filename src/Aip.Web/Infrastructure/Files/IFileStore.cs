namespace Aip.Web.Infrastructure.Files;

/// <summary>
/// Where uploaded files' bytes live, by a key the app makes (a new Guid): never under the web root, never by a name a
/// person typed. The default is a folder (<see cref="FolderFileStore"/>, <c>Files:Folder</c>); a database-backed or
/// object-storage store is a later option behind the same interface (docs/architecture.md).
/// </summary>
public interface IFileStore
{
    Task SaveAsync(Guid key, Stream content, CancellationToken cancellationToken = default);

    /// <summary>The stored bytes, or null when nothing is stored under the key.</summary>
    Task<Stream?> OpenReadAsync(Guid key, CancellationToken cancellationToken = default);

    /// <summary>Removes the bytes; a key with nothing stored is no error.</summary>
    Task DeleteAsync(Guid key, CancellationToken cancellationToken = default);
}
