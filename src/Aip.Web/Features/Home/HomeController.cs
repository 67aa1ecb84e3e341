using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Versions;
using Aip.Web.Data;
using Aip.Web.Features.Districts;
using Aip.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Home;

public sealed record HomePage(Role Role, string DisplayName, IReadOnlyList<DistrictSummary> Districts, IReadOnlyList<WaitingPlan> Waiting);

/// <summary>A plan waiting for ESE: a submission to review or an amendment to approve.</summary>
public sealed record WaitingPlan(Guid Id, string Title, string District, string What, DateTimeOffset? Since);

/// <summary>The first page after sign-in: what this person works on, by role.</summary>
[Route("")]
public sealed class HomeController(AipDbContext db) : Controller
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
        var waiting = role != Role.EseStaff ? [] : await db.Plans
            .Where(p => p.Status == PlanStatus.Submitted || p.OpenAmendmentStage == AmendmentStage.AwaitingApproval)
            .Join(db.Districts, p => p.DistrictId, d => d.Id, (p, d) => new { p.Id, p.Title, District = d.Name, p.Status, p.SubmittedAt })
            .OrderBy(p => p.SubmittedAt)
            .Select(p => new WaitingPlan(p.Id, p.Title, p.District, p.Status == PlanStatus.Submitted ? "Submitted for review" : "Amendment awaiting approval", p.SubmittedAt))
            .ToListAsync();
        return View(new HomePage(role, User.DisplayName(), await districts.ToSummaries(db).ToListAsync(), waiting));
    }
}
