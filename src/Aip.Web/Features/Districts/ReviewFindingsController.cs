using Aip.Domain.Common;
using Aip.Domain.Districts;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Versions;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Features.Plans;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Districts;

/// <summary>One finding as the page lists it, with the objectives and initiatives of the district's current plan that address it.</summary>
public sealed record FindingRow(ReviewFinding Finding, IReadOnlyList<string> AddressedBy);

public sealed record ReviewFindingsPage(
    Guid DistrictId, string DistrictName, IReadOnlyList<FindingRow> Findings, Plan? CurrentPlan, bool CanRecord, ReviewFindingForm Form, Guid? Editing)
{
    public int Unaddressed => CurrentPlan is null ? 0 : Findings.Count(f => f.AddressedBy.Count == 0);
}

/// <summary>
/// The District Review's findings (603 CMR 2.03(6)), under the six District Standards with their recommendations: ESE records
/// and corrects them; everyone who reads the district reads them, with the objectives and initiatives of the current plan that
/// address each, so that a finding no part of the plan answers stands out (rubric criterion 2).
/// </summary>
[Route("districts/{districtId:guid}/review-findings")]
public sealed class ReviewFindingsController(
    AipDbContext db, PlanStore plans, IAuthorizationService authorization, TimeProvider clock, IValidator<ReviewFindingForm> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid districtId, Guid? edit)
    {
        if (await RefusalAsync(districtId) is { } refusal)
        {
            return refusal;
        }

        var form = new ReviewFindingForm();
        if (edit is { } findingId && await MayRecordAsync())
        {
            if (await db.ReviewFindings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == findingId && f.DistrictId == districtId) is not { } finding)
            {
                return NotFound();
            }

            form = ReviewFindingForm.Of(finding);
        }

        return await PageAsync(districtId, form, form.ConcurrencyToken is null ? null : edit);
    }

    [HttpPost("")]
    [OneTimeForm]
    [Authorize(Policy = Policies.EseStaff)]
    public async Task<IActionResult> Record(Guid districtId, [Bind(Prefix = "Form")] ReviewFindingForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await RefusalAsync(districtId) is { } refusal)
        {
            return refusal;
        }

        if (!await validator.ValidateIntoAsync(form, ModelState, prefix: "Form"))
        {
            return await PageAsync(districtId, form, null);
        }

        var standard = form.Standard!.Value;
        var taken = await db.ReviewFindings.Where(f => f.DistrictId == districtId && f.Standard == standard).Select(f => f.Number).ToListAsync();
        var finding = ReviewFinding.Record(districtId, standard, ReviewFinding.NextNumber(taken), form.Finding, form.Recommendation, Actor(), clock.GetUtcNow());
        db.ReviewFindings.Add(finding);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException clash) when (clash.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Form.Standard",
                $"Someone else recorded a finding under {standard.DisplayName()} a moment ago; what you typed is below: save again to add it after theirs.");
            return await PageAsync(districtId, form, null);
        }

        TempData["Message"] = $"{finding.Name} is recorded.";
        return RedirectToAction(nameof(Index), null, new { districtId }, $"finding-{finding.Id}");
    }

    [HttpPost("{findingId:guid}")]
    [Authorize(Policy = Policies.EseStaff)]
    public async Task<IActionResult> Correct(Guid districtId, Guid findingId, [Bind(Prefix = "Form")] ReviewFindingForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await RefusalAsync(districtId) is { } refusal)
        {
            return refusal;
        }

        if (await db.ReviewFindings.SingleOrDefaultAsync(f => f.Id == findingId && f.DistrictId == districtId) is not { } finding)
        {
            return NotFound();
        }

        // The standard stays with the finding (the plan's links and the numbering name it); the form shows it, fixed.
        form.Standard = finding.Standard;
        if (!await validator.ValidateIntoAsync(form, ModelState, prefix: "Form") || form.ConcurrencyToken is not { } token)
        {
            return await PageAsync(districtId, form, findingId);
        }

        db.ExpectVersion(finding, token);
        finding.Correct(form.Finding, form.Recommendation, Actor(), clock.GetUtcNow());
        if (!await db.SaveUnlessConflictAsync())
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty,
                $"Someone else changed {finding.Name} while you were editing. What you typed is below and has not been saved; read the finding above and save again to replace it.");
            form.ConcurrencyToken = await db.ReviewFindings.Where(f => f.Id == findingId).Select(f => (Guid?)f.ConcurrencyToken).SingleOrDefaultAsync();
            ModelState.Remove("Form.ConcurrencyToken");
            return await PageAsync(districtId, form, findingId);
        }

        TempData["Message"] = $"{finding.Name} is corrected.";
        return RedirectToAction(nameof(Index), null, new { districtId }, $"finding-{finding.Id}");
    }

    [HttpPost("{findingId:guid}/withdraw")]
    [Authorize(Policy = Policies.EseStaff)]
    public async Task<IActionResult> Withdraw(Guid districtId, Guid findingId)
    {
        if (await RefusalAsync(districtId) is { } refusal)
        {
            return refusal;
        }

        if (await db.ReviewFindings.SingleOrDefaultAsync(f => f.Id == findingId && f.DistrictId == districtId) is not { } finding)
        {
            return NotFound();
        }

        try
        {
            finding.EnsureWithdrawable(Actor(), await AddressedByAnyPlanAsync(districtId, findingId));
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            var page = await PageAsync(districtId, new ReviewFindingForm(), null);
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }

        db.ReviewFindings.Remove(finding);
        await db.SaveChangesAsync();
        TempData["Message"] = $"{finding.Name} is withdrawn; the numbers of the others stay as they are.";
        return RedirectToAction(nameof(Index), null, new { districtId });
    }

    /// <summary>Not found for no such district, forbidden for a district the person may not read.</summary>
    private async Task<IActionResult?> RefusalAsync(Guid districtId)
    {
        if (!await db.Districts.AnyAsync(d => d.Id == districtId))
        {
            return NotFound();
        }

        return (await authorization.AuthorizeAsync(User, new DistrictResource(districtId), DistrictOperations.Read)).Succeeded ? null : Forbid();
    }

    /// <summary>The district's plan people work on now: the newest that is not superseded.</summary>
    private async Task<Plan?> CurrentPlanAsync(Guid districtId) =>
        await db.Plans.Where(p => p.DistrictId == districtId && p.Status != PlanStatus.Superseded)
            .OrderByDescending(p => p.FirstSchoolYear).Select(p => (Guid?)p.Id).FirstOrDefaultAsync() is { } id
            ? await plans.LoadAsync(id, tracking: false)
            : null;

    /// <summary>Every live objective and initiative of any of the district's plans that says it addresses the finding.</summary>
    private async Task<IReadOnlyCollection<string>> AddressedByAnyPlanAsync(Guid districtId, Guid findingId)
    {
        var names = new List<string>();
        foreach (var id in await db.Plans.Where(p => p.DistrictId == districtId).Select(p => p.Id).ToListAsync())
        {
            var plan = (await plans.LoadAsync(id, tracking: false))!;
            names.AddRange(PlanContent.Of(plan).AddressedBy(findingId).Select(n => $"{n} of “{plan.Title}”"));
        }

        return names;
    }

    private async Task<ViewResult> PageAsync(Guid districtId, ReviewFindingForm form, Guid? editing)
    {
        var name = await db.Districts.Where(d => d.Id == districtId).Select(d => d.Name).SingleAsync();
        var current = await CurrentPlanAsync(districtId);
        var content = current is null ? null : PlanContent.Of(current);
        var findings = (await db.ReviewFindings.AsNoTracking().Where(f => f.DistrictId == districtId).ToListAsync())
            .OrderBy(f => f.Standard).ThenBy(f => f.Number)
            .Select(f => new FindingRow(f, content?.AddressedBy(f.Id) ?? [])).ToList();
        return View("ReviewFindings", new ReviewFindingsPage(districtId, name, findings, current, await MayRecordAsync(), form, editing));
    }

    private async Task<bool> MayRecordAsync() => (await authorization.AuthorizeAsync(User, Policies.EseStaff)).Succeeded;

    private Actor Actor() => new(User.UserId() ?? Guid.Empty, User.Role() ?? default, User.DisplayName());
}
