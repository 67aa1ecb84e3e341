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

/// <summary>One finding as the page lists it, with the objectives and initiatives of the district's plans in use that address it.</summary>
public sealed record FindingRow(ReviewFinding Finding, IReadOnlyList<string> AddressedBy);

public sealed record ReviewFindingsPage(
    Guid DistrictId, string DistrictName, IReadOnlyList<FindingRow> Findings, IReadOnlyList<PlanHeader> Plans, bool CanRecord, ReviewFindingForm Form, Guid? Editing)
{
    public int Unaddressed => Findings.Count(f => f.AddressedBy.Count == 0);
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
        var finding = ReviewFinding.Record(districtId, standard, ReviewFinding.NextNumber(taken), form.Finding, form.Recommendation, User.Actor(), clock.GetUtcNow());
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
        finding.Correct(form.Finding, form.Recommendation, User.Actor(), clock.GetUtcNow());
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
            finding.EnsureWithdrawable(User.Actor(), await AddressedByAnyPlanAsync(districtId, findingId));
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

    /// <summary>
    /// The content of the district's plans (those in use, or all of them), in order of their first school year: what their
    /// objectives and initiatives address. A district has one plan in use, and a successor being drafted at times.
    /// </summary>
    private async Task<IReadOnlyList<(PlanHeader Header, PlanContent Content)>> PlansAsync(Guid districtId, bool inUseOnly)
    {
        var loaded = new List<(PlanHeader, PlanContent)>();
        foreach (var id in await db.Plans.Where(p => p.DistrictId == districtId && (!inUseOnly || p.Status != PlanStatus.Superseded))
                     .OrderBy(p => p.FirstSchoolYear).Select(p => p.Id).ToListAsync())
        {
            var plan = (await plans.LoadAsync(id, tracking: false))!;
            loaded.Add((PlanHeader.Of(plan), PlanContent.Of(plan)));
        }

        return loaded;
    }

    /// <summary>
    /// The objectives and initiatives that address a finding, named with their plan's title when there are several plans or
    /// <paramref name="withTitle"/> asks for it.
    /// </summary>
    private static IReadOnlyList<string> AddressedBy(IReadOnlyList<(PlanHeader Header, PlanContent Content)> plans, Guid findingId, bool withTitle = false) =>
    [
        .. plans.SelectMany(p => p.Content.AddressedBy(findingId).Select(name => withTitle || plans.Count > 1 ? $"{name} of “{p.Content.Title}”" : name)),
    ];

    private async Task<IReadOnlyCollection<string>> AddressedByAnyPlanAsync(Guid districtId, Guid findingId) =>
        AddressedBy(await PlansAsync(districtId, inUseOnly: false), findingId, withTitle: true);

    private async Task<ViewResult> PageAsync(Guid districtId, ReviewFindingForm form, Guid? editing)
    {
        var name = await db.Districts.Where(d => d.Id == districtId).Select(d => d.Name).SingleAsync();
        var inUse = await PlansAsync(districtId, inUseOnly: true);
        var findings = (await db.ReviewFindings.AsNoTracking().Where(f => f.DistrictId == districtId).ToListAsync())
            .OrderBy(f => f.Standard).ThenBy(f => f.Number)
            .Select(f => new FindingRow(f, AddressedBy(inUse, f.Id))).ToList();
        return View("ReviewFindings", new ReviewFindingsPage(districtId, name, findings, [.. inUse.Select(p => p.Header)], await MayRecordAsync(), form, editing));
    }

    private async Task<bool> MayRecordAsync() => (await authorization.AuthorizeAsync(User, Policies.EseStaff)).Succeeded;
}
