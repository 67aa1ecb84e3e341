using Aip.Domain.Plans;
using Aip.Web.Authorization;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Aip.Web.Features.Plans;

/// <summary>Strategic objectives: add, edit, reorder (rank) and remove.</summary>
[Route("plans/{id:guid}/objectives")]
public sealed class ObjectivesController(PlanStore store, IAuthorizationService authorization, IValidator<ObjectiveForm> validator)
    : PlanControllerBase(store, authorization)
{
    [HttpGet("add")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Add(Guid id)
    {
        var plan = CurrentPlan;
        return Editor(await WithChoicesAsync(plan, new ObjectiveForm { Adding = true }), $"Objective {plan.Objectives.Count + 1}");
    }

    [HttpPost("add")]
    [OneTimeForm]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Add(Guid id, ObjectiveForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        form.Adding = true;
        await WithChoicesAsync(plan, form);
        var context = $"Objective {plan.Objectives.Count + 1}";
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return Editor(form, context);
        }

        return await SaveAsync(plan, () => plan.AddressFindings(plan.AddObjective(form.Statement, form.Lead).Id, form.Findings, form.ChoiceIds), () => Editor(form, context),
            () => ToOverview(id, $"{context} has been added.", "objectives"));
    }

    [HttpGet("{objectiveId:guid}/edit")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Edit(Guid id, Guid objectiveId)
    {
        var plan = CurrentPlan;
        var objective = plan.FindObjective(objectiveId);
        return Editor(await WithChoicesAsync(plan, ObjectiveForm.From(objective)), $"Objective {objective.Number}");
    }

    [HttpPost("{objectiveId:guid}/edit")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Edit(Guid id, Guid objectiveId, ObjectiveForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        var objective = plan.FindObjective(objectiveId);
        await WithChoicesAsync(plan, form);

        var context = $"Objective {objective.Number}";
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return Editor(form, context);
        }

        return await SaveAsync(plan, () => { plan.UpdateObjective(objectiveId, form.Statement, form.Lead); plan.AddressFindings(objectiveId, form.Findings, form.ChoiceIds); },
            () => Editor(form, context),
            () => ToOverview(id, $"{context} has been saved.", "objectives"), (objective, form.ConcurrencyToken));
    }

    [HttpPost("{objectiveId:guid}/move")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Move(Guid id, Guid objectiveId, int rank)
    {
        var plan = CurrentPlan;
        return await SaveAsync(plan, () => plan.MoveObjective(objectiveId, rank), () => Conflict409(),
            () => ToOverview(id, $"The objective is now objective {rank}; the numbering follows.", "objectives"));
    }

    [HttpGet("{objectiveId:guid}/remove")]
    [ForPlan(PlanOperation.Edit)]
    public IActionResult ConfirmRemoval(Guid id, Guid objectiveId) =>
        ConfirmRemoval(CurrentPlan, Removals.OfObjective(CurrentPlan, objectiveId), Url.Action(nameof(PlansController.Overview), "Plans", new { id }, null, null, "objectives")!);

    [HttpPost("{objectiveId:guid}/remove")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Remove(Guid id, Guid objectiveId, Guid revision)
    {
        var plan = CurrentPlan;
        return await RemoveAsync(plan, revision, () => plan.RemoveObjective(objectiveId),
            () => ToOverview(id, "The objective and its initiatives have been removed.", "objectives"));
    }

    private ViewResult Editor(ObjectiveForm form, string context)
    {
        form.Context = context;
        return View("ObjectiveEditor", form);
    }
}
