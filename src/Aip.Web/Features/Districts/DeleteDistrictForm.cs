using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Aip.Web.Features.Districts;

/// <summary>The typed confirmation before a district's data is deleted: the person types the district's name.</summary>
public sealed class DeleteDistrictForm
{
    [Display(Name = "Type the district's name to confirm")]
    public string? ConfirmName { get; set; }

    [BindNever]
    public string Name { get; set; } = string.Empty;

    [BindNever]
    public string Code { get; set; } = string.Empty;

    /// <summary>What will be deleted, table by table.</summary>
    [BindNever]
    public IReadOnlyList<DeletionCount> Counts { get; set; } = [];

    /// <summary>The name typed matches the district's, ignoring surrounding spaces (and nothing else).</summary>
    public bool Confirms(string districtName) => string.Equals(ConfirmName?.Trim(), districtName, StringComparison.Ordinal);
}
