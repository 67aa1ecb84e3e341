using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Plans;

/// <summary>
/// What every plan screen does the same way: its plan is loaded and authorized before the action runs
/// (<see cref="ForPlanAttribute"/>: 404 when it does not exist, 403 when the person may not), and a change is saved
/// so that a broken rule or a second editor's newer version becomes a message on the form, with what the person
/// typed kept.
/// </summary>
public abstract class PlanControllerBase(PlanStore store, IAuthorizationService authorization) : Controller
{
    private Plan? _currentPlan;
    private PlanHeader? _currentHeader;

    protected PlanStore Store { get; } = store;

    protected IAuthorizationService Authorization { get; } = authorization;

    /// <summary>
    /// The plan in the route, loaded and authorized for the action's operation by <see cref="ForPlanAttribute"/> before
    /// the action runs (tracked for changes on anything but GET).
    /// </summary>
    protected internal Plan CurrentPlan
    {
        get => _currentPlan ?? throw new InvalidOperationException($"The action needs {nameof(ForPlanAttribute)} (not header only) to have its plan.");
        internal set => _currentPlan = value;
    }

    /// <summary>The plan's header, for every action marked <see cref="ForPlanAttribute"/> (alone when it is header only).</summary>
    protected internal PlanHeader CurrentHeader
    {
        get => _currentHeader ?? throw new InvalidOperationException($"The action needs {nameof(ForPlanAttribute)} to have its plan.");
        internal set => _currentHeader = value;
    }

    /// <summary>Whether this person may start a plan in the district (a successor included).</summary>
    protected async Task<bool> MayStartPlanAsync(Guid districtId) =>
        (await Authorization.AuthorizeAsync(User, PlanResource.NewIn(districtId), PlanOperations.Edit)).Succeeded;

    protected async Task<bool> CanEditAsync(Plan plan) => await CanEditAsync(PlanHeader.Of(plan));

    protected async Task<bool> CanEditAsync(PlanHeader plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return (await Authorization.AuthorizeAsync(User, plan.Resource, PlanOperations.Edit)).Succeeded;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the loaded <paramref name="plan"/> and saves. <paramref name="versioned"/> is the
    /// item the form was editing, with the version it started from: if someone saved it since, nothing is saved.
    /// </summary>
    protected Task<IActionResult> SaveAsync(
        Plan plan, Action change, Func<IActionResult> redisplay, Func<IActionResult> done, (Entity Item, Guid Version)? versioned = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(redisplay);
        return RunAsync(() => { change(); return Store.SaveAsync(); }, () => Task.FromResult(redisplay()), done, versioned);
    }

    /// <summary>
    /// Runs a feature command (a workflow step, which saves what it changes). A broken rule or a second editor's newer
    /// version becomes a message on the redisplayed form, with what the person typed kept; notices and mail follow
    /// from the step's domain events in the same save, so nothing is sent for a step that did not happen.
    /// </summary>
    protected async Task<IActionResult> RunAsync(
        Func<Task> command, Func<Task<IActionResult>> redisplay, Func<IActionResult> done, (Entity Item, Guid Version)? versioned = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(redisplay);
        ArgumentNullException.ThrowIfNull(done);
        try
        {
            if (versioned is var (item, version))
            {
                Store.ExpectVersion(item, version);
            }

            await command();
            return done();
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            return await redisplay();
        }
        catch (DbUpdateException conflict) when (conflict is DbUpdateConcurrencyException || conflict.IsUniqueViolation())
        {
            // A newer version of the item or of the plan, or the same record created by someone else a moment ago.
            ModelState.AddModelError(string.Empty,
                "Someone else saved this part of the plan while you were editing. Your changes are below and have not been saved: " +
                "open the item again to see the current version, then make your change.");
            return await redisplay();
        }
    }

    /// <summary>Gives an objective's or an initiative's form the district's District Review findings to choose from.</summary>
    protected async Task<TForm> WithChoicesAsync<TForm>(Plan plan, TForm form)
        where TForm : AddressingForm
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(form);
        form.Choices = await Store.FindingsAsync(plan.DistrictId);
        return form;
    }

    /// <summary>
    /// The page that asks before a part of the plan is removed, saying what goes with it; its form posts to the same
    /// address with the plan's revision as the page showed it (<see cref="RemoveAsync"/>).
    /// </summary>
    protected ViewResult ConfirmRemoval(Plan plan, Removal removal, string back)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return View("Remove", new RemovalPage(PlanHeader.Of(plan), removal, plan.Revision, back));
    }

    /// <summary>
    /// Removes a part of the plan once the person confirmed it on <see cref="ConfirmRemoval"/>'s page. If the plan has
    /// changed since that page was shown, what goes with the part may have changed too: nothing is removed and the 409
    /// page says to look again.
    /// </summary>
    protected Task<IActionResult> RemoveAsync(Plan plan, Guid confirmedRevision, Action remove, Func<IActionResult> done)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Revision != confirmedRevision)
        {
            ModelState.AddModelError(string.Empty,
                "The plan changed after the confirmation page was opened, so what goes with this part may have changed too. Nothing has been removed: open Remove again to see what it takes with it now.");
            return Task.FromResult<IActionResult>(Conflict409());
        }

        return SaveAsync(plan, remove, Conflict409, done);
    }

    /// <summary>The signed-in person as the record of a step names them.</summary>
    protected Actor CurrentActor() => User.Actor();

    /// <summary>For actions without a form (move, remove): the broken rule or conflict as a 409 page.</summary>
    protected ViewResult Conflict409()
    {
        var message = ModelState[string.Empty]?.Errors.FirstOrDefault()?.ErrorMessage ?? "That cannot be done.";
        var result = View("Conflict", message);
        result.StatusCode = StatusCodes.Status409Conflict;
        return result;
    }

    protected RedirectToActionResult ToOverview(Guid planId, string message, string? fragment = null) =>
        WithMessage(message, nameof(PlansController.Overview), "Plans", new { id = planId }, fragment);

    protected RedirectToActionResult ToStrategySheet(Guid planId, Guid initiativeId, string message) =>
        WithMessage(message, nameof(InitiativesController.StrategySheet), "Initiatives", new { id = planId, initiativeId });

    /// <summary>After a step: its message, shown at the top of the next page, and that page.</summary>
    protected RedirectToActionResult WithMessage(string message, string action, string? controller, object routeValues, string? fragment = null)
    {
        TempData["Message"] = message;
        return RedirectToAction(action, controller, routeValues, fragment);
    }
}
