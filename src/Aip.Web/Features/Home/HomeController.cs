using Aip.Domain.Common;
using Aip.Domain.Dashboards;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Versions;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Features.Districts;
using Aip.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Home;

public sealed record HomePage(Role Role, string DisplayName, IReadOnlyList<DistrictSummary> Districts, IReadOnlyList<DueGroup> Due, DateOnly Today);

/// <summary>The first page after sign-in: what this person works on, by role.</summary>
[Route("")]
public sealed class HomeController(AipDbContext db, Accessors accessors, WhatIsDue due, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var role = User.Role() ?? throw new InvalidOperationException("Signed-in user without a role.");
        var userId = User.UserId();
        var districtId = User.DistrictId();
        var districts = role switch
        {
            Role.EseStaff => db.Districts,
            Role.PlanMonitor => db.Districts.Where(d => db.MonitorAssignments.Any(a => a.MonitorId == userId && a.DistrictId == d.Id)),
            _ => db.Districts.Where(d => d.Id == districtId),
        };
        var who = await accessors.OfAsync(User);
        return View(new HomePage(role, User.DisplayName(), await districts.ToSummaries(db).ToListAsync(), who is null ? [] : await due.ForAsync(who), Dates.Day(clock.GetUtcNow())));
    }
}
