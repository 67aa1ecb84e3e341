namespace Aip.Domain.People;

/// <summary>The four kinds of people who sign in to AIP. Every account has exactly one.</summary>
public enum Role
{
    Superintendent = 1,
    PlanManager = 2,
    PlanMonitor = 3,
    EseStaff = 4,
}

public static class RoleFacts
{
    public static IReadOnlyList<Role> All { get; } = [Role.Superintendent, Role.PlanManager, Role.PlanMonitor, Role.EseStaff];

    /// <summary>Superintendents and Plan Managers belong to exactly one district.</summary>
    public static bool IsDistrictRole(this Role role) => role is Role.Superintendent or Role.PlanManager;

    /// <summary>
    /// ESE staff and Plan Monitors read every district they oversee, so their accounts must use a second factor
    /// (an authenticator app) as well as a password; for district people it is their choice.
    /// </summary>
    public static bool NeedsSecondFactor(this Role role) => role is Role.PlanMonitor or Role.EseStaff;

    public static string DisplayName(this Role role) => role switch
    {
        Role.Superintendent => "Superintendent",
        Role.PlanManager => "Plan Manager",
        Role.PlanMonitor => "Plan Monitor",
        Role.EseStaff => "ESE staff",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
