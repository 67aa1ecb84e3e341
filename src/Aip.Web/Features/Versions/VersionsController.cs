using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Domain.Versions;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Features.Notifications;
using Aip.Web.Features.Plans;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Versions;

public sealed record VersionRow(int Number, DateTimeOffset At, string ByName, bool EseApproved, string? Reason)
{
    public string Label => $"Version {Number}";
}

public sealed record VersionsPage(PlanHeader Plan, IReadOnlyList<VersionRow> Versions, IReadOnlyList<Amendment> Amendments);

public sealed record AmendmentPage(Plan Plan, Amendment? Amendment, AmendmentForm Form, PlanDiffView? Changes, ReadinessReport Readiness, bool NeedsEseApproval);

public sealed record AmendmentDecisionPage(Plan Plan, Amendment Amendment, AmendmentDecisionForm Form, PlanDiffView Changes);

public sealed record SuccessorPage(Plan Plan, PlanDetailsForm Form);

/// <summary>
/// The living plan: its frozen versions, the amendments that make new ones (with their reasons, and ESE approval when
/// the district's setting asks for it), the comparison of any two versions, and the successor plan.
/// </summary>
[Route("plans/{id:guid}")]
public sealed class VersionsController(
    PlanStore store, IAuthorizationService authorization, AipDbContext db, AmendmentSteps amendmentSteps, StartSuccessorPlan startSuccessor,
    IValidator<AmendmentForm> amendmentValidator, IValidator<AmendmentDecisionForm> decisionValidator, IValidator<PlanDetailsForm> detailsValidator)
    : PlanControllerBase(store, authorization)
{
    [HttpGet("versions")]
    [ForPlan(PlanOperation.Read, headerOnly: true)]
    public async Task<IActionResult> Index(Guid id)
    {
        var plan = CurrentHeader;
        // The list needs the facts of each version, not its content.
        var versions = await db.PlanVersions.Where(v => v.PlanId == id).OrderByDescending(v => v.Number)
            .Select(v => new VersionRow(v.Number, v.At, v.ByName, v.EseApproved, v.Reason)).ToListAsync();
        var amendments = await db.Amendments.AsNoTracking().Where(a => a.PlanId == id).OrderByDescending(a => a.Number).ToListAsync();
        return View(new VersionsPage(plan, versions, amendments));
    }

    /// <summary>What changed between two versions; without <paramref name="to"/>, between a version and the plan as it is now.</summary>
    [HttpGet("compare")]
    [ForPlan(PlanOperation.Read)]
    public async Task<IActionResult> Compare(Guid id, int? from, int? to)
    {
        var plan = CurrentPlan;
        var older = await Store.VersionAsync(id, from ?? Math.Max(1, (to ?? plan.VersionCount + 1) - 1));
        var newer = to is { } number ? await Store.VersionAsync(id, number) : null;
        if (older is null || (to is not null && newer is null))
        {
            return NotFound();
        }

        var newerLabel = newer?.Label ?? "The plan now";
        var diff = PlanDiff.Compare(older.Content, newer?.Content ?? PlanContent.Of(plan), await Store.FindingsAsync(plan.DistrictId));
        return View(new ComparePage(plan, [.. await db.PlanVersions.Where(v => v.PlanId == id).OrderBy(v => v.Number).Select(v => v.Number).ToListAsync()],
            older.Number, newer?.Number, new PlanDiffView(older.Label, newerLabel, diff)));
    }

    [HttpGet("amendments/new")]
    [ForPlan(PlanOperation.Steer)]
    public async Task<IActionResult> StartAmendment(Guid id)
    {
        var plan = CurrentPlan;
        return View(await AmendmentPageAsync(plan, null, new AmendmentForm { ConcurrencyToken = plan.ConcurrencyToken }));
    }

    [HttpPost("amendments/new")]
    [OneTimeForm]
    [ForPlan(PlanOperation.Steer)]
    public async Task<IActionResult> StartAmendment(Guid id, AmendmentForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        if (!await amendmentValidator.ValidateIntoAsync(form, ModelState, prefix: "Form"))
        {
            return View(await AmendmentPageAsync(plan, null, form));
        }

        return await RunAsync(
            () => amendmentSteps.StartAsync(plan, form.Reason, CurrentActor()),
            async () => View(await AmendmentPageAsync(plan, null, form)),
            () => ToOverview(id, "The amendment has been started. Change the plan with the usual editors, then finish the amendment."),
            (plan, form.ConcurrencyToken));
    }

    [HttpGet("amendments/finish")]
    [ForPlan(PlanOperation.Steer)]
    public Task<IActionResult> FinishAmendment(Guid id) => OpenAmendmentPageAsync(id);

    [HttpPost("amendments/finish")]
    [ForPlan(PlanOperation.Steer)]
    public async Task<IActionResult> FinishAmendment(Guid id, AmendmentForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        var amendment = await Store.OpenAmendmentAsync(plan.Id);
        if (amendment is null)
        {
            return NoAmendment(id);
        }

        if (!await amendmentValidator.ValidateIntoAsync(form, ModelState, prefix: "Form"))
        {
            return View(await AmendmentPageAsync(plan, amendment, form));
        }

        PlanVersion? version = null;
        return await RunAsync(
            async () => version = await amendmentSteps.FinishAsync(plan, amendment, form.Reason, CurrentActor()),
            async () => View(await AmendmentPageAsync(plan, amendment, form)),
            () => ToOverview(id, version is null
                ? "The amendment has been sent to ESE for approval. The plan cannot change until ESE decides."
                : $"The amendment has been recorded: version {version.Number} of the plan is in force."),
            (amendment, form.ConcurrencyToken));
    }

    [HttpGet("amendments/cancel")]
    [ForPlan(PlanOperation.Steer)]
    public Task<IActionResult> CancelAmendment(Guid id) => OpenAmendmentPageAsync(id);

    [HttpPost("amendments/cancel")]
    [ForPlan(PlanOperation.Steer)]
    public async Task<IActionResult> CancelAmendment(Guid id, AmendmentForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        var amendment = await Store.OpenAmendmentAsync(plan.Id);
        if (amendment is null)
        {
            return NoAmendment(id);
        }

        form.Reason = amendment.Reason;
        return await RunAsync(
            () => amendmentSteps.CancelAsync(plan, amendment, CurrentActor()),
            async () => View(await AmendmentPageAsync(plan, amendment, form)),
            () => ToOverview(id, $"Amendment {amendment.Number} has been cancelled: the plan is back to version {plan.VersionCount}, which stays in force."),
            (amendment, form.ConcurrencyToken));
    }

    [HttpGet("amendments/decide")]
    [ForPlan(PlanOperation.Review)]
    public async Task<IActionResult> DecideAmendment(Guid id)
    {
        var plan = CurrentPlan;
        var amendment = await Store.OpenAmendmentAsync(plan.Id, tracking: false);
        return amendment is not { Stage: AmendmentStage.AwaitingApproval }
            ? NoAmendment(id)
            : View(await DecisionPageAsync(plan, amendment, new AmendmentDecisionForm { ConcurrencyToken = amendment.ConcurrencyToken }));
    }

    /// <summary>ESE approves the amendment or sends it back with a note.</summary>
    [HttpPost("amendments/decide")]
    [ForPlan(PlanOperation.Review)]
    public async Task<IActionResult> DecideAmendment(Guid id, AmendmentDecisionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        var amendment = await Store.OpenAmendmentAsync(plan.Id);
        if (amendment is null)
        {
            return NoAmendment(id);
        }

        if (!await decisionValidator.ValidateIntoAsync(form, ModelState, prefix: "Form"))
        {
            return View(await DecisionPageAsync(plan, amendment, form));
        }

        var approve = form.Decision == AmendmentOutcome.Approve;
        return await RunAsync(
            () => amendmentSteps.DecideAsync(plan, amendment, form.Decision!.Value, form.Note, CurrentActor()),
            async () => View(await DecisionPageAsync(plan, amendment, form)),
            () => ToOverview(id, approve
                ? $"Amendment {amendment.Number} has been approved and recorded as version {plan.VersionCount}."
                : $"Amendment {amendment.Number} has been sent back to the district."),
            (amendment, form.ConcurrencyToken));
    }

    [HttpGet("successor")]
    [ForPlan(PlanOperation.Steer)]
    public IActionResult StartSuccessor(Guid id)
    {
        var plan = CurrentPlan;
        if (plan.Status != PlanStatus.Approved)
        {
            return ToOverview(id, "A successor plan starts from an approved plan.");
        }

        var years = plan.LastSchoolYear - plan.FirstSchoolYear;
        return View(new SuccessorPage(plan, new PlanDetailsForm
        {
            Title = plan.Title,
            FirstSchoolYear = plan.LastSchoolYear + 1,
            LastSchoolYear = plan.LastSchoolYear + 1 + years,
        }));
    }

    [HttpPost("successor")]
    [OneTimeForm]
    [ForPlan(PlanOperation.Steer)]
    public async Task<IActionResult> StartSuccessor(Guid id, PlanDetailsForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = CurrentPlan;
        if (!await MayStartPlanAsync(plan.DistrictId))
        {
            return Forbid();
        }

        if (!await detailsValidator.ValidateIntoAsync(form, ModelState, prefix: "Form"))
        {
            return View(new SuccessorPage(plan, form));
        }

        Plan? successor = null;
        return await RunAsync(
            async () => successor = await startSuccessor.RunAsync(plan, form.Title, form.FirstSchoolYear!.Value, form.LastSchoolYear!.Value),
            () => Task.FromResult<IActionResult>(View(new SuccessorPage(plan, form))),
            () => ToOverview(successor!.Id, $"The successor plan has been started as a draft, copied from version {plan.VersionCount}."));
    }

    /// <summary>The page of a step on the open amendment (finish it, cancel it), or back to the plan when there is none.</summary>
    private async Task<IActionResult> OpenAmendmentPageAsync(Guid id)
    {
        var plan = CurrentPlan;
        var amendment = await Store.OpenAmendmentAsync(plan.Id, tracking: false);
        return amendment is null
            ? NoAmendment(id)
            : View(await AmendmentPageAsync(plan, amendment, new AmendmentForm { Reason = amendment.Reason, ConcurrencyToken = amendment.ConcurrencyToken }));
    }

    private async Task<AmendmentPage> AmendmentPageAsync(Plan plan, Amendment? amendment, AmendmentForm form)
    {
        var findings = await Store.FindingsAsync(plan.DistrictId);
        var changes = amendment is null || await Store.VersionAsync(plan.Id, plan.VersionCount) is not { } inForce
            ? null
            : new PlanDiffView(inForce.Label, "The plan now", PlanDiff.Compare(inForce.Content, PlanContent.Of(plan), findings));
        return new AmendmentPage(plan, amendment, form, changes, Readiness.Check(plan, findings), await amendmentSteps.NeedsEseApprovalAsync(plan));
    }

    private async Task<AmendmentDecisionPage> DecisionPageAsync(Plan plan, Amendment amendment, AmendmentDecisionForm form)
    {
        var inForce = await Store.VersionAsync(plan.Id, plan.VersionCount)
            ?? throw new InvalidOperationException("An approved plan has its version in force.");
        return new AmendmentDecisionPage(plan, amendment, form,
            new PlanDiffView(inForce.Label, $"With amendment {amendment.Number}", PlanDiff.Compare(inForce.Content, PlanContent.Of(plan), await Store.FindingsAsync(plan.DistrictId))));
    }

    private RedirectToActionResult NoAmendment(Guid id) => ToOverview(id, "There is no amendment waiting for that step.");
}

public sealed record ComparePage(Plan Plan, IReadOnlyList<int> VersionNumbers, int From, int? To, PlanDiffView Diff);
