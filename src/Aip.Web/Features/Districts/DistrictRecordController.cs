using Aip.Domain.Districts;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Aip.Web.Features.Districts;

/// <summary>
/// What the student-data agreements require, for ESE staff only: a district's whole record as one archive, and the
/// deletion of its data after the person types the district's name. Both are audited.
/// </summary>
[Authorize(Policies.EseStaff)]
[Route("districts/{id:guid}")]
public sealed class DistrictRecordController(
    AipDbContext db, IAuthorizationService authorization, DistrictExport export, DeleteDistrictData deletion, TimeProvider clock) : Controller
{
    [HttpPost("export")]
    public async Task<IActionResult> Export(Guid id)
    {
        var (district, refusal) = await LoadAsync(id);
        if (refusal is not null)
        {
            return refusal;
        }

        await export.RecordAsync(district, User);
        Response.ContentType = "application/zip";
        Response.Headers.CacheControl = "no-store";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = DistrictExport.FileName(district, clock.GetUtcNow()) }.ToString();
        await export.WriteAsync(district, Response.Body, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    [HttpPost("delete")]
    public async Task<IActionResult> Delete(Guid id, DeleteDistrictForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (district, refusal) = await LoadAsync(id);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!form.Confirms(district.Name))
        {
            ModelState.AddModelError(nameof(form.ConfirmName), string.IsNullOrWhiteSpace(form.ConfirmName)
                ? "Type the district's name to confirm the deletion."
                : $"That is not the district's name. Type {district.Name} exactly as shown; nothing has been deleted.");
            return await ConfirmationAsync(district, form);
        }

        await deletion.RunAsync(district, User);
        TempData["Message"] = $"All data of {district.Name} has been deleted. The deletion is recorded under Deleted district data.";
        return RedirectToAction(nameof(DistrictsController.Index), "Districts");
    }

    [HttpGet("delete")]
    public async Task<IActionResult> Delete(Guid id)
    {
        var (district, refusal) = await LoadAsync(id);
        return refusal ?? await ConfirmationAsync(district, new DeleteDistrictForm());
    }

    private async Task<IActionResult> ConfirmationAsync(District district, DeleteDistrictForm form)
    {
        form.Name = district.Name;
        form.Code = district.Code;
        form.Counts = await deletion.CountsAsync(district.Id);
        return View("Delete", form);
    }

    /// <summary>The district in the route, or the refusal to answer instead: 404 when there is none, 403 for others.</summary>
    private async Task<(District District, IActionResult? Refusal)> LoadAsync(Guid id)
    {
        var district = await db.Districts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id);
        if (district is null)
        {
            return (null!, NotFound());
        }

        return (district, await authorization.AllowsAsync(User, id, DistrictOperations.Change) ? null : Forbid());
    }
}
