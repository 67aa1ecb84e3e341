using Aip.Documents;
using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.Plans;
using Aip.Domain.Versions;
using Aip.Web.Data;
using Aip.Web.Features.Documents;
using Aip.Web.Features.Evidence;
using Aip.Web.Features.Plans;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Monitoring;

public sealed record MinutesPage(
    Plan Plan, string DistrictName, HighlightDiscussion Discussion, Minutes? Minutes, MinutesForm Form, IReadOnlyList<PlanItem> Items,
    IReadOnlyList<Amendment> Amendments, IReadOnlyList<Risk> Risks, HighlightDiscussion? NextDiscussion,
    MinutesCommentForm NewComment, bool CanLead, bool CanReview, bool CanAsk, DateOnly Today)
{
    public bool IsEditable => CanLead && Minutes?.Stage != MinutesStage.Final;

    public MinutesReplyForm Addendum { get; init; } = new();

    /// <summary>The plan's evidence library, for section 1a.</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];
}

/// <summary>
/// The Minutes of one Highlight Discussion (Appendix F): the Plan Manager drafts them, sends the draft to the Superintendent
/// and the Monitor (within 3 days), who pin discrepancies or questions to sections (within 3 days); the manager resolves
/// them and sends the final Minutes to everyone, ESE included (within a week). Final Minutes never change: corrections are
/// dated addenda, and ESE staff may still ask questions, which the manager answers.
/// </summary>
[Route("plans/{id:guid}/discussions/{discussionId:guid}/minutes")]
public sealed class MinutesController(
    PlanStore store, IAuthorizationService authorization, AipDbContext db, TimeProvider clock, IDocumentRenderer renderer,
    IValidator<MinutesForm> minutesValidator, IValidator<MinutesCommentForm> commentValidator, IValidator<MinutesReplyForm> replyValidator)
    : MonitoringControllerBase(store, authorization)
{
    [HttpGet("")]
    [ForMonitoring(MonitoringOperation.Read)]
    public async Task<IActionResult> Index(Guid id, Guid discussionId)
    {
        var minutes = await LoadAsync(tracking: false);
        return await PageAsync(minutes, MinutesForm.From(minutes, CurrentDiscussion), new MinutesCommentForm());
    }

    /// <summary>Saves the draft; the first save begins the Minutes (once the discussion has taken place).</summary>
    [HttpPost("")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Save(Guid id, Guid discussionId, MinutesForm form, string? then)
    {
        ArgumentNullException.ThrowIfNull(form);
        var minutes = await LoadAsync(tracking: true);
        if (!await minutesValidator.ValidateIntoAsync(form, ModelState, prefix: "Form"))
        {
            return await PageAsync(minutes, form, new MinutesCommentForm());
        }

        var amendments = await db.Amendments.AsNoTracking().Where(a => a.PlanId == id).Select(a => a.Number).ToListAsync();
        var items = PlanItems.Of(CurrentPlan).Select(i => i.Id).ToHashSet();
        var evidence = (await db.EvidenceItems.AsNoTracking().Where(e => e.PlanId == id).Select(e => e.Id).ToListAsync()).ToHashSet();
        return await RunAsync(
            async () =>
            {
                if (minutes is null)
                {
                    minutes = Minutes.Begin(CurrentDiscussion, clock.GetUtcNow());
                    db.Minutes.Add(minutes);
                }

                foreach (var section in MinutesSections.All)
                {
                    minutes.Write(section, form.Text(section));
                }

                minutes.SetDiscussedItems(form.DiscussedItems.Where(items.Contains));
                minutes.CiteEvidence(form.CitedEvidence.Where(evidence.Contains));
                if (form.LinkedAmendments.Except(amendments).Any())
                {
                    throw new DomainException("Link only the plan's own amendments; choose them from the list.");
                }

                minutes.LinkAmendments(form.LinkedAmendments);
                if (then == "send")
                {
                    minutes.SendForReview(clock.GetUtcNow());
                }

                await Store.SaveAsync();
            },
            () => PageAsync(minutes, form, new MinutesCommentForm()),
            () => Done(then == "send"
                ? "The draft has been sent to the Superintendent and the Monitor. They report discrepancies or questions within 3 days."
                : "The Minutes have been saved."),
            minutes is null ? null : (minutes, form.ConcurrencyToken ?? Guid.Empty));
    }

    [HttpPost("comments")]
    [OneTimeForm]
    [ForMonitoring(MonitoringOperation.ReviewDraft)]
    public Task<IActionResult> Comment(Guid id, Guid discussionId, [Bind(Prefix = "NewComment")] MinutesCommentForm form) =>
        PinAsync(form, (minutes, section, now) => minutes.Comment(section, form.Text, CurrentActor().Id, CurrentActor().Name, now),
            "Your comment has been pinned to the section; the Plan Manager is told.");

    [HttpPost("questions")]
    [OneTimeForm]
    [ForMonitoring(MonitoringOperation.AskEse)]
    public Task<IActionResult> Ask(Guid id, Guid discussionId, [Bind(Prefix = "NewComment")] MinutesCommentForm form) =>
        PinAsync(form, (minutes, section, now) => minutes.Ask(section, form.Text, CurrentActor().Id, CurrentActor().Name, now),
            "Your question has been pinned to the section; the Plan Manager is told.");

    [HttpPost("comments/{commentId:guid}/resolve")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Resolve(Guid id, Guid discussionId, Guid commentId, [Bind(Prefix = "Reply")] MinutesReplyForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var minutes = await LoadAsync(tracking: true);
        if (minutes?.Comments.FirstOrDefault(c => c.Id == commentId) is null)
        {
            return NotFound();
        }

        if (!await replyValidator.ValidateIntoAsync(form, ModelState, prefix: $"Reply-{commentId}"))
        {
            return await PageAsync(minutes, MinutesForm.From(minutes, CurrentDiscussion), new MinutesCommentForm());
        }

        return await RunAsync(
            () =>
            {
                minutes.ResolveComment(commentId, form.Text, clock.GetUtcNow());
                return Store.SaveAsync();
            },
            () => PageAsync(minutes, MinutesForm.From(minutes, CurrentDiscussion), new MinutesCommentForm()),
            () => Done("The comment is resolved.", "comment-" + commentId));
    }

    [HttpPost("final")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> MakeFinal(Guid id, Guid discussionId, Guid concurrencyToken)
    {
        var minutes = await LoadAsync(tracking: true);
        if (minutes is null)
        {
            return NotFound();
        }

        return await RunAsync(
            () =>
            {
                minutes.MakeFinal(CurrentActor().Name, clock.GetUtcNow());
                return Store.SaveAsync();
            },
            () => PageAsync(minutes, MinutesForm.From(minutes, CurrentDiscussion), new MinutesCommentForm()),
            () => Done("The final Minutes have been sent to the Superintendent, the Monitor and ESE. They can no longer change; add a dated addendum for a correction."),
            (minutes, concurrencyToken));
    }

    [HttpPost("addenda")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> AddAddendum(Guid id, Guid discussionId, [Bind(Prefix = "Addendum")] MinutesReplyForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var minutes = await LoadAsync(tracking: true);
        if (minutes is null)
        {
            return NotFound();
        }

        if (!await replyValidator.ValidateIntoAsync(form, ModelState, prefix: "Addendum"))
        {
            return await PageAsync(minutes, MinutesForm.From(minutes, CurrentDiscussion), new MinutesCommentForm());
        }

        return await RunAsync(
            () =>
            {
                minutes.AddAddendum(form.Text, CurrentActor().Name, clock.GetUtcNow());
                return Store.SaveAsync();
            },
            () => PageAsync(minutes, MinutesForm.From(minutes, CurrentDiscussion), new MinutesCommentForm()),
            () => Done("The addendum has been added to the final Minutes.", "addenda"));
    }

    [HttpGet("pdf")]
    [EnableRateLimiting(DocumentsRegistration.RenderPolicy)]
    [ForMonitoring(MonitoringOperation.Read)]
    public async Task<IActionResult> Pdf(Guid id, Guid discussionId)
    {
        var minutes = await LoadAsync(tracking: false);
        if (minutes is null)
        {
            return NotFound();
        }

        var plan = CurrentPlan;
        var district = await db.Districts.Where(d => d.Id == plan.DistrictId).Select(d => new { d.Name, d.Code }).SingleAsync();
        var (risks, next) = await RisksAndNextAsync();
        var amendments = await db.Amendments.AsNoTracking().Where(a => a.PlanId == plan.Id).ToDictionaryAsync(a => a.Number, a => a.Reason);
        var cited = await db.EvidenceItems.AsNoTracking().Where(e => e.PlanId == plan.Id && minutes.CitedEvidence.Contains(e.Id)).ToListAsync();
        var spec = MinutesDocument.Compose(minutes, new MinutesDocumentInfo(
            district.Name, plan.Title, CurrentDiscussion, next?.Day, PlanItems.Of(plan), risks, amendments, Dates.Day(clock.GetUtcNow()))
        { Evidence = EvidenceLibrary.ByInitiative(plan, cited) });
        return File(renderer.Render(spec), "application/pdf", $"{district.Code}-minutes-{minutes.DiscussionDay:yyyy-MM-dd}.pdf");
    }

    private async Task<IActionResult> PinAsync(MinutesCommentForm form, Func<Minutes, MinutesSection, DateTimeOffset, MinutesComment> pin, string message)
    {
        ArgumentNullException.ThrowIfNull(form);
        var minutes = await LoadAsync(tracking: true);
        if (minutes is null)
        {
            return NotFound();
        }

        if (!await commentValidator.ValidateIntoAsync(form, ModelState, prefix: "NewComment"))
        {
            return await PageAsync(minutes, MinutesForm.From(minutes, CurrentDiscussion), form);
        }

        return await RunAsync(
            () =>
            {
                db.MinutesComments.Add(pin(minutes, form.Section!.Value, clock.GetUtcNow()));
                return Store.SaveAsync();
            },
            () => PageAsync(minutes, MinutesForm.From(minutes, CurrentDiscussion), form),
            () => Done(message, "comments"));
    }

    private Task<Minutes?> LoadAsync(bool tracking) =>
        (tracking ? db.Minutes : db.Minutes.AsNoTracking()).Include(m => m.Comments).SingleOrDefaultAsync(m => m.DiscussionId == CurrentDiscussion.Id);

    private async Task<IActionResult> PageAsync(Minutes? minutes, MinutesForm form, MinutesCommentForm comment)
    {
        var discussion = CurrentDiscussion;
        var plan = CurrentPlan;
        var amendments = await db.Amendments.AsNoTracking().Where(a => a.PlanId == plan.Id).OrderBy(a => a.Number).ToListAsync();
        var (risks, next) = await RisksAndNextAsync();
        return View("Minutes", new MinutesPage(
            plan, await Store.DistrictNameAsync(plan), discussion, minutes, form, PlanItems.Of(plan), amendments, risks, next, comment,
            await MayAsync(MonitoringOperation.Lead), await MayAsync(MonitoringOperation.ReviewDraft), await MayAsync(MonitoringOperation.AskEse),
            Dates.Day(clock.GetUtcNow()))
        { Evidence = await db.EvidenceItems.AsNoTracking().Where(e => e.PlanId == plan.Id).ToListAsync() });
    }

    /// <summary>The risk register as it stood at the discussion (open then, or closed that day), and the discussion after this one.</summary>
    private async Task<(IReadOnlyList<Risk> Risks, HighlightDiscussion? Next)> RisksAndNextAsync()
    {
        var discussion = CurrentDiscussion;
        var day = discussion.Day;
        var risks = (await db.Risks.AsNoTracking().Where(r => r.PlanId == discussion.PlanId && r.RaisedOn <= day).ToListAsync())
            .Where(r => r.WasOpenOn(day) || r.ClosedOn == day).OrderBy(r => r.RaisedOn).ToList();
        var next = await db.HighlightDiscussions.AsNoTracking()
            .Where(d => d.PlanId == discussion.PlanId && d.Status == DiscussionStatus.Scheduled && d.StartsAt > discussion.StartsAt)
            .OrderBy(d => d.StartsAt).FirstOrDefaultAsync();
        return (risks, next);
    }

    private RedirectToActionResult Done(string message, string? fragment = null) =>
        WithMessage(message, nameof(Index), null, new { id = CurrentPlan.Id, discussionId = CurrentDiscussion.Id }, fragment);
}
