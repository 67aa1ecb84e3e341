using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.Plans;
using Aip.Domain.Progress;
using Aip.Web.Data;
using Aip.Web.Features.Monitoring;
using Aip.Web.Features.Plans;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Progress;

public sealed record RecordResultPage(Plan Plan, IReadOnlyList<SelectListItem> Targets, ResultForm Form, BenchmarkProgress? Chosen, string BackUrl, string BackLabel);

public sealed record BaselinePage(Plan Plan, Benchmark Benchmark, BenchmarkProgress Progress, BaselineForm Form);

/// <summary>
/// The district's leaders record a benchmark's results against its dated targets, at or between Highlight Discussions (the
/// Minutes' section 1 links here and the form goes back there), and its baseline. Neither changes the plan: the plan is read
/// untracked, so its revision and versions stay as they are, and an approved plan takes results without an amendment.
/// </summary>
[Route("plans/{id:guid}")]
public sealed class ResultsController(
    PlanStore store, IAuthorizationService authorization, AipDbContext db, TimeProvider clock,
    IValidator<ResultForm> resultValidator, IValidator<BaselineForm> baselineValidator)
    : ProgressControllerBase(store, authorization)
{
    [HttpGet("progress/results")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Record(Guid id, Guid? benchmark, DateOnly? target, Guid? discussion)
    {
        var form = new ResultForm { Discussion = discussion, MeasuredOn = clock.Today() };
        var chosen = benchmark is { } b && target is { } d ? (b, d) : await FirstOverdueAsync();
        if (chosen is var (benchmarkId, date) && FindBenchmark(benchmarkId) is not null)
        {
            form.Target = ResultForm.TargetKey(benchmarkId, date);
            if (await db.BenchmarkResults.AsNoTracking().SingleOrDefaultAsync(r => r.BenchmarkId == benchmarkId && r.TargetDate == date) is { } existing)
            {
                (form.ConcurrencyToken, form.Value, form.MeasuredOn, form.Source, form.Note, form.Met) =
                    (existing.ConcurrencyToken, existing.Value, existing.MeasuredOn, existing.Source, existing.Note, existing.Met switch { true => "yes", false => "no", null => null });
            }
        }

        return await RecordPageAsync(form);
    }

    [HttpPost("progress/results")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Record(Guid id, [Bind(Prefix = "Form")] ResultForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Today = clock.Today();
        var target = form.ParsedTarget();
        var benchmark = target is var (benchmarkId, date) && FindBenchmark(benchmarkId) is { } found && found.Targets.Any(t => t.Date == date) ? found : null;
        if (benchmark is null && !string.IsNullOrEmpty(form.Target))
        {
            ModelState.AddModelError("Form.Target", "Choose one of the plan's dated targets.");
        }

        form.Kind = benchmark is null ? MeasureKind.Percentage : Measures.KindOf([.. benchmark.Targets.Select(t => t.Value)]);
        if (!await resultValidator.ValidateIntoAsync(form, ModelState, prefix: "Form") || benchmark is null)
        {
            return await RecordPageAsync(form);
        }

        var targetDate = target!.Value.Date;
        var existing = await db.BenchmarkResults.SingleOrDefaultAsync(r => r.BenchmarkId == benchmark.Id && r.TargetDate == targetDate);
        if (existing is not null && form.ConcurrencyToken is null)
        {
            ModelState.AddModelError("Form.Target",
                $"This target already has a result ({existing.Value}, measured on {Dates.Display(existing.MeasuredOn)}): open it from the progress page to correct it.");
            return await RecordPageAsync(form);
        }

        var back = await BackLinkAsync(form.Discussion, benchmark);
        return await RecordAsync(
            db.BenchmarkResults, existing, form.ConcurrencyToken,
            () => BenchmarkResult.Record(CurrentPlan, benchmark, targetDate, form.Value, form.MeasuredOn!.Value, form.Source, form.Note, form.MetValue, form.Today),
            result => result.Correct(CurrentPlan, benchmark, form.Value, form.MeasuredOn!.Value, form.Source, form.Note, form.MetValue, form.Today),
            () => RecordPageAsync(form),
            () => Done(back.Url, "The result has been recorded."));
    }

    [HttpGet("benchmarks/{benchmarkId:guid}/baseline")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Baseline(Guid id, Guid benchmarkId)
    {
        if (FindBenchmark(benchmarkId) is not { } benchmark)
        {
            return NotFound();
        }

        var form = new BaselineForm();
        if (await db.BenchmarkBaselines.AsNoTracking().SingleOrDefaultAsync(b => b.BenchmarkId == benchmarkId) is { } existing)
        {
            (form.ConcurrencyToken, form.Value, form.Date, form.Direction) = (existing.ConcurrencyToken, existing.Value, existing.Date, existing.Direction);
        }

        return await BaselinePageAsync(benchmark, form);
    }

    [HttpPost("benchmarks/{benchmarkId:guid}/baseline")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Baseline(Guid id, Guid benchmarkId, [Bind(Prefix = "Form")] BaselineForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (FindBenchmark(benchmarkId) is not { } benchmark)
        {
            return NotFound();
        }

        (form.Today, form.Kind) = (clock.Today(), Measures.KindOf([.. benchmark.Targets.Select(t => t.Value)]));
        if (!await baselineValidator.ValidateIntoAsync(form, ModelState, prefix: "Form"))
        {
            return await BaselinePageAsync(benchmark, form);
        }

        var existing = await db.BenchmarkBaselines.SingleOrDefaultAsync(b => b.BenchmarkId == benchmarkId);
        var back = await BackLinkAsync(null, benchmark);
        return await RecordAsync(
            db.BenchmarkBaselines, existing, form.ConcurrencyToken,
            () => BenchmarkBaseline.Record(CurrentPlan, benchmark, form.Value, form.Date!.Value, form.Direction, form.Today),
            baseline => baseline.Change(CurrentPlan, benchmark, form.Value, form.Date!.Value, form.Direction, form.Today),
            () => BaselinePageAsync(benchmark, form),
            () => Done(back.Url, "The baseline has been recorded."));
    }

    private Benchmark? FindBenchmark(Guid benchmarkId) =>
        CurrentPlan.Objectives.SelectMany(o => o.Initiatives).SelectMany(i => i.Benchmarks).FirstOrDefault(b => b.Id == benchmarkId);

    /// <summary>The earliest target past its date without a result: what a Highlight Discussion most likely wants recorded.</summary>
    private async Task<(Guid, DateOnly)?> FirstOverdueAsync()
    {
        var today = clock.Today();
        var answered = (await db.BenchmarkResults.AsNoTracking().Where(r => r.PlanId == CurrentPlan.Id).Select(r => new { r.BenchmarkId, r.TargetDate }).ToListAsync())
            .Select(r => (r.BenchmarkId, r.TargetDate)).ToHashSet();
        return CurrentPlan.Objectives.SelectMany(o => o.Initiatives).SelectMany(i => i.Benchmarks)
            .SelectMany(b => b.Targets.Select(t => (b.Id, t.Date)))
            .Where(t => t.Date < today && !answered.Contains(t))
            .OrderBy(t => t.Date)
            .Select(t => ((Guid, DateOnly)?)t)
            .FirstOrDefault();
    }

    private async Task<IActionResult> RecordPageAsync(ResultForm form)
    {
        var progress = await PlanProgress.LoadAsync(db, CurrentPlan, clock.Today());
        var options = new List<SelectListItem>();
        foreach (var initiative in CurrentPlan.Objectives.SelectMany(o => o.Initiatives))
        {
            var group = new SelectListGroup { Name = $"Initiative {initiative.Number}" };
            foreach (var benchmark in initiative.Benchmarks)
            {
                foreach (var row in progress.Of(benchmark).Targets)
                {
                    options.Add(new SelectListItem(
                        $"{Clip(benchmark.Description, 90)} — {row.Target.Value} by {Dates.Display(row.Target.Date)} ({row.Status.DisplayName().ToLowerInvariant()})",
                        ResultForm.TargetKey(benchmark.Id, row.Target.Date)) { Group = group });
                }
            }
        }

        var chosen = form.ParsedTarget() is var (benchmarkId, _) && FindBenchmark(benchmarkId) is { } b ? progress.Of(b) : null;
        var (backUrl, backLabel) = await BackLinkAsync(form.Discussion, chosen?.Benchmark);
        return View("RecordResult", new RecordResultPage(CurrentPlan, options, form, chosen, backUrl, backLabel));
    }

    private async Task<IActionResult> BaselinePageAsync(Benchmark benchmark, BaselineForm form) =>
        View("Baseline", new BaselinePage(CurrentPlan, benchmark, (await PlanProgress.LoadAsync(db, CurrentPlan, clock.Today())).Of(benchmark), form));

    /// <summary>Back to the Minutes' section 1 of the discussion the person came from (if it is this plan's), else to the initiative's progress.</summary>
    private async Task<(string Url, string Label)> BackLinkAsync(Guid? discussion, Benchmark? benchmark)
    {
        if (discussion is { } discussionId && await db.HighlightDiscussions.AnyAsync(d => d.Id == discussionId && d.PlanId == CurrentPlan.Id))
        {
            return (Url.Action("Index", "Minutes", new { id = CurrentPlan.Id, discussionId }, null, null, "section-1")!, "Back to the Minutes");
        }

        return benchmark is null
            ? (Url.Action(nameof(ProgressController.Summary), "Progress", new { id = CurrentPlan.Id })!, "Back to the plan's progress")
            : (Url.Action(nameof(ProgressController.Initiative), "Progress", new { id = CurrentPlan.Id, initiativeId = benchmark.InitiativeId })!, "Back to the initiative's progress");
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
