using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.Plans;
using Aip.Web.Data;
using Aip.Web.Features.Plans;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Monitoring;

public sealed record RisksPage(PlanHeader Plan, IReadOnlyList<Risk> Risks, RiskForm NewRisk, Guid? EditingId, RiskForm? Editing, bool CanLead)
{
    /// <summary>The review form's fields bind to it: only one risk is reviewed at a time.</summary>
    public RiskForm ReviewForm => Editing ?? new RiskForm();
}

public sealed record CoveragePage(Plan Plan, IReadOnlyList<CoverageRow> Rows, DateOnly? NextDiscussion, DateOnly Today);

/// <summary>
/// The plan's risk register (Minutes section 3: risks in the coming months with a mitigation plan), carried from meeting to
/// meeting until each risk is closed; and the plan's coverage by the discussions over rolling three-month windows.
/// </summary>
[Route("plans/{id:guid}")]
public sealed class RisksController(
    PlanStore store, IAuthorizationService authorization, AipDbContext db, TimeProvider clock, IValidator<RiskForm> riskValidator)
    : MonitoringControllerBase(store, authorization)
{
    [HttpGet("risks")]
    [ForMonitoring(MonitoringOperation.Read, headerOnly: true)]
    public async Task<IActionResult> Index(Guid id, Guid? review)
    {
        var risk = review is { } riskId ? await db.Risks.AsNoTracking().SingleOrDefaultAsync(r => r.Id == riskId && r.PlanId == id && r.Status == RiskStatus.Open) : null;
        return await PageAsync(new RiskForm(), risk?.Id, risk is null ? null
            : new RiskForm { ConcurrencyToken = risk.ConcurrencyToken, Mitigation = risk.Mitigation, Owner = risk.Owner, StatusNote = risk.StatusNote });
    }

    [HttpPost("risks")]
    [OneTimeForm]
    [ForMonitoring(MonitoringOperation.Lead, headerOnly: true)]
    public async Task<IActionResult> Raise(Guid id, [Bind(Prefix = "NewRisk")] RiskForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.ConcurrencyToken = null;
        if (!await riskValidator.ValidateIntoAsync(form, ModelState, prefix: "NewRisk"))
        {
            return await PageAsync(form, null, null);
        }

        return await RunAsync(
            () =>
            {
                db.Risks.Add(Risk.Raise(id, CurrentHeader.DistrictId, form.Description, form.Mitigation, form.Owner, Dates.Day(clock.GetUtcNow())));
                return Store.SaveAsync();
            },
            () => PageAsync(form, null, null),
            () => Done("The risk has been added to the register."));
    }

    [HttpPost("risks/{riskId:guid}")]
    [ForMonitoring(MonitoringOperation.Lead, headerOnly: true)]
    public async Task<IActionResult> Review(Guid id, Guid riskId, [Bind(Prefix = "ReviewForm")] RiskForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var risk = await db.Risks.SingleOrDefaultAsync(r => r.Id == riskId && r.PlanId == id);
        if (risk is null)
        {
            return NotFound();
        }

        form.ConcurrencyToken ??= Guid.Empty;
        if (!await riskValidator.ValidateIntoAsync(form, ModelState, prefix: "ReviewForm"))
        {
            return await PageAsync(new RiskForm(), riskId, form);
        }

        return await RunAsync(
            () =>
            {
                var today = Dates.Day(clock.GetUtcNow());
                risk.Review(form.Mitigation, form.Owner, form.StatusNote, today);
                if (form.Close)
                {
                    risk.Close(form.StatusNote, today);
                }

                return Store.SaveAsync();
            },
            () => PageAsync(new RiskForm(), riskId, form),
            () => Done(form.Close ? "The risk is closed." : "The risk has been updated.", "risk-" + riskId),
            (risk, form.ConcurrencyToken.Value));
    }

    [HttpGet("coverage")]
    [ForMonitoring(MonitoringOperation.Read)]
    public async Task<IActionResult> Coverage(Guid id)
    {
        var (rows, next) = await CoverageReport.ForAsync(db, CurrentPlan, clock.GetUtcNow());
        return View("Coverage", new CoveragePage(CurrentPlan, rows, next, Dates.Day(clock.GetUtcNow())));
    }

    private async Task<IActionResult> PageAsync(RiskForm newRisk, Guid? editingId, RiskForm? editing)
    {
        var risks = (await db.Risks.AsNoTracking().Where(r => r.PlanId == CurrentHeader.Id).ToListAsync())
            .OrderByDescending(r => r.IsOpen).ThenByDescending(r => r.RaisedOn).ToList();
        return View("Risks", new RisksPage(CurrentHeader, risks, newRisk, editingId, editing, await MayAsync(MonitoringOperation.Lead)));
    }

    private RedirectToActionResult Done(string message, string? fragment = null) =>
        WithMessage(message, nameof(Index), null, new { id = CurrentHeader.Id }, fragment);
}
