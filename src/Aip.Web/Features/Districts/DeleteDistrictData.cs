using System.Globalization;
using System.Security.Claims;
using Aip.Domain.Common;
using Aip.Domain.Districts;
using Aip.Web.Data;
using Aip.Web.Data.Audit;
using Aip.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Districts;

public sealed record DeletionCount(string What, int Rows);

/// <summary>
/// Deletes everything of a district (<see cref="DistrictRecord"/>) in one transaction, children before parents. The
/// district's people's accounts are deleted, not anonymised: the agreements ask for the data to go, and nothing that
/// stays refers to them (their notifications, assignments and audit trail go too). What remains is one audit entry, filed
/// under no district: who deleted which district (name, code and id), when, and how many rows of each kind. The
/// bytes of its evidence files are deleted from the file store once the transaction has committed.
/// </summary>
public sealed class DeleteDistrictData(AipDbContext db, TimeProvider clock, IFileStore files)
{
    public async Task<IReadOnlyList<DeletionCount>> CountsAsync(Guid districtId, CancellationToken cancellationToken = default)
    {
        var counts = new List<DeletionCount>();
        foreach (var table in (await DistrictRecord.OfAsync(db, districtId, cancellationToken)).Tables)
        {
            counts.Add(new(table.Label, await table.CountAsync(cancellationToken)));
        }

        return counts;
    }

    public async Task<IReadOnlyList<DeletionCount>> RunAsync(District district, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(district);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lastExport = await db.AuditEntries
            .Where(a => a.DistrictId == district.Id && a.Kind == AuditLabels.DistrictRecordKind && a.Action == DistrictRecordAudit.Exported)
            .OrderByDescending(a => a.At).Select(a => new { a.At, a.UserName }).FirstOrDefaultAsync(cancellationToken);
        var record = await DistrictRecord.OfAsync(db, district.Id, cancellationToken);
        var storedFiles = await DistrictRecord.StoredFiles(db, district.Id).Select(f => f.StorageKey).ToListAsync(cancellationToken);
        var counts = new List<DeletionCount>();
        foreach (var table in record.InDeletionOrder())
        {
            counts.Add(new(table.Label, await table.DeleteAsync(cancellationToken)));
        }

        counts.Reverse();
        db.AuditEntries.Add(DistrictRecordAudit.Entry(by, clock.GetUtcNow(), null, $"{district.Name} ({district.Code})", DistrictRecordAudit.Deleted,
        [
            $"District id: {district.Id}",
            lastExport is null ? "Record last exported: never" : $"Record last exported: {Dates.Display(lastExport.At)} by {lastExport.UserName}",
            .. counts.Select(c => $"{c.What}: {c.Rows.ToString(CultureInfo.InvariantCulture)} deleted"),
        ]));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The evidence files' bytes go once their rows have: a failure here leaves unreferenced bytes, never a row without them.
        foreach (var key in storedFiles)
        {
            await files.DeleteAsync(key, CancellationToken.None);
        }

        return counts;
    }
}
