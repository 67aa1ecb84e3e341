using System.Security.Cryptography;
using Aip.Domain.Monitoring;
using Aip.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace Aip.Web.Features.Evidence;

/// <summary>An upload that passed the checks: its checked kind and SHA-256, ready to store.</summary>
public sealed record CheckedUpload(IFormFile File, FileKind Kind, string Sha256);

/// <summary>
/// Checks uploads before anything is stored: each file within <c>Files:MaxFileBytes</c>, its content one of
/// <see cref="FileContent"/>'s kinds agreeing with its extension. Refusals go next to the files field; the other fields
/// the person typed stay on the redisplayed form.
/// </summary>
public sealed class EvidenceUploads(IOptions<FileStoreOptions> options, IFileStore store, TimeProvider clock)
{
    public const string Field = "Form.Files";

    public long MaxFileBytes => options.Value.MaxFileBytes;

    /// <summary>The most one send may carry, files and fields together.</summary>
    public long RequestLimit => options.Value.RequestLimit;

    public async Task<IReadOnlyList<CheckedUpload>> CheckAsync(IEnumerable<IFormFile> files, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(modelState);
        var accepted = new List<CheckedUpload>();
        foreach (var file in files.Where(f => f.Length > 0 || f.FileName.Length > 0))
        {
            var name = EvidenceFileName.Clean(file.FileName);
            if (file.Length > MaxFileBytes)
            {
                modelState.AddModelError(Field, $"{name} is larger than {FileStoreOptions.Describe(MaxFileBytes)}, the most one file may be. Choose a smaller file, or link to where it lives.");
                continue;
            }

            if (file.Length == 0)
            {
                modelState.AddModelError(Field, $"{name} is empty.");
                continue;
            }

            await using var content = await BufferedAsync(file);
            if (FileContent.Identify(content, name) is not { } kind)
            {
                modelState.AddModelError(Field, $"{name} is not a file the library takes, by its content: it takes {FileContent.Allowed}, with the matching extension.");
                continue;
            }

            accepted.Add(new(file, kind, Convert.ToHexStringLower(await SHA256.HashDataAsync(content))));
        }

        if (accepted.Count > 0 && modelState[Field]?.Errors.Count > 0)
        {
            modelState.AddModelError(Field, "Nothing was uploaded: choose the files again (without the refused ones).");
        }

        return accepted;
    }

    /// <summary>Stores each checked upload under a new key and attaches it; returns the keys stored (to delete if the save fails).</summary>
    public async Task<IReadOnlyList<Guid>> StoreAsync(EvidenceItem item, IEnumerable<CheckedUpload> uploads)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(uploads);
        var keys = new List<Guid>();
        foreach (var upload in uploads)
        {
            var key = Guid.NewGuid();
            await using (var content = upload.File.OpenReadStream())
            {
                await store.SaveAsync(key, content);
            }

            keys.Add(key);
            item.AttachFile(upload.File.FileName, upload.Kind.ContentType, upload.File.Length, upload.Sha256, key, clock.GetUtcNow());
        }

        return keys;
    }

    public async Task DeleteAsync(IEnumerable<Guid> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            await store.DeleteAsync(key);
        }
    }

    private static async Task<Stream> BufferedAsync(IFormFile file)
    {
        var stream = file.OpenReadStream();
        if (stream.CanSeek)
        {
            return stream;
        }

        var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        await stream.DisposeAsync();
        copy.Position = 0;
        return copy;
    }
}
