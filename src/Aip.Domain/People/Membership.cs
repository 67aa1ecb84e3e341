namespace Aip.Domain.People;

/// <summary>Which accounts belong to a district.</summary>
public static class Membership
{
    /// <summary>
    /// Superintendents and Plan Managers belong to exactly one district; Plan Monitors (assigned to
    /// districts separately) and ESE staff belong to none. Returns what is wrong, or null when it fits.
    /// </summary>
    public static string? Problem(Role role, Guid? districtId) => (role.IsDistrictRole(), districtId) switch
    {
        (true, null) => $"Choose the district of this {role.DisplayName()}.",
        (false, not null) => $"A {role.DisplayName()} does not belong to one district; leave the district empty.",
        _ => null,
    };
}
