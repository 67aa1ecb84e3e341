using System.Security.Claims;
using Aip.Web.Data;
using Aip.Web.Data.Audit;
using Aip.Web.Identity;

namespace Aip.Web.Features.Districts;

/// <summary>
/// The audit entries of a district's record as a whole: its export (filed under the district) and the deletion of its
/// data (filed under no district, since the district's own trail goes with it, and kept for good).
/// </summary>
internal static class DistrictRecordAudit
{
    public const string Exported = "Exported";
    public const string Deleted = "Deleted";

    public static AuditEntry Entry(ClaimsPrincipal by, DateTimeOffset at, Guid? districtId, string item, string action, IEnumerable<string> changes) => new()
    {
        DistrictId = districtId,
        Kind = AuditLabels.DistrictRecordKind,
        UserId = by.UserId(),
        UserName = by.DisplayName(),
        At = at,
        Item = item,
        Action = action,
        Changes = string.Join('\n', changes),
    };
}
