using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.Plans;
using Aip.Web.Data;
using Aip.Web.Features.Monitoring;
using Aip.Web.Features.Plans;
using Aip.Web.Infrastructure.Files;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Aip.Web.Features.Evidence;

public sealed record EvidenceLibraryPage(
    Plan Plan, IReadOnlyList<EvidenceRow> Rows, int Total, EvidenceFilter Filter, IReadOnlyList<PlanItem> Items, IReadOnlyList<SchoolQuarter> Quarters, bool CanLead);

public sealed record EvidenceItemPage(Plan Plan, EvidenceRow Row, bool CanLead);

public sealed record EvidenceEditorPage(Plan Plan, EvidenceItem? Item, EvidenceForm Form, IReadOnlyList<PlanItem> Items, string MaxFileSize)
{
    /// <summary>The limits the browser checks before sending (the server checks them again).</summary>
    public (long File, long Request) Limits { get; init; }
}

/// <summary>
/// The plan's evidence library (guidance §8: evidence is what the district uses anyway): district leaders add items with
/// their files or a link, edit and remove them; the district's monitor and ESE staff read them and download the files.
/// Every action is a monitoring step of the plan's district (<see cref="ForMonitoringAttribute"/>), file downloads included.
/// </summary>
[Route("plans/{id:guid}/evidence")]
public sealed class EvidenceController(
    PlanStore store, IAuthorizationService authorization, AipDbContext db, TimeProvider clock, IValidator<EvidenceForm> validator,
    EvidenceUploads uploads, IFileStore files)
    : MonitoringControllerBase(store, authorization)
{
    [HttpGet("")]
    [ForMonitoring(MonitoringOperation.Read)]
    public async Task<IActionResult> Index(Guid id, Guid? initiative, Guid? benchmark, EvidenceKind? kind, string? quarter, bool notCited = false)
    {
        var filter = new EvidenceFilter(initiative, benchmark, kind is { } k && Enum.IsDefined(k) ? k : null, quarter, notCited);
        var rows = await EvidenceLibrary.RowsAsync(db, CurrentPlan);
        return View("Library", new EvidenceLibraryPage(
            CurrentPlan, rows.Filter(CurrentPlan, filter), rows.Count, filter, PlanItems.Of(CurrentPlan), SchoolQuarter.Within(CurrentPlan.Period),
            await MayAsync(MonitoringOperation.Lead)));
    }

    [HttpGet("new")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public IActionResult New(Guid id, Guid? supports) =>
        Editor(null, new EvidenceForm { CollectedOn = Dates.Day(clock.GetUtcNow()), Supports = supports is { } s ? [s] : [] });

    [HttpPost("new")]
    [OneTimeForm]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Add(Guid id, [Bind(Prefix = "Form")] EvidenceForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var valid = await validator.ValidateIntoAsync(form, ModelState, prefix: "Form");
        var checkedUploads = await uploads.CheckAsync(form.Files, ModelState);
        if (!valid || !ModelState.IsValid)
        {
            return Editor(null, form);
        }

        var stored = new List<Guid>();
        EvidenceItem? item = null;
        var result = await RunAsync(
            async () =>
            {
                var actor = CurrentActor();
                item = EvidenceItem.Add(CurrentPlan, form.Title, form.Kind!.Value, form.CollectedOn!.Value, form.Description, form.Link, form.Supports,
                    actor.Id, actor.Name, clock.GetUtcNow());
                stored.AddRange(await uploads.StoreAsync(item, checkedUploads));
                item.EnsureHasOneSource();
                db.EvidenceItems.Add(item);
                await Store.SaveAsync();
            },
            async () =>
            {
                await uploads.DeleteAsync(stored);
                return Editor(null, form);
            },
            () => Done("The evidence has been added to the library.", item!.Id));
        return result;
    }

    [HttpGet("{evidenceId:guid}")]
    [ForMonitoring(MonitoringOperation.Read)]
    public async Task<IActionResult> Details(Guid id, Guid evidenceId)
    {
        var row = (await EvidenceLibrary.RowsAsync(db, CurrentPlan)).FirstOrDefault(r => r.Item.Id == evidenceId);
        return row is null ? NotFound() : View("Item", new EvidenceItemPage(CurrentPlan, row, await MayAsync(MonitoringOperation.Lead)));
    }

    [HttpGet("{evidenceId:guid}/edit")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Edit(Guid id, Guid evidenceId)
    {
        var item = await LoadAsync(evidenceId, tracking: false);
        return item is null ? NotFound() : Editor(item, EvidenceForm.From(item));
    }

    [HttpPost("{evidenceId:guid}/edit")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Update(Guid id, Guid evidenceId, [Bind(Prefix = "Form")] EvidenceForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var item = await LoadAsync(evidenceId, tracking: true);
        if (item is null)
        {
            return NotFound();
        }

        var valid = await validator.ValidateIntoAsync(form, ModelState, prefix: "Form");
        var checkedUploads = await uploads.CheckAsync(form.Files, ModelState);
        if (!valid || !ModelState.IsValid)
        {
            return Editor(item, form);
        }

        var stored = new List<Guid>();
        var removed = new List<Guid>();
        return await RunAsync(
            async () =>
            {
                item.Describe(CurrentPlan, form.Title, form.Kind!.Value, form.CollectedOn!.Value, form.Description, form.Link, form.Supports);
                removed.AddRange(form.RemoveFiles.Distinct().Select(fileId => item.RemoveFile(fileId).StorageKey));
                stored.AddRange(await uploads.StoreAsync(item, checkedUploads));
                item.EnsureHasOneSource();
                await Store.SaveAsync();
                await uploads.DeleteAsync(removed);
            },
            async () =>
            {
                await uploads.DeleteAsync(stored);
                return Editor(item, form);
            },
            () => Done("The evidence has been saved.", item.Id),
            (item, form.ConcurrencyToken ?? Guid.Empty));
    }

    /// <summary>Removes the item and its files; refused while Minutes cite it (their section 1a would lose a source).</summary>
    [HttpPost("{evidenceId:guid}/remove")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Remove(Guid id, Guid evidenceId, Guid concurrencyToken)
    {
        var item = await LoadAsync(evidenceId, tracking: true);
        if (item is null)
        {
            return NotFound();
        }

        var citations = (await EvidenceLibrary.CitationsAsync(db, id)).GetValueOrDefault(evidenceId) ?? [];
        var keys = item.Files.Select(f => f.StorageKey).ToList();
        return await RunAsync(
            async () =>
            {
                if (citations.Count > 0)
                {
                    throw new DomainException($"The Minutes of {string.Join(", ", citations.Select(c => Dates.Display(c.Day)))} cite this evidence: it stays in the library.");
                }

                db.EvidenceItems.Remove(item);
                await Store.SaveAsync();
                await uploads.DeleteAsync(keys);
            },
            () => Task.FromResult<IActionResult>(Conflict409()),
            () => WithMessage($"“{item.Title}” has been removed from the library.", nameof(Index), null, new { id }),
            (item, concurrencyToken));
    }

    /// <summary>
    /// A file, only as a download: always an attachment, with the checked type (or octet-stream) and nosniff, never shown
    /// inline, whatever it holds.
    /// </summary>
    [HttpGet("{evidenceId:guid}/files/{fileId:guid}")]
    [ForMonitoring(MonitoringOperation.Read, headerOnly: true)]
    public async Task<IActionResult> Download(Guid id, Guid evidenceId, Guid fileId)
    {
        var file = await db.EvidenceFiles.AsNoTracking()
            .Where(f => f.Id == fileId && f.EvidenceItemId == evidenceId && db.EvidenceItems.Any(e => e.Id == evidenceId && e.PlanId == id))
            .SingleOrDefaultAsync();
        if (file is null || await files.OpenReadAsync(file.StorageKey, HttpContext.RequestAborted) is not { } content)
        {
            return NotFound();
        }

        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        Response.Headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
        var contentType = string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType;
        // FileStreamResult with a download name always answers "Content-Disposition: attachment".
        return File(content, contentType, file.FileName);
    }

    private Task<EvidenceItem?> LoadAsync(Guid evidenceId, bool tracking) =>
        (tracking ? db.EvidenceItems : db.EvidenceItems.AsNoTracking()).Include(e => e.Files).SingleOrDefaultAsync(e => e.Id == evidenceId && e.PlanId == CurrentPlan.Id);

    private ViewResult Editor(EvidenceItem? item, EvidenceForm form) =>
        View("Editor", new EvidenceEditorPage(CurrentPlan, item, form, PlanItems.Of(CurrentPlan).Where(i => i.Depth > 0).ToList(), FileStoreOptions.Describe(uploads.MaxFileBytes))
        {
            Limits = (uploads.MaxFileBytes, uploads.RequestLimit),
        });

    private RedirectToActionResult Done(string message, Guid evidenceId) =>
        WithMessage(message, nameof(Details), null, new { id = CurrentPlan.Id, evidenceId });
}
