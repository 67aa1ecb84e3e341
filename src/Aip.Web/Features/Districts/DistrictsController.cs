using System.Globalization;
using Aip.Domain.Districts;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Districts;

[Route("districts")]
public sealed class DistrictsController(
    AipDbContext db, IAuthorizationService authorization, IValidator<DistrictForm> validator, TimeProvider clock, Home.WhatIsDue due)
    : Controller
{
    /// <summary>
    /// ESE's list of districts, a page of 25 at a time (as the portfolio's), read and counted in the database: the page
    /// costs the same whatever the number of districts. The search matches a name or a code, whatever the case.
    /// </summary>
    [Authorize(Policies.EseStaff)]
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1)
    {
        var search = Aip.Domain.Common.Text.Clean(q);
        var text = search?.ToUpperInvariant();
        // Translated to SQL (UPPER, then LIKE or a position test), where the analyzers' culture and comparison overloads
        // have no translation; codes are stored in capitals already.
#pragma warning disable CA1304, CA1311, CA1862
        var districts = text is null ? db.Districts : db.Districts.Where(d => d.Name.ToUpper().Contains(text) || d.Code.Contains(text));
#pragma warning restore CA1304, CA1311, CA1862
        var matching = await districts.CountAsync();
        var pages = Aip.Domain.Dashboards.PortfolioTable.Pages(matching);
        var number = Math.Clamp(page, 1, pages);
        var size = Aip.Domain.Dashboards.PortfolioTable.PageSize;
        var rows = await districts.ToSummaries(db).Skip((number - 1) * size).Take(size).ToListAsync();
        return View(new DistrictList(search, rows, matching, number, pages));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id)
    {
        var district = await db.Districts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id);
        if (district is null)
        {
            return NotFound();
        }

        if (!await authorization.AllowsAsync(User, id, DistrictOperations.Read))
        {
            return Forbid();
        }

        var monitors = db.Users.Where(u => u.Role == Role.PlanMonitor);
        return View(new DistrictPage(
            district.Id, district.Name, district.Code, district.Level, district.Notes, district.AmendmentsNeedEseApproval,
            await db.Users.Where(u => u.DistrictId == id).ToRows().ToListAsync(),
            await monitors.Where(u => db.MonitorAssignments.Any(a => a.MonitorId == u.Id && a.DistrictId == id)).ToRows().ToListAsync(),
            await monitors.Where(u => u.IsActive && !db.MonitorAssignments.Any(a => a.MonitorId == u.Id && a.DistrictId == id))
                .ToRows().ToListAsync(),
            await db.Plans.Where(p => p.DistrictId == id).OrderByDescending(p => p.FirstSchoolYear)
                .Select(p => new PlanRow(p.Id, p.Title, p.FirstSchoolYear, p.LastSchoolYear, p.Status)).ToListAsync(),
            (await authorization.AuthorizeAsync(User, PlanResource.NewIn(id), PlanOperations.Edit)).Succeeded)
        {
            Due = User.Role() is { } role ? await due.ForDistrictAsync(id, role) : null,
            Today = Domain.Common.Dates.Day(clock.GetUtcNow()),
            PlanDueOn = district.PlanDueOn,
        });
    }

    [Authorize(Policies.EseStaff)]
    [HttpGet("create")]
    public IActionResult Create() => Editor(new DistrictForm(), null);

    [Authorize(Policies.EseStaff)]
    [HttpPost("create")]
    [OneTimeForm]
    public async Task<IActionResult> Create(DistrictForm form)
    {
        if (!await IsValidAsync(form, null))
        {
            return Editor(form, null);
        }

        var district = District.Create(form.Name, form.Code, form.Level!.Value, form.Notes);
        district.SetAmendmentApproval(form.AmendmentsNeedEseApproval);
        district.SetPlanDue(form.PlanDueOn);
        db.Districts.Add(district);
        await db.SaveChangesAsync();
        TempData["Message"] = $"{district.Name} has been added.";
        return RedirectToAction(nameof(Details), new { id = district.Id });
    }

    [Authorize(Policies.EseStaff)]
    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id)
    {
        var district = await db.Districts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id);
        if (district is null)
        {
            return NotFound();
        }

        return await authorization.AllowsAsync(User, id, DistrictOperations.Change)
            ? Editor(DistrictForm.From(district), district.Name)
            : Forbid();
    }

    [Authorize(Policies.EseStaff)]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, DistrictForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var district = await db.Districts.SingleOrDefaultAsync(d => d.Id == id);
        if (district is null)
        {
            return NotFound();
        }

        if (!await authorization.AllowsAsync(User, id, DistrictOperations.Change))
        {
            return Forbid();
        }

        if (!await IsValidAsync(form, id))
        {
            return Editor(form, district.Name);
        }

        db.ExpectVersion(district, form.ConcurrencyToken);
        district.Update(form.Name, form.Code, form.Level!.Value, form.Notes);
        district.SetAmendmentApproval(form.AmendmentsNeedEseApproval);
        district.SetPlanDue(form.PlanDueOn);
        if (!await db.SaveUnlessConflictAsync())
        {
            return await ConflictAsync(form, id);
        }

        TempData["Message"] = $"{district.Name} has been saved.";
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Someone saved the district meanwhile: their version is described, the editor's input kept.</summary>
    private async Task<ViewResult> ConflictAsync(DistrictForm form, Guid id)
    {
        var current = await db.Districts.AsNoTracking().SingleAsync(d => d.Id == id);
        ModelState.Remove(nameof(form.ConcurrencyToken));
        form.ConcurrencyToken = current.ConcurrencyToken;
        ModelState.AddModelError(string.Empty,
            $"Someone else saved this district while you were editing. It is now: {current.Name} ({current.Code}), {current.Level}. " +
            "Your changes are below and have not been saved; save again to replace theirs.");
        return Editor(form, current.Name);
    }

    [Authorize(Policies.EseStaff)]
    [HttpPost("{id:guid}/monitors")]
    public async Task<IActionResult> AssignMonitor(Guid id, Guid monitorId)
    {
        if (!await db.Districts.AnyAsync(d => d.Id == id))
        {
            return NotFound();
        }

        var monitor = await db.Users.SingleOrDefaultAsync(u => u.Id == monitorId && u.Role == Role.PlanMonitor && u.IsActive);
        if (monitor is null)
        {
            TempData["Message"] = "Choose an active Plan Monitor to assign.";
        }
        else if (!await db.MonitorAssignments.AnyAsync(a => a.MonitorId == monitorId && a.DistrictId == id))
        {
            db.MonitorAssignments.Add(new MonitorAssignment(monitorId, id, clock.GetUtcNow()));
            await db.SaveChangesAsync();
            TempData["Message"] = $"{monitor.DisplayName} now monitors this district.";
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize(Policies.EseStaff)]
    [HttpPost("{id:guid}/monitors/{monitorId:guid}/remove")]
    public async Task<IActionResult> RemoveMonitor(Guid id, Guid monitorId)
    {
        // Loaded and removed through the unit of work, not deleted in SQL, so that the save pipeline audits it.
        var assignment = await db.MonitorAssignments.SingleOrDefaultAsync(a => a.MonitorId == monitorId && a.DistrictId == id);
        if (assignment is null)
        {
            return NotFound();
        }

        db.MonitorAssignments.Remove(assignment);
        await db.SaveChangesAsync();

        TempData["Message"] = "The monitor assignment has been removed.";
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<bool> IsValidAsync(DistrictForm form, Guid? id)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return false;
        }

        var code = District.NormalizeCode(form.Code);
        if (await db.Districts.AnyAsync(d => d.Code == code && d.Id != id))
        {
            ModelState.AddModelError(nameof(form.Code), $"Another district already has the code {code}.");
            return false;
        }

        return true;
    }

    private ViewResult Editor(DistrictForm form, string? currentName)
    {
        form.CurrentName = currentName;
        form.Levels = Enumerable.Range(AccountabilityLevel.Lowest, AccountabilityLevel.Highest)
            .Select(level => new SelectListItem(AccountabilityLevel.From(level).Description, level.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        return View("Editor", form);
    }
}
