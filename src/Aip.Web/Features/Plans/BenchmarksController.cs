using Aip.Domain.Plans;
using Aip.Web.Authorization;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Aip.Web.Features.Plans;

/// <summary>Benchmarks of an initiative (E short-term outcomes, F early evidence of change) with their dated targets.</summary>
[Route("plans/{id:guid}")]
public sealed class BenchmarksController(PlanStore store, IAuthorizationService authorization, IValidator<BenchmarkForm> validator)
    : PlanControllerBase(store, authorization)
{
    [HttpGet("initiatives/{initiativeId:guid}/benchmarks/add")]
    [ForPlan(PlanOperation.Edit)]
    public IActionResult Add(Guid id, Guid initiativeId, BenchmarkKind? kind)
    {
        var plan = CurrentPlan;
        var initiative = plan.FindInitiative(initiativeId);
        return Editor(new BenchmarkForm { Adding = true, Kind = kind }, initiative);
    }

    [HttpPost("initiatives/{initiativeId:guid}/benchmarks/add")]
    [OneTimeForm]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Add(Guid id, Guid initiativeId, BenchmarkForm form)
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
            () => plan.AddBenchmark(initiativeId, form.Kind!.Value, form.Description, form.Measure, form.Evidence, form.Frequency, form.FilledTargets().Select(t => (t.Date, t.Value))),
            () => Editor(form, initiative),
            () => ToStrategySheet(id, initiativeId, $"The {form.Kind!.Value.DisplayName().ToLowerInvariant()} benchmark has been added."));
    }

    [HttpGet("benchmarks/{benchmarkId:guid}/edit")]
    [ForPlan(PlanOperation.Edit)]
    public IActionResult Edit(Guid id, Guid benchmarkId)
    {
        var plan = CurrentPlan;
        var benchmark = plan.FindBenchmark(benchmarkId);
        var initiative = plan.FindInitiative(benchmark.InitiativeId);
        return Editor(BenchmarkForm.From(benchmark), initiative);
    }

    [HttpPost("benchmarks/{benchmarkId:guid}/edit")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Edit(Guid id, Guid benchmarkId, BenchmarkForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        var benchmark = plan.FindBenchmark(benchmarkId);
        var initiative = plan.FindInitiative(benchmark.InitiativeId);

        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return Editor(form, initiative);
        }

        return await SaveAsync(
            plan,
            () => plan.UpdateBenchmark(benchmarkId, form.Kind!.Value, form.Description, form.Measure, form.Evidence, form.Frequency, form.FilledTargets()),
            () => Editor(form, initiative),
            () => ToStrategySheet(id, initiative.Id, "The benchmark has been saved."),
            (benchmark, form.ConcurrencyToken));
    }

    [HttpGet("benchmarks/{benchmarkId:guid}/remove")]
    [ForPlan(PlanOperation.Edit)]
    public IActionResult ConfirmRemoval(Guid id, Guid benchmarkId)
    {
        var plan = CurrentPlan;
        var initiativeId = plan.FindBenchmark(benchmarkId).InitiativeId;
        return ConfirmRemoval(plan, Removals.OfBenchmark(plan, benchmarkId), Url.Action(nameof(InitiativesController.StrategySheet), "Initiatives", new { id, initiativeId })!);
    }

    [HttpPost("benchmarks/{benchmarkId:guid}/remove")]
    [ForPlan(PlanOperation.Edit)]
    public async Task<IActionResult> Remove(Guid id, Guid benchmarkId, Guid revision)
    {
        var plan = CurrentPlan;
        var initiativeId = plan.FindBenchmark(benchmarkId).InitiativeId;
        return await RemoveAsync(plan, revision, () => plan.RemoveBenchmark(benchmarkId),
            () => ToStrategySheet(id, initiativeId, "The benchmark has been removed."));
    }

    private ViewResult Editor(BenchmarkForm form, Initiative initiative)
    {
        form.Context = $"Initiative {initiative.Number}";
        form.Kinds = [.. new[] { BenchmarkKind.EarlyEvidenceOfChange, BenchmarkKind.ShortTermOutcome }
            .Select(k => new SelectListItem(k.DisplayName(), k.ToString()))];
        form.OfferBlankRows();
        ViewData["InitiativeId"] = initiative.Id;
        return View("BenchmarkEditor", form);
    }
}
