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
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Progress;

public sealed record ActivityStatusPage(Plan Plan, Initiative Initiative, ActivityStanding Standing, ActivityStatusForm Form);

public sealed record OutcomeActualsPage(Plan Plan, FinalOutcome Outcome, IReadOnlyList<OutcomeActual> Actuals, OutcomeActualForm Form);

/// <summary>
/// The district's leaders keep each activity's status (not started, in progress, done, with the day it changed) and record the
/// final outcomes' annual actuals. Progress, not plan content: no amendment, no new version.
/// </summary>
[Route("plans/{id:guid}")]
public sealed class StatusController(
    PlanStore store, IAuthorizationService authorization, AipDbContext db, TimeProvider clock,
    IValidator<ActivityStatusForm> statusValidator, IValidator<OutcomeActualForm> actualValidator)
    : ProgressControllerBase(store, authorization)
{
    [HttpGet("activities/{activityId:guid}/status")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Activity(Guid id, Guid activityId)
    {
        if (FindActivity(activityId) is not { } activity)
        {
            return NotFound();
        }

        var form = new ActivityStatusForm { ChangedOn = clock.Today() };
        if (await db.ActivityProgress.AsNoTracking().SingleOrDefaultAsync(a => a.ActivityId == activityId) is { } existing)
        {
            (form.ConcurrencyToken, form.Status, form.Note) = (existing.ConcurrencyToken, existing.Status, existing.Note);
        }

        return await ActivityPageAsync(activity, form);
    }

    [HttpPost("activities/{activityId:guid}/status")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Activity(Guid id, Guid activityId, [Bind(Prefix = "Form")] ActivityStatusForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (FindActivity(activityId) is not { } activity)
        {
            return NotFound();
        }

        form.Today = clock.Today();
        if (!await statusValidator.ValidateIntoAsync(form, ModelState, prefix: "Form"))
        {
            return await ActivityPageAsync(activity, form);
        }

        var existing = await db.ActivityProgress.SingleOrDefaultAsync(a => a.ActivityId == activityId);
        return await RecordAsync(
            db.ActivityProgress, existing, form.ConcurrencyToken,
            () => ActivityProgress.Record(CurrentPlan, activity, form.Status!.Value, form.ChangedOn!.Value, form.Note, form.Today),
            progress => progress.Change(CurrentPlan, form.Status!.Value, form.ChangedOn!.Value, form.Note, form.Today),
            () => ActivityPageAsync(activity, form),
            () => Done(Url.Action(nameof(ProgressController.Initiative), "Progress", new { id, initiativeId = activity.InitiativeId }, null, null, "activities")!,
                "The activity's status has been recorded."));
    }

    [HttpGet("final-outcomes/{outcomeId:guid}/actuals")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Actuals(Guid id, Guid outcomeId, int? year)
    {
        if (CurrentPlan.FinalOutcomes.FirstOrDefault(o => o.Id == outcomeId) is not { } outcome)
        {
            return NotFound();
        }

        var form = new OutcomeActualForm { SchoolYear = year };
        if (year is { } y && await db.OutcomeActuals.AsNoTracking().SingleOrDefaultAsync(a => a.FinalOutcomeId == outcomeId && a.SchoolYear == y) is { } existing)
        {
            (form.ConcurrencyToken, form.Value, form.Note) = (existing.ConcurrencyToken, existing.Value, existing.Note);
        }

        return await ActualsPageAsync(outcome, form);
    }

    [HttpPost("final-outcomes/{outcomeId:guid}/actuals")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Actuals(Guid id, Guid outcomeId, [Bind(Prefix = "Form")] OutcomeActualForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (CurrentPlan.FinalOutcomes.FirstOrDefault(o => o.Id == outcomeId) is not { } outcome)
        {
            return NotFound();
        }

        form.Years = (CurrentPlan.FirstSchoolYear, CurrentPlan.LastSchoolYear);
        if (!await actualValidator.ValidateIntoAsync(form, ModelState, prefix: "Form"))
        {
            return await ActualsPageAsync(outcome, form);
        }

        var year = form.SchoolYear!.Value;
        var existing = await db.OutcomeActuals.SingleOrDefaultAsync(a => a.FinalOutcomeId == outcomeId && a.SchoolYear == year);
        if (existing is not null && form.ConcurrencyToken is null)
        {
            ModelState.AddModelError("Form.SchoolYear", $"{PlanPeriod.SchoolYear(year)} already has an actual ({existing.Value}): choose Correct beside it to change it.");
            return await ActualsPageAsync(outcome, form);
        }

        return await RecordAsync(
            db.OutcomeActuals, existing, form.ConcurrencyToken,
            () => OutcomeActual.Record(CurrentPlan, outcome, year, form.Value, form.Note),
            actual => actual.Correct(CurrentPlan, form.Value, form.Note),
            () => ActualsPageAsync(outcome, form),
            () => Done(Url.Action(nameof(ProgressController.Summary), "Progress", new { id }, null, null, "final-outcomes")!,
                $"The actual for {PlanPeriod.SchoolYear(year)} has been recorded."));
    }

    private Activity? FindActivity(Guid activityId) =>
        CurrentPlan.Objectives.SelectMany(o => o.Initiatives).SelectMany(i => i.Activities).FirstOrDefault(a => a.Id == activityId);

    private async Task<IActionResult> ActivityPageAsync(Activity activity, ActivityStatusForm form)
    {
        var saved = await db.ActivityProgress.AsNoTracking().SingleOrDefaultAsync(a => a.ActivityId == activity.Id);
        var initiative = CurrentPlan.Objectives.SelectMany(o => o.Initiatives).Single(i => i.Id == activity.InitiativeId);
        return View("ActivityStatus", new ActivityStatusPage(CurrentPlan, initiative, ActivityStanding.Of(activity, saved, clock.Today()), form));
    }

    private async Task<IActionResult> ActualsPageAsync(FinalOutcome outcome, OutcomeActualForm form)
    {
        var actuals = await db.OutcomeActuals.AsNoTracking().Where(a => a.FinalOutcomeId == outcome.Id).OrderBy(a => a.SchoolYear).ToListAsync();
        return View("OutcomeActuals", new OutcomeActualsPage(CurrentPlan, outcome, actuals, form));
    }
}
