using Aip.Domain.Plans;
using Aip.Web.Authorization;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Aip.Web.Features.Plans;

/// <summary>Activities (H–K of the Strategy Sheet): action step, who leads, start and completion dates, by quarter.</summary>
[Route("plans/{id:guid}")]
public sealed class ActivitiesController(PlanStore store, IAuthorizationService authorization, IValidator<ActivityForm> validator)
    : PlanControllerBase(store, authorization)
{
    [HttpGet("initiatives/{initiativeId:guid}/activities/add")]
    [ForPlan(PlanOperation.Edit)]
    public IActionResult Add(Guid id, Guid initiativeId)
    {
        var plan = CurrentPlan;
        var initiative = plan.FindInitiative(initiativeId);
        return Editor(new ActivityForm { Adding = true }, initiative);
    }

    [HttpPost("initiatives/{initiativeId:guid}/activities/add")]
    [OneTimeForm]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Add(Guid id, Guid initiativeId, ActivityForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        var initiative = plan.FindInitiative(initiativeId);

        form.Adding = true;
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return Editor(form, initiative);
        }

        return await SaveAsync(
            plan,
            () => plan.AddActivity(initiativeId, form.Quarter!.Value, form.ActionStep, form.Lead, form.Start!.Value, form.End!.Value, form.Frequency),
            () => Editor(form, initiative),
            () => ToStrategySheet(id, initiativeId, "The activity has been added."));
    }

    [HttpGet("activities/{activityId:guid}/edit")]
    [ForPlan(PlanOperation.Edit)]
    public IActionResult Edit(Guid id, Guid activityId)
    {
        var plan = CurrentPlan;
        var activity = plan.FindActivity(activityId);
        var initiative = plan.FindInitiative(activity.InitiativeId);
        return Editor(ActivityForm.From(activity), initiative);
    }

    [HttpPost("activities/{activityId:guid}/edit")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Edit(Guid id, Guid activityId, ActivityForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        var activity = plan.FindActivity(activityId);
        var initiative = plan.FindInitiative(activity.InitiativeId);

        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return Editor(form, initiative);
        }

        return await SaveAsync(
            plan,
            () => plan.UpdateActivity(activityId, form.Quarter!.Value, form.ActionStep, form.Lead, form.Start!.Value, form.End!.Value, form.Frequency),
            () => Editor(form, initiative),
            () => ToStrategySheet(id, initiative.Id, "The activity has been saved."),
            (activity, form.ConcurrencyToken));
    }

    [HttpGet("activities/{activityId:guid}/remove")]
    [ForPlan(PlanOperation.Edit)]
    public IActionResult ConfirmRemoval(Guid id, Guid activityId)
    {
        var plan = CurrentPlan;
        var initiativeId = plan.FindActivity(activityId).InitiativeId;
        return ConfirmRemoval(plan, Removals.OfActivity(plan, activityId), Url.Action(nameof(InitiativesController.StrategySheet), "Initiatives", new { id, initiativeId }, null, null, "section-H")!);
    }

    [HttpPost("activities/{activityId:guid}/remove")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Remove(Guid id, Guid activityId, Guid revision)
    {
        var plan = CurrentPlan;
        var initiativeId = plan.FindActivity(activityId).InitiativeId;
        return await RemoveAsync(plan, revision, () => plan.RemoveActivity(activityId),
            () => ToStrategySheet(id, initiativeId, "The activity has been removed."));
    }

    private ViewResult Editor(ActivityForm form, Initiative initiative)
    {
        form.Context = $"Initiative {initiative.Number}";
        form.Quarters = [.. QuarterFacts.All.Select(q => new SelectListItem(q.DisplayName(), q.ToString()))];
        ViewData["InitiativeId"] = initiative.Id;
        return View("ActivityEditor", form);
    }
}
