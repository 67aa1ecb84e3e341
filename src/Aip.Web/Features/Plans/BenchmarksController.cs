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
    public async Task<IActionResult> Add(Guid id, Guid initiativeId, BenchmarkKind? kind)
    {
        var (plan, refusal) = await LoadAsync(id, PlanOperations.Edit);
        if (plan is null)
        {
            return refusal!;
        }

        var initiative = FindInitiative(plan, initiativeId);
        return initiative is null ? NotFound() : Editor(new BenchmarkForm { Adding = true, Kind = kind }, initiative);
    }

    [HttpPost("initiatives/{initiativeId:guid}/benchmarks/add")]
    public async Task<IActionResult> Add(Guid id, Guid initiativeId, BenchmarkForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (plan, refusal) = await LoadAsync(id, PlanOperations.Edit, tracking: true);
        if (plan is null)
        {
            return refusal!;
        }

        var initiative = FindInitiative(plan, initiativeId);
        if (initiative is null)
        {
            return NotFound();
        }

        form.Adding = true;
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return Editor(form, initiative);
        }

        return await SaveAsync(
            plan,
            () => plan.AddBenchmark(initiativeId, form.Kind!.Value, form.Description, form.Measure, form.Evidence, form.Frequency, form.FilledTargets()),
            () => Editor(form, initiative),
            () => ToStrategySheet(id, initiativeId, $"The {form.Kind!.Value.DisplayName().ToLowerInvariant()} benchmark has been added."));
    }

    [HttpGet("benchmarks/{benchmarkId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, Guid benchmarkId)
    {
        var (plan, refusal) = await LoadAsync(id, PlanOperations.Edit);
        if (plan is null)
        {
            return refusal!;
        }

        var (benchmark, initiative) = FindInInitiative(plan, benchmarkId, i => i.Benchmarks);
        return benchmark is null ? NotFound() : Editor(BenchmarkForm.From(benchmark), initiative!);
    }

    [HttpPost("benchmarks/{benchmarkId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, Guid benchmarkId, BenchmarkForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (plan, refusal) = await LoadAsync(id, PlanOperations.Edit, tracking: true);
        if (plan is null)
        {
            return refusal!;
        }

        var (benchmark, initiative) = FindInInitiative(plan, benchmarkId, i => i.Benchmarks);
        if (benchmark is null)
        {
            return NotFound();
        }

        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return Editor(form, initiative!);
        }

        return await SaveAsync(
            plan,
            () => plan.UpdateBenchmark(benchmarkId, form.Kind!.Value, form.Description, form.Measure, form.Evidence, form.Frequency, form.FilledTargets()),
            () => Editor(form, initiative!),
            () => ToStrategySheet(id, initiative!.Id, "The benchmark has been saved."),
            (benchmark, form.ConcurrencyToken));
    }

    [HttpPost("benchmarks/{benchmarkId:guid}/remove")]
    public async Task<IActionResult> Remove(Guid id, Guid benchmarkId)
    {
        var (plan, refusal) = await LoadAsync(id, PlanOperations.Edit, tracking: true);
        if (plan is null)
        {
            return refusal!;
        }

        var (benchmark, initiative) = FindInInitiative(plan, benchmarkId, i => i.Benchmarks);
        if (benchmark is null)
        {
            return NotFound();
        }

        return await SaveAsync(plan, () => plan.RemoveBenchmark(benchmarkId), () => Conflict409(),
            () => ToStrategySheet(id, initiative!.Id, "The benchmark has been removed."));
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
