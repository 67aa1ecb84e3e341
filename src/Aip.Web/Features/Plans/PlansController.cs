using Aip.Domain.Districts;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Plans;

/// <summary>The plan overview's model; <paramref name="Body"/> is the key its rendered body is kept under for reuse.</summary>
public sealed record PlanPage(
    Plan Plan, string DistrictName, ReadinessReport Readiness, bool CanEdit, bool CanReadHistory, PlanStanding Standing, IReadOnlyList<FindingRef> Findings,
    PageBodyKey? Body = null);

/// <summary>The plan as a whole: starting one, its overview in template order, its details and Section 1.</summary>
public sealed class PlansController(
    PlanStore store, IAuthorizationService authorization, AipDbContext db, TimeProvider clock, PlanStandings standings, PageBodies bodies,
    IValidator<PlanDetailsForm> detailsValidator, IValidator<Section1Form> section1Validator)
    : PlanControllerBase(store, authorization)
{
    [HttpGet("districts/{districtId:guid}/plans/new")]
    public async Task<IActionResult> Create(Guid districtId)
    {
        var district = await db.Districts.Where(d => d.Id == districtId).Select(d => d.Name).SingleOrDefaultAsync();
        if (district is null)
        {
            return NotFound();
        }

        // The school year starting next (plans are written in the spring and summer before it).
        var today = clock.GetUtcNow();
        return await MayStartPlanAsync(districtId)
            ? View("Details", new PlanDetailsForm { DistrictName = district, FirstSchoolYear = today.Month >= 3 ? today.Year : today.Year - 1 })
            : Forbid();
    }

    [HttpPost("districts/{districtId:guid}/plans/new")]
    [OneTimeForm]
    public async Task<IActionResult> Create(Guid districtId, PlanDetailsForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var district = await db.Districts.Where(d => d.Id == districtId).Select(d => d.Name).SingleOrDefaultAsync();
        if (district is null)
        {
            return NotFound();
        }

        if (!await MayStartPlanAsync(districtId))
        {
            return Forbid();
        }

        form.DistrictName = district;
        if (!await detailsValidator.ValidateIntoAsync(form, ModelState))
        {
            return View("Details", form);
        }

        var plan = Plan.Create(districtId, form.Title, form.FirstSchoolYear!.Value, form.LastSchoolYear!.Value);
        db.Plans.Add(plan);
        return await SaveAsync(plan, () => { }, () => View("Details", form), () => ToOverview(plan.Id, "The plan has been started. Begin with Section 1."));
    }

    [HttpGet("plans/{id:guid}")]
    [ForPlan(PlanOperation.Read, headerOnly: true)]
    public async Task<IActionResult> Overview(Guid id)
    {
        // The page is the same for the same records and the same reader: its body is rendered once per page stamp (moved
        // by every save that changes what it shows) and reader, and reused (PageBodies). The reader's rights are asked
        // every time, before anything else is read.
        var header = CurrentHeader;
        var canEdit = await CanEditAsync(header);
        var canReadHistory = (await Authorization.AuthorizeAsync(User, Policies.EseStaff)).Succeeded;
        var rights = await standings.RightsAsync(User, header);
        var key = PageBodies.KeyFor(
            nameof(Overview), header.PageStamp, HttpContext, canEdit, canReadHistory, rights.CanSteer, rights.CanReview, rights.SeesReviewsInProgress);
        if (bodies.Find(key, HttpContext) is { } body)
        {
            return View("ReusedBody", new ReusedBody(header.Title, body));
        }

        // The overview shows objectives, initiatives and final outcomes; its readiness panel and submission action, shown
        // while the plan can change or be submitted, check every benchmark and activity, so only then is the whole plan read.
        var showsReadiness = header.IsEditable || PlanWorkflow.CanStep(header.Status, PlanStep.Submit, Role.Superintendent);
        var plan = showsReadiness ? await Store.LoadAsync(id, tracking: false) : await Store.OutlineAsync(id);
        if (plan is null)
        {
            return NotFound();
        }

        var district = await Store.DistrictNameAsync(plan);
        var findings = await Store.FindingsAsync(plan.DistrictId);
        var readiness = showsReadiness ? Readiness.Check(plan, findings) : new ReadinessReport([]);
        return View(new PlanPage(plan, district, readiness, canEdit, canReadHistory, await standings.ForAsync(rights, plan), findings, key));
    }

    [HttpGet("plans/{id:guid}/details")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Details(Guid id)
    {
        var plan = CurrentPlan;
        var form = PlanDetailsForm.From(plan);
        form.DistrictName = await Store.DistrictNameAsync(plan);
        return View(form);
    }

    [HttpPost("plans/{id:guid}/details")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Details(Guid id, PlanDetailsForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        form.DistrictName = await Store.DistrictNameAsync(plan);
        if (!await detailsValidator.ValidateIntoAsync(form, ModelState))
        {
            return View(form);
        }

        return await SaveAsync(
            plan,
            () => plan.UpdateDetails(form.Title, form.FirstSchoolYear!.Value, form.LastSchoolYear!.Value),
            () => View(form),
            () => ToOverview(id, "The plan's details have been saved."),
            (plan, form.ConcurrencyToken));
    }

    [HttpGet("plans/{id:guid}/section-1")]
    [ForPlan(PlanOperation.Edit)]
    public IActionResult Section1(Guid id)
    {
        var plan = CurrentPlan;
        return View(Section1Form.From(plan));
    }

    [HttpPost("plans/{id:guid}/section-1")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Section1(Guid id, Section1Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        form.PlanTitle = plan.Title;
        if (!await section1Validator.ValidateIntoAsync(form, ModelState))
        {
            return View(form);
        }

        return await SaveAsync(
            plan,
            () => plan.UpdateSection1(form.KeyIssues, form.TheoryOfAction, form.WhyTheseObjectives),
            () => View(form),
            () => ToOverview(id, "Section 1 has been saved.", "section-1"),
            (plan, form.ConcurrencyToken));
    }
}
