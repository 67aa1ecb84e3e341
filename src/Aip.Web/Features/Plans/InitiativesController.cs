using Aip.Domain.Plans;
using Aip.Web.Authorization;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Aip.Web.Features.Plans;

public sealed record StrategySheetPage(Plan Plan, Initiative Initiative, IReadOnlyList<ReadinessItem> Findings, bool CanEdit, PlanStanding Standing);

/// <summary>Initiatives and their Initiative Strategy Sheet (sections A–K of the ESE template).</summary>
[Route("plans/{id:guid}")]
public sealed class InitiativesController(PlanStore store, IAuthorizationService authorization, PlanStandings standings, IValidator<InitiativeForm> validator)
    : PlanControllerBase(store, authorization)
{
    [HttpGet("initiatives/{initiativeId:guid}")]
    [ForPlan(PlanOperation.Read, headerOnly: true)]
    public async Task<IActionResult> StrategySheet(Guid id, Guid initiativeId)
    {
        var plan = await Store.StrategySheetAsync(id, initiativeId);
        var initiative = plan?.Objectives.SelectMany(o => o.Initiatives).SingleOrDefault(i => i.Id == initiativeId);
        if (plan is null || initiative is null)
        {
            return NotFound();
        }

        // Only this initiative's benchmarks and activities are read, so only its own findings (and those on it) are kept.
        var itemsHere = initiative.Benchmarks.Select(b => b.Id).Concat(initiative.Activities.Select(a => a.Id)).Append(initiative.Id).ToHashSet();
        var findings = Readiness.Check(plan).Items.Where(i => i.Place.Id is { } placeId && itemsHere.Contains(placeId)).ToList();
        return View(new StrategySheetPage(plan, initiative, findings, await CanEditAsync(plan), await standings.ForAsync(User, plan)));
    }

    [HttpGet("objectives/{objectiveId:guid}/initiatives/add")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Add(Guid id, Guid objectiveId)
    {
        var plan = CurrentPlan;
        var objective = plan.FindObjective(objectiveId);
        return Editor(await WithChoicesAsync(plan, new InitiativeForm { Adding = true }), NextNumber(objective));
    }

    [HttpPost("objectives/{objectiveId:guid}/initiatives/add")]
    [OneTimeForm]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Add(Guid id, Guid objectiveId, InitiativeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        var objective = plan.FindObjective(objectiveId);

        form.Adding = true;
        await WithChoicesAsync(plan, form);
        var context = NextNumber(objective);
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return Editor(form, context);
        }

        Initiative? added = null;
        return await SaveAsync(
            plan,
            () =>
            {
                added = plan.AddInitiative(objectiveId, form.Description, form.Lead, form.KeyResources);
                plan.AddressFindings(added.Id, form.Findings, form.ChoiceIds);
            },
            () => Editor(form, context), () => ToStrategySheet(id, added!.Id, $"{context} has been added. Now add its benchmarks and activities."));
    }

    [HttpGet("initiatives/{initiativeId:guid}/edit")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Edit(Guid id, Guid initiativeId)
    {
        var plan = CurrentPlan;
        var initiative = plan.FindInitiative(initiativeId);
        return Editor(await WithChoicesAsync(plan, InitiativeForm.From(initiative)), $"Initiative {initiative.Number}");
    }

    [HttpPost("initiatives/{initiativeId:guid}/edit")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Edit(Guid id, Guid initiativeId, InitiativeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        var initiative = plan.FindInitiative(initiativeId);
        await WithChoicesAsync(plan, form);

        var context = $"Initiative {initiative.Number}";
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return Editor(form, context);
        }

        return await SaveAsync(
            plan,
            () =>
            {
                plan.UpdateInitiative(initiativeId, form.Description, form.Lead, form.KeyResources);
                plan.AddressFindings(initiativeId, form.Findings, form.ChoiceIds);
            },
            () => Editor(form, context), () => ToStrategySheet(id, initiativeId, $"{context} has been saved."), (initiative, form.ConcurrencyToken));
    }

    [HttpPost("initiatives/{initiativeId:guid}/move")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Move(Guid id, Guid initiativeId, int rank)
    {
        var plan = CurrentPlan;
        return await SaveAsync(plan, () => plan.MoveInitiative(initiativeId, rank), () => Conflict409(),
            () => ToOverview(id, "The initiative has moved; the numbering follows.", "objectives"));
    }

    [HttpGet("initiatives/{initiativeId:guid}/remove")]
    [ForPlan(PlanOperation.Edit)]
    public IActionResult ConfirmRemoval(Guid id, Guid initiativeId) =>
        ConfirmRemoval(CurrentPlan, Removals.OfInitiative(CurrentPlan, initiativeId), Url.Action(nameof(StrategySheet), new { id, initiativeId })!);

    [HttpPost("initiatives/{initiativeId:guid}/remove")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Remove(Guid id, Guid initiativeId, Guid revision)
    {
        var plan = CurrentPlan;
        return await RemoveAsync(plan, revision, () => plan.RemoveInitiative(initiativeId),
            () => ToOverview(id, "The initiative and its Strategy Sheet have been removed.", "objectives"));
    }

    private static string NextNumber(Objective objective) => $"Initiative {objective.Number}.{objective.Initiatives.Count + 1}";

    private ViewResult Editor(InitiativeForm form, string context)
    {
        form.Context = context;
        return View("InitiativeEditor", form);
    }
}
