using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Identity;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Plans;

/// <summary>
/// What every plan screen does the same way: load the plan, authorize against it (404 when it does not
/// exist, 403 when the person may not), and save a change so that a broken rule or a second editor's
/// newer version becomes a message on the form, with what the person typed kept.
/// </summary>
public abstract class PlanControllerBase(PlanStore store, IAuthorizationService authorization) : Controller
{
    protected PlanStore Store { get; } = store;

    protected IAuthorizationService Authorization { get; } = authorization;

    /// <summary>The plan, or the refusal to show instead.</summary>
    protected async Task<(Plan? Plan, IActionResult? Refusal)> LoadAsync(Guid planId, OperationAuthorizationRequirement operation, bool tracking = false)
    {
        var plan = await Store.LoadAsync(planId, tracking);
        if (plan is null)
        {
            return (null, NotFound());
        }

        return await Authorization.AuthorizeAsync(User, PlanResource.Of(plan), operation) is { Succeeded: true }
            ? (plan, null)
            : (null, Forbid());
    }

    protected static Initiative? FindInitiative(Plan plan, Guid initiativeId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Objectives.SelectMany(o => o.Initiatives).FirstOrDefault(i => i.Id == initiativeId);
    }

    /// <summary>An item held by an initiative (a benchmark, an activity) and the initiative holding it.</summary>
    protected static (T? Item, Initiative? Initiative) FindInInitiative<T>(Plan plan, Guid itemId, Func<Initiative, IEnumerable<T>> items)
        where T : Entity
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(items);
        foreach (var initiative in plan.Objectives.SelectMany(o => o.Initiatives))
        {
            if (items(initiative).FirstOrDefault(item => item.Id == itemId) is { } item)
            {
                return (item, initiative);
            }
        }

        return (null, null);
    }

    /// <summary>Whether this person may start a plan in the district (a successor included).</summary>
    protected async Task<bool> MayStartPlanAsync(Guid districtId) =>
        (await Authorization.AuthorizeAsync(User, PlanResource.NewIn(districtId), PlanOperations.Edit)).Succeeded;

    protected async Task<bool> CanEditAsync(Plan plan) =>
        (await Authorization.AuthorizeAsync(User, PlanResource.Of(plan), PlanOperations.Edit)).Succeeded;

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

    /// <summary>The signed-in person as the record of a step names them.</summary>
    protected Actor CurrentActor() => new(User.UserId() ?? Guid.Empty, User.Role() ?? default, User.DisplayName());

    /// <summary>For actions without a form (move, remove): the broken rule or conflict as a 409 page.</summary>
    protected ViewResult Conflict409()
    {
        var message = ModelState[string.Empty]?.Errors.FirstOrDefault()?.ErrorMessage ?? "That cannot be done.";
        var result = View("Conflict", message);
        result.StatusCode = StatusCodes.Status409Conflict;
        return result;
    }

    protected RedirectToActionResult ToOverview(Guid planId, string message, string? fragment = null)
    {
        TempData["Message"] = message;
        return RedirectToAction(nameof(PlansController.Overview), "Plans", new { id = planId }, fragment);
    }

    protected RedirectToActionResult ToStrategySheet(Guid planId, Guid initiativeId, string message)
    {
        TempData["Message"] = message;
        return RedirectToAction(nameof(InitiativesController.StrategySheet), "Initiatives", new { id = planId, initiativeId });
    }
}
