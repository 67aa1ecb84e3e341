using Aip.Domain.Common;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Data.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.History;

/// <summary>Who is looked for and over which Massachusetts days; every part optional.</summary>
public sealed class HistoryFilter
{
    public Guid? Person { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}

public sealed record HistoryRow(
    DateTimeOffset At, string UserName, string Kind, string Action, string Item, string Changes, string? IpAddress, string? UserAgent);

public sealed record HistoryPage(
    string Title, string Subject, string BackLink, string BackText, HistoryFilter Filter,
    IReadOnlyList<SelectListItem> People, IReadOnlyList<HistoryRow> Rows, bool Truncated);

/// <summary>
/// ESE staff read the audit trail of a plan (its items, reviews, self-assessment, amendments and versions) or of a
/// whole district (its settings, its people's access, monitor assignments and every plan), newest first, filtered by
/// person and by day, in Massachusetts time.
/// </summary>
[Authorize(Policies.EseStaff)]
public sealed class HistoryController(AipDbContext db, IAuthorizationService authorization) : Controller
{
    public const int PageLength = 500;

    [HttpGet("plans/{id:guid}/history")]
    public async Task<IActionResult> Plan(Guid id, HistoryFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var plan = await db.Plans.Where(p => p.Id == id).Select(p => new { p.Title, p.DistrictId }).SingleOrDefaultAsync();
        if (plan is null)
        {
            return NotFound();
        }

        if (!await authorization.AllowsAsync(User, plan.DistrictId, DistrictOperations.Read))
        {
            return Forbid();
        }

        return await PageAsync(db.AuditEntries.Where(a => a.PlanId == id), filter, "Change history", plan.Title, $"/plans/{id}", $"Back to {plan.Title}");
    }

    [HttpGet("districts/{id:guid}/history")]
    public async Task<IActionResult> District(Guid id, HistoryFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var name = await db.Districts.Where(d => d.Id == id).Select(d => d.Name).SingleOrDefaultAsync();
        if (name is null)
        {
            return NotFound();
        }

        if (!await authorization.AllowsAsync(User, id, DistrictOperations.Read))
        {
            return Forbid();
        }

        return await PageAsync(db.AuditEntries.Where(a => a.DistrictId == id && a.Kind != AuditLabels.SignInKind), filter,
            "District history", name, $"/districts/{id}", $"Back to {name}");
    }

    /// <summary>Every change to people's accounts and monitor assignments, those without a district (monitors, ESE) too.</summary>
    [HttpGet("users/history")]
    public Task<IActionResult> People(HistoryFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return PageAsync(db.AuditEntries.Where(a => a.Kind == AuditLabels.PersonKind || a.Kind == AuditLabels.AssignmentKind), filter,
            "People history", "Accounts and monitor assignments", "/users", "Back to people");
    }

    /// <summary>Sign-ins, failed attempts, lockouts, codes refused and sign-outs, with where they came from.</summary>
    [HttpGet("users/sign-ins")]
    public Task<IActionResult> SignIns(HistoryFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return PageAsync(db.AuditEntries.Where(a => a.Kind == AuditLabels.SignInKind), filter,
            "Sign-in history", "Sign-ins, failed attempts and lockouts", "/users", "Back to people");
    }

    /// <summary>The deletions of districts' data: the one entry each leaves behind, since the district's own trail goes with it.</summary>
    [HttpGet("districts/deleted")]
    public Task<IActionResult> DeletedDistricts(HistoryFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return PageAsync(db.AuditEntries.Where(a => a.DistrictId == null && a.Kind == AuditLabels.DistrictRecordKind), filter,
            "Deleted district data", "Districts whose data was deleted", "/districts", "Back to districts");
    }

    private async Task<IActionResult> PageAsync(
        IQueryable<AuditEntry> trail, HistoryFilter filter, string title, string subject, string backLink, string backText)
    {
        var people = await trail.GroupBy(a => new { a.UserId, a.UserName })
            .Select(g => new { g.Key.UserId, g.Key.UserName })
            .ToListAsync();
        var entries = trail;
        if (filter.Person is { } person)
        {
            entries = entries.Where(a => a.UserId == person);
        }

        if (filter.From is { } from)
        {
            var start = StartOfDay(from);
            entries = entries.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOfDay(to.AddDays(1));
            entries = entries.Where(a => a.At < end);
        }

        var rows = await entries.OrderByDescending(a => a.At).Take(PageLength + 1)
            .Select(a => new HistoryRow(a.At, a.UserName, a.Kind, a.Action, a.Item, a.Changes, a.IpAddress, a.UserAgent))
            .ToListAsync();
        var options = people.Where(p => p.UserId is not null)
            .OrderBy(p => p.UserName, StringComparer.CurrentCulture)
            .Select(p => new SelectListItem(p.UserName, p.UserId.ToString(), p.UserId == filter.Person))
            .ToList();
        return View("Index", new HistoryPage(title, subject, backLink, backText, filter, options, rows.Take(PageLength).ToList(), rows.Count > PageLength));
    }

    /// <summary>Midnight of a Massachusetts day, as the instant the trail stores.</summary>
    private static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Dates.Local.GetUtcOffset(local));
    }
}
