using Aip.Domain.Common;

namespace Aip.Domain.People;

/// <summary>What someone wants to do with a district's data.</summary>
public enum DistrictOperation
{
    Read,
    Change,
}

/// <summary>The facts about a signed-in person that decide what district data they may reach.</summary>
public sealed record Accessor(Role Role, Guid? DistrictId, IReadOnlySet<Guid> AssignedDistrictIds)
{
    public static Accessor Ese() => new(Role.EseStaff, null, new HashSet<Guid>());

    public static Accessor Monitor(params Guid[] assigned) => new(Role.PlanMonitor, null, assigned.ToHashSet());

    public static Accessor OfDistrict(Role role, Guid districtId) =>
        role.IsDistrictRole()
            ? new(role, districtId, new HashSet<Guid>())
            : throw new DomainException($"A {role.DisplayName()} does not belong to a district.");
}

/// <summary>
/// The one rule for district scoping: district people reach only their own district; monitors read only
/// the districts ESE assigned to them; ESE staff reach every district. Feature-specific rules (for example
/// "only while the plan is a draft") are layered on top by the feature, never instead of this.
/// </summary>
public static class DistrictAccess
{
    public static bool Allows(Accessor who, Guid districtId, DistrictOperation operation) => who.Role switch
    {
        Role.EseStaff => true,
        Role.PlanMonitor => operation == DistrictOperation.Read && who.AssignedDistrictIds.Contains(districtId),
        Role.Superintendent or Role.PlanManager => who.DistrictId == districtId,
        _ => false,
    };
}
