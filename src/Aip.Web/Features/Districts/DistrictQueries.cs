using Aip.Domain.Districts;
using Aip.Domain.People;
using Aip.Web.Data;

namespace Aip.Web.Features.Districts;

public sealed record DistrictSummary(Guid Id, string Name, string Code, AccountabilityLevel Level, int People, IReadOnlyList<string> Monitors);

/// <summary>A page of ESE's list of districts: those whose name or code contains <paramref name="Q"/>, by name.</summary>
public sealed record DistrictList(string? Q, IReadOnlyList<DistrictSummary> Rows, int Matching, int Page, int Pages);

public sealed record PersonRow(Guid Id, string DisplayName, string Email, Role Role, bool IsActive);

public sealed record PlanRow(Guid Id, string Title, int FirstSchoolYear, int LastSchoolYear, Domain.Plans.PlanStatus Status);

public sealed record DistrictPage(
    Guid Id, string Name, string Code, AccountabilityLevel Level, string? Notes, bool AmendmentsNeedEseApproval,
    IReadOnlyList<PersonRow> People, IReadOnlyList<PersonRow> Monitors, IReadOnlyList<PersonRow> UnassignedMonitors,
    IReadOnlyList<PlanRow> Plans, bool CanStartPlan)
{
    /// <summary>What is due in the district, as the reader reads it (the same lines as on the home pages).</summary>
    public Aip.Domain.Dashboards.DueGroup? Due { get; init; }

    public DateOnly Today { get; init; }

    /// <summary>When ESE expects the district's plan, if it said.</summary>
    public DateOnly? PlanDueOn { get; init; }
}

internal static class DistrictQueries
{
    /// <summary>One query for the whole list: counts and monitor names are projected, not loaded per row.</summary>
    public static IQueryable<DistrictSummary> ToSummaries(this IQueryable<District> districts, AipDbContext db) =>
        districts
            .OrderBy(d => d.Name)
            .Select(d => new DistrictSummary(
                d.Id,
                d.Name,
                d.Code,
                d.Level,
                db.Users.Count(u => u.DistrictId == d.Id && u.IsActive),
                db.MonitorAssignments.Where(a => a.DistrictId == d.Id)
                    .Join(db.Users, a => a.MonitorId, u => u.Id, (a, u) => u.DisplayName)
                    .OrderBy(n => n)
                    .ToList()));

    public static IQueryable<PersonRow> ToRows(this IQueryable<Identity.AipUser> users) =>
        users.OrderBy(u => u.DisplayName).Select(u => new PersonRow(u.Id, u.DisplayName, u.Email!, u.Role, u.IsActive));
}
