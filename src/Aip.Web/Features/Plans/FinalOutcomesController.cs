using Aip.Domain.Plans;
using Aip.Web.Authorization;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Aip.Web.Features.Plans;

/// <summary>Final outcomes of Section 1: specific, measurable end-of-year outcomes, each with a date.</summary>
[Route("plans/{id:guid}/final-outcomes")]
public sealed class FinalOutcomesController(PlanStore store, IAuthorizationService authorization, IValidator<FinalOutcomeForm> validator)
    : PlanControllerBase(store, authorization)
{
    private const string Context = "Final outcome";

    [HttpGet("add")]
    [ForPlan(PlanOperation.Edit)]
    public IActionResult Add(Guid id)
    {
        var plan = CurrentPlan;
        return Editor(new FinalOutcomeForm { Adding = true }, plan);
    }

    [HttpPost("add")]
    [OneTimeForm]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Add(Guid id, FinalOutcomeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        form.Adding = true;
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return Editor(form, plan);
        }

        return await SaveAsync(
            plan,
            () => plan.SetPpiTargets(plan.AddFinalOutcome(form.Description, form.Measure, form.Target, form.Date!.Value).Id, form.PpiTargets()),
            () => Editor(form, plan),
            () => ToOverview(id, "The final outcome has been added.", "final-outcomes"));
    }

    [HttpGet("{outcomeId:guid}/edit")]
    [ForPlan(PlanOperation.Edit)]
    public IActionResult Edit(Guid id, Guid outcomeId)
    {
        var plan = CurrentPlan;
        var outcome = plan.FindFinalOutcome(outcomeId);
        return Editor(FinalOutcomeForm.From(outcome), plan);
    }

    [HttpPost("{outcomeId:guid}/edit")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Edit(Guid id, Guid outcomeId, FinalOutcomeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        var outcome = plan.FindFinalOutcome(outcomeId);

        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return Editor(form, plan);
        }

        return await SaveAsync(
            plan,
            () =>
            {
                plan.UpdateFinalOutcome(outcomeId, form.Description, form.Measure, form.Target, form.Date!.Value);
                plan.SetPpiTargets(outcomeId, form.PpiTargets());
            },
            () => Editor(form, plan),
            () => ToOverview(id, "The final outcome has been saved.", "final-outcomes"),
            (outcome, form.ConcurrencyToken));
    }

    [HttpGet("{outcomeId:guid}/remove")]
    [ForPlan(PlanOperation.Edit)]
    public IActionResult ConfirmRemoval(Guid id, Guid outcomeId) =>
        ConfirmRemoval(CurrentPlan, Removals.OfFinalOutcome(CurrentPlan, outcomeId), Url.Action(nameof(PlansController.Overview), "Plans", new { id }, null, null, "final-outcomes")!);

    [HttpPost("{outcomeId:guid}/remove")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Remove(Guid id, Guid outcomeId, Guid revision)
    {
        var plan = CurrentPlan;
        return await RemoveAsync(plan, revision, () => plan.RemoveFinalOutcome(outcomeId),
            () => ToOverview(id, "The final outcome has been removed.", "final-outcomes"));
    }

    private ViewResult Editor(FinalOutcomeForm form, Plan plan)
    {
        form.Context = Context;
        form.ForYears(plan.FirstSchoolYear, plan.LastSchoolYear);
        return View("FinalOutcomeEditor", form);
    }
}
