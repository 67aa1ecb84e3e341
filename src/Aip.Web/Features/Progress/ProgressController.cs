using Aip.Domain.Monitoring;
using Aip.Domain.Plans;
using Aip.Web.Data;
using Aip.Web.Features.Monitoring;
using Aip.Web.Features.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Aip.Web.Features.Progress;

public sealed record ProgressSummaryPage(Plan Plan, PlanProgress Progress, bool CanLead);

public sealed record InitiativeProgressPage(Plan Plan, Objective Objective, Initiative Initiative, PlanProgress Progress, bool CanLead);

/// <summary>
/// The plan's progress, the monitor's starting point for the Quarterly Progress Report: per initiative, how many dated targets
/// were met, missed or are overdue and how many activities are late; and one initiative's Strategy Sheet with its benchmarks'
/// results (charted, or as a timeline) and its activities' status. Read by everyone who reads the district's monitoring.
/// </summary>
[Route("plans/{id:guid}")]
public sealed class ProgressController(PlanStore store, IAuthorizationService authorization, AipDbContext db, TimeProvider clock)
    : MonitoringControllerBase(store, authorization)
{
    [HttpGet("progress")]
    [ForMonitoring(MonitoringOperation.Read)]
    public async Task<IActionResult> Summary(Guid id) =>
        View("Summary", new ProgressSummaryPage(CurrentPlan, await PlanProgress.LoadAsync(db, CurrentPlan, clock.Today()), await MayAsync(MonitoringOperation.Lead)));

    [HttpGet("initiatives/{initiativeId:guid}/progress")]
    [ForMonitoring(MonitoringOperation.Read)]
    public async Task<IActionResult> Initiative(Guid id, Guid initiativeId)
    {
        var objective = CurrentPlan.Objectives.FirstOrDefault(o => o.Initiatives.Any(i => i.Id == initiativeId));
        if (objective is null)
        {
            return NotFound();
        }

        var progress = await PlanProgress.LoadAsync(db, CurrentPlan, clock.Today());
        return View("Initiative", new InitiativeProgressPage(CurrentPlan, objective, objective.Initiatives.Single(i => i.Id == initiativeId), progress, await MayAsync(MonitoringOperation.Lead)));
    }
}
