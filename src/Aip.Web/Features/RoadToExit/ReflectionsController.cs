using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.RoadToExit;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.RoadToExit;

public sealed record ReflectionRow(ContinuumReflection Reflection, IReadOnlyList<Perspective> Waiting);

public sealed record RoadToExitPage(
    Guid DistrictId, string DistrictName, IReadOnlyList<ReflectionRow> Reflections, bool CanOpen, OpenReflectionForm Open, DateOnly Today);

public sealed record ReflectionPage(
    Guid DistrictId, string DistrictName, ContinuumReflection Reflection, ContinuumReflection? Previous,
    IReadOnlyList<AreaComparison> Areas, Perspective? OwnView, DateOnly Today);

public sealed record PlaceViewPage(Guid DistrictId, string DistrictName, ContinuumReflection Reflection, Perspective Perspective, ViewForm Form);

/// <summary>
/// The road to exit (Appendix M): a district's reflections on the continuum, each with the district's, the Plan Manager's and
/// the Monitor's views side by side, their agreement and the movement since the previous reflection; each person places
/// their own view, reading each cell's description beside the choice.
/// </summary>
[Route("districts/{districtId:guid}/road-to-exit")]
public sealed class ReflectionsController(
    AipDbContext db, IAuthorizationService authorization, Accessors accessors, TimeProvider clock,
    IValidator<OpenReflectionForm> openValidator, IValidator<ViewForm> viewValidator) : RoadToExitControllerBase(db, authorization)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid districtId)
    {
        var (name, refusal) = await GuardAsync(districtId, ExitOperation.Read);
        return refusal ?? await IndexPageAsync(districtId, name, new OpenReflectionForm());
    }

    [HttpPost("reflections")]
    [OneTimeForm]
    public async Task<IActionResult> Open(Guid districtId, [Bind(Prefix = "Open")] OpenReflectionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (name, refusal) = await GuardAsync(districtId, ExitOperation.OpenReflection);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!await openValidator.ValidateIntoAsync(form, ModelState, prefix: "Open"))
        {
            return await IndexPageAsync(districtId, name, form);
        }

        try
        {
            var earlier = await Db.ContinuumReflections.AsNoTracking().Where(r => r.DistrictId == districtId).ToListAsync();
            var reflection = ContinuumReflection.Open(districtId, Actor(), Today(), form.ViewsDueOn!.Value, earlier);
            Db.ContinuumReflections.Add(reflection);
            await Db.SaveChangesAsync();
            TempData["Message"] = "The reflection is open: the district, the Plan Manager and the Monitor can now place their views.";
            return RedirectToAction(nameof(Details), new { districtId, reflectionId = reflection.Id });
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError("Open.ViewsDueOn", refused.Message);
            return await IndexPageAsync(districtId, name, form);
        }
        catch (DbUpdateException taken) when (taken.IsUniqueViolation())
        {
            // Someone opened a reflection for this school year at the same moment and took its number.
            Db.ChangeTracker.Clear();
            ModelState.AddModelError("Open.ViewsDueOn",
                "Someone else opened a reflection for this district a moment ago; it is listed below. Open another only if the school year still allows it.");
            return await IndexPageAsync(districtId, name, form);
        }
    }

    [HttpGet("reflections/{reflectionId:guid}")]
    public async Task<IActionResult> Details(Guid districtId, Guid reflectionId)
    {
        if (await LoadAsync(districtId, reflectionId, tracking: false) is not var (name, reflection))
        {
            return NotFound();
        }

        if (!await MayAsync(districtId, ExitOperation.Read))
        {
            return Forbid();
        }

        var all = await Db.ContinuumReflections.AsNoTracking().Include(r => r.Views).Where(r => r.DistrictId == districtId).ToListAsync();
        var previous = ReflectionComparison.PreviousOf(reflection, all);
        return View("Reflection", new ReflectionPage(
            districtId, name, reflection, previous, ReflectionComparison.Of(reflection, previous),
            ExitAccess.ViewOf(await accessors.OfAsync(User), districtId), Today()));
    }

    [HttpGet("reflections/{reflectionId:guid}/my-view")]
    public async Task<IActionResult> PlaceView(Guid districtId, Guid reflectionId)
    {
        if (await LoadAsync(districtId, reflectionId, tracking: false) is not var (name, reflection))
        {
            return NotFound();
        }

        if (ExitAccess.ViewOf(await accessors.OfAsync(User), districtId) is not { } perspective)
        {
            return Forbid();
        }

        return View("PlaceView", new PlaceViewPage(districtId, name, reflection, perspective, ViewForm.Of(reflection.View(perspective))));
    }

    [HttpPost("reflections/{reflectionId:guid}/my-view")]
    public async Task<IActionResult> PlaceView(Guid districtId, Guid reflectionId, [Bind(Prefix = "Form")] ViewForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await LoadAsync(districtId, reflectionId, tracking: true) is not var (name, reflection))
        {
            return NotFound();
        }

        if (ExitAccess.ViewOf(await accessors.OfAsync(User), districtId) is not { } perspective)
        {
            return Forbid();
        }

        form.Complete();
        IActionResult Redisplay() => View("PlaceView", new PlaceViewPage(districtId, name, reflection, perspective, form));
        if (!await viewValidator.ValidateIntoAsync(form, ModelState, prefix: "Form"))
        {
            return Redisplay();
        }

        try
        {
            Db.ExpectVersion(reflection.View(perspective), form.ConcurrencyToken);
            reflection.Place(Actor(), form.Placements.Select(p => new Placement(p.Area, p.Stage!.Value, p.Note)), clock.GetUtcNow());
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            return Redisplay();
        }

        if (!await Db.SaveUnlessConflictAsync())
        {
            Db.ChangeTracker.Clear();
            var current = await Db.Set<ContinuumView>().AsNoTracking().SingleAsync(v => v.ReflectionId == reflectionId && v.Perspective == perspective);
            ModelState.Remove("Form.ConcurrencyToken");
            form.ConcurrencyToken = current.ConcurrencyToken;
            ModelState.AddModelError(string.Empty,
                $"Someone else saved the {perspective.DisplayName()}'s view while you were editing ({current.PlacedByName}, " +
                $"{(current.PlacedAt is { } at ? Dates.DisplayWithTime(at) : "just now")}). Your choices are below and have not been saved; " +
                "save again to replace theirs, or open the reflection to read them.");
            return Redisplay();
        }

        TempData["Message"] = $"Your view ({perspective.DisplayName()}) has been saved.";
        return RedirectToAction(nameof(Details), new { districtId, reflectionId });
    }

    private async Task<IActionResult> IndexPageAsync(Guid districtId, string name, OpenReflectionForm form)
    {
        var reflections = await Db.ContinuumReflections.AsNoTracking().Include(r => r.Views).Where(r => r.DistrictId == districtId)
            .OrderByDescending(r => r.OpenedOn).ToListAsync();
        var rows = reflections.Select(r => new ReflectionRow(r, [.. r.Views.Where(v => !v.IsPlaced).Select(v => v.Perspective).Order()])).ToList();
        return View("Index", new RoadToExitPage(districtId, name, rows, await MayAsync(districtId, ExitOperation.OpenReflection), form, Today()));
    }

    private async Task<(string Name, ContinuumReflection Reflection)?> LoadAsync(Guid districtId, Guid reflectionId, bool tracking)
    {
        var query = Db.ContinuumReflections.Include(r => r.Views).Where(r => r.Id == reflectionId && r.DistrictId == districtId);
        var reflection = await (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync();
        return reflection is not null && await DistrictNameAsync(districtId) is { } name ? (name, reflection) : null;
    }

    private DateOnly Today() => Dates.Day(clock.GetUtcNow());
}
