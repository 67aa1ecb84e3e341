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

/// <param name="Districts">The districts a district person or a monitor works in; none for ESE staff, who find theirs in the portfolio.</param>
/// <param name="DistrictCount">How many districts there are (ESE staff).</param>
public sealed record HomePage(Role Role, string DisplayName, IReadOnlyList<DistrictSummary> Districts, int DistrictCount, IReadOnlyList<DueGroup> Due, DateOnly Today);

/// <summary>The first page after sign-in: what this person works on, by role.</summary>
[Route("")]
public sealed class HomeController(AipDbContext db, Accessors accessors, WhatIsDue due, TimeProvider clock) : Controller
{
    /// <param name="all">Every line of each group, instead of the first <see cref="DueGroup.HomeLines"/>.</param>
    [HttpGet("")]
    public async Task<IActionResult> Index(bool all = false)
    {
        var role = User.Role() ?? throw new InvalidOperationException("Signed-in user without a role.");
        var userId = User.UserId();
        var districtId = User.DistrictId();
        // ESE's home is what waits for ESE; the whole list of districts (hundreds, perhaps) is the portfolio's, paged there.
        var districts = role switch
        {
            Role.EseStaff => null,
            Role.PlanMonitor => db.Districts.Where(d => db.MonitorAssignments.Any(a => a.MonitorId == userId && a.DistrictId == d.Id)),
            _ => db.Districts.Where(d => d.Id == districtId),
        };
        var summaries = districts is null ? [] : await districts.ToSummaries(db).ToListAsync();
        var count = districts is null ? await db.Districts.CountAsync() : summaries.Count;
        var who = await accessors.OfAsync(User);
        var today = Dates.Day(clock.GetUtcNow());
        var groups = who is null ? [] : await due.ForAsync(who);
        return View(new HomePage(role, User.DisplayName(), summaries, count, all ? groups : [.. groups.Select(g => g.FirstOf(DueGroup.HomeLines, today))], today));
    }
}
