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

public sealed record DiscussionRow(HighlightDiscussion Discussion, Minutes? Minutes);

public sealed record DiscussionsPage(
    Plan Plan, IReadOnlyList<DiscussionRow> Discussions, IReadOnlyList<CoverageRow> AtRisk, bool CanLead, DateOnly Today);

public sealed record SchedulePage(PlanHeader Plan, ScheduleForm Form, IReadOnlyList<Invitee> Invitees, HighlightDiscussion? Existing, DateOnly Today);

public sealed record DiscussionPage(
    Plan Plan, HighlightDiscussion Discussion, IReadOnlyList<PlanItem> Items, Minutes? Minutes, string? Theme,
    IReadOnlyList<CoverageRow> AtRisk, TopicForm NewTopic, CancelForm Cancel, bool CanLead, bool CanMonitorSteps,
    bool ShowsQuestions, bool IsAhead, DateOnly Today)
{
    /// <summary>Evidence added since the previous discussion: it comes up at this one.</summary>
    public IReadOnlyList<EvidenceItem> NewEvidence { get; init; } = [];
}

/// <summary>
/// Monthly Highlight Discussions of a plan in force (guidance §7-8): the list, scheduling with a week's notice to ESE
/// (or a stated reason), moving and cancelling with the history kept, the agenda, and the monitor's questions.
/// </summary>
[Route("plans/{id:guid}/discussions")]
public sealed class DiscussionsController(
    PlanStore store, IAuthorizationService authorization, AipDbContext db, TimeProvider clock, ScheduleDiscussion scheduleDiscussion,
    IValidator<ScheduleForm> scheduleValidator, IValidator<CancelForm> cancelValidator, IValidator<TopicForm> topicValidator,
    IValidator<QuestionsForm> questionsValidator)
    : MonitoringControllerBase(store, authorization)
{
    [HttpGet("")]
    [ForMonitoring(MonitoringOperation.Read)]
    public async Task<IActionResult> Index(Guid id)
    {
        var discussions = await db.HighlightDiscussions.AsNoTracking().Where(d => d.PlanId == id).OrderByDescending(d => d.StartsAt).ToListAsync();
        var minutes = await db.Minutes.AsNoTracking().Where(m => m.PlanId == id).ToDictionaryAsync(m => m.DiscussionId);
        var (coverage, _) = await CoverageReport.ForAsync(db, CurrentPlan, clock.GetUtcNow());
        return View(new DiscussionsPage(
            CurrentPlan, [.. discussions.Select(d => new DiscussionRow(d, minutes.GetValueOrDefault(d.Id)))],
            [.. coverage.Where(c => c.Coverage.AtRisk)], await MayAsync(MonitoringOperation.Lead), Dates.Day(clock.GetUtcNow())));
    }

    [HttpGet("new")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Schedule(Guid id)
    {
        var invitees = await ScheduleDiscussion.InviteesAsync(db, CurrentHeader.DistrictId);
        var form = new ScheduleForm { Invited = [.. invitees.Where(i => i.InvitedByDefault).Select(i => i.Id)] };
        return View(new SchedulePage(CurrentHeader, form, invitees, null, Today()));
    }

    [HttpPost("new")]
    [OneTimeForm]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Schedule(Guid id, ScheduleForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var invitees = await ScheduleDiscussion.InviteesAsync(db, CurrentHeader.DistrictId);
        var page = new SchedulePage(CurrentHeader, form, invitees, null, Today());
        if (!await scheduleValidator.ValidateIntoAsync(form, ModelState, prefix: "Form"))
        {
            return View(page);
        }

        HighlightDiscussion? scheduled = null;
        return await RunAsync(
            async () => scheduled = await scheduleDiscussion.RunAsync(CurrentPlan, form, invitees, CurrentActor()),
            () => Task.FromResult<IActionResult>(View(page)),
            () => ToDiscussion(id, scheduled!.Id, scheduled.ShortNotice
                ? "The discussion has been scheduled with less than a week's notice; ESE has been told, with your reason."
                : "The discussion has been scheduled; everyone invited and ESE have been told."));
    }

    [HttpGet("{discussionId:guid}")]
    [ForMonitoring(MonitoringOperation.Read)]
    public async Task<IActionResult> Details(Guid id, Guid discussionId) => await DiscussionPageAsync(new TopicForm(), new CancelForm());

    [HttpGet("{discussionId:guid}/reschedule")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Reschedule(Guid id, Guid discussionId)
    {
        var invitees = await ScheduleDiscussion.InviteesAsync(db, CurrentHeader.DistrictId);
        return View("Schedule", new SchedulePage(CurrentHeader, ScheduleForm.From(CurrentDiscussion), invitees, CurrentDiscussion, Today()));
    }

    [HttpPost("{discussionId:guid}/reschedule")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Reschedule(Guid id, Guid discussionId, ScheduleForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var discussion = CurrentDiscussion;
        var invitees = await ScheduleDiscussion.InviteesAsync(db, CurrentHeader.DistrictId);
        var page = new SchedulePage(CurrentHeader, form, invitees, discussion, Today());
        if (string.IsNullOrWhiteSpace(form.Reason))
        {
            ModelState.AddModelError("Form.Reason", "Give the reason for the new date: everyone invited reads it.");
        }

        if (!await scheduleValidator.ValidateIntoAsync(form, ModelState, prefix: "Form"))
        {
            return View("Schedule", page);
        }

        return await RunAsync(
            () =>
            {
                discussion.SetParticipants(ScheduleDiscussion.Participants(form, invitees));
                discussion.Reschedule(form.StartsAt, form.Place, form.Reason, form.ShortNoticeReason, CurrentActor().Name, clock.GetUtcNow());
                return Store.SaveAsync();
            },
            () => Task.FromResult<IActionResult>(View("Schedule", page)),
            () => ToDiscussion(id, discussionId, "The discussion has been moved; everyone invited and ESE have been told."),
            (discussion, form.ConcurrencyToken ?? Guid.Empty));
    }

    [HttpPost("{discussionId:guid}/cancel")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> Cancel(Guid id, Guid discussionId, [Bind(Prefix = "Cancel")] CancelForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var discussion = CurrentDiscussion;
        if (!await cancelValidator.ValidateIntoAsync(form, ModelState, prefix: "Cancel"))
        {
            return await DiscussionPageAsync(new TopicForm(), form);
        }

        return await RunAsync(
            () =>
            {
                discussion.Cancel(form.Reason, CurrentActor().Name, clock.GetUtcNow());
                return Store.SaveAsync();
            },
            () => DiscussionPageAsync(new TopicForm(), form),
            () => ToDiscussion(id, discussionId, "The discussion has been cancelled; everyone invited and ESE have been told."),
            (discussion, form.ConcurrencyToken));
    }

    [HttpPost("{discussionId:guid}/agenda")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> AddTopic(Guid id, Guid discussionId, [Bind(Prefix = "NewTopic")] TopicForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var discussion = CurrentDiscussion;
        if (!await topicValidator.ValidateIntoAsync(form, ModelState, prefix: "NewTopic"))
        {
            return await DiscussionPageAsync(form, new CancelForm());
        }

        return await RunAsync(
            () =>
            {
                if (form.PlanItemId is { } itemId && PlanItems.Of(CurrentPlan).All(i => i.Id != itemId))
                {
                    throw new DomainException("That item is not in the plan; choose one from the list.");
                }

                discussion.AddTopic(form.Topic, form.PlanItemId, form.Origin, clock.GetUtcNow());
                return Store.SaveAsync();
            },
            () => DiscussionPageAsync(form, new CancelForm()),
            () => ToDiscussion(id, discussionId, "The topic has been added to the agenda.", "agenda"),
            // The discussion's row goes with the save: two topics added at once cannot both pass the cap or the same-topic check.
            (discussion, discussion.ConcurrencyToken));
    }

    [HttpPost("{discussionId:guid}/agenda/{itemId:guid}/remove")]
    [ForMonitoring(MonitoringOperation.Lead)]
    public async Task<IActionResult> RemoveTopic(Guid id, Guid discussionId, Guid itemId) =>
        await RunAsync(
            () =>
            {
                CurrentDiscussion.RemoveTopic(itemId, clock.GetUtcNow());
                return Store.SaveAsync();
            },
            () => Task.FromResult<IActionResult>(Conflict409()),
            () => ToDiscussion(id, discussionId, "The topic has been taken off the agenda.", "agenda"),
            (CurrentDiscussion, CurrentDiscussion.ConcurrencyToken));

    [HttpPost("{discussionId:guid}/agenda/{itemId:guid}/questions")]
    [ForMonitoring(MonitoringOperation.MonitorSteps)]
    public async Task<IActionResult> Questions(Guid id, Guid discussionId, Guid itemId, QuestionsForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var topic = CurrentDiscussion.Agenda.FirstOrDefault(a => a.Id == itemId);
        if (topic is null)
        {
            return NotFound();
        }

        if (!await questionsValidator.ValidateIntoAsync(form, ModelState, prefix: $"Questions-{itemId}"))
        {
            return await DiscussionPageAsync(new TopicForm(), new CancelForm());
        }

        return await RunAsync(
            () =>
            {
                CurrentDiscussion.WriteQuestions(itemId, form.Questions, clock.GetUtcNow());
                return Store.SaveAsync();
            },
            () => DiscussionPageAsync(new TopicForm(), new CancelForm()),
            () => ToDiscussion(id, discussionId, "Your questions have been saved.", "topic-" + itemId),
            (topic, form.ConcurrencyToken));
    }

    [HttpPost("{discussionId:guid}/questions/share")]
    [ForMonitoring(MonitoringOperation.MonitorSteps)]
    public async Task<IActionResult> ShareQuestions(Guid id, Guid discussionId) =>
        await RunAsync(
            () =>
            {
                CurrentDiscussion.ShareQuestions(clock.GetUtcNow());
                return Store.SaveAsync();
            },
            () => DiscussionPageAsync(new TopicForm(), new CancelForm()),
            () => ToDiscussion(id, discussionId, "Your questions have been shared with the district.", "agenda"));

    private async Task<IActionResult> DiscussionPageAsync(TopicForm topic, CancelForm cancel)
    {
        var discussion = CurrentDiscussion;
        var now = clock.GetUtcNow();
        var minutes = await db.Minutes.AsNoTracking().SingleOrDefaultAsync(m => m.DiscussionId == discussion.Id);
        var (coverage, _) = await CoverageReport.ForAsync(db, CurrentPlan, now);
        var canLead = await MayAsync(MonitoringOperation.Lead);
        var canQuestion = await MayAsync(MonitoringOperation.MonitorSteps);
        cancel.ConcurrencyToken = cancel.ConcurrencyToken == Guid.Empty ? discussion.ConcurrencyToken : cancel.ConcurrencyToken;
        var page = new DiscussionPage(
            CurrentPlan, discussion, PlanItems.Of(CurrentPlan), minutes, DiscussionThemes.For(discussion.Day.Month),
            [.. coverage.Where(c => c.Coverage.AtRisk && !discussion.AgendaPlanItems().Contains(c.Item.Id))], topic, cancel, canLead, canQuestion,
            // The district sees the monitor's questions once they are shared or the meeting begins; the monitor and ESE always.
            !canLead || discussion.QuestionsVisibleToDistrict(now),
            discussion.Status == DiscussionStatus.Scheduled && !discussion.HasStarted(now), Dates.Day(now))
        { NewEvidence = await Evidence.EvidenceLibrary.AddedBeforeAsync(db, discussion) };
        return View("Details", page);
    }

    private DateOnly Today() => Dates.Day(clock.GetUtcNow());

    private RedirectToActionResult ToDiscussion(Guid planId, Guid discussionId, string message, string? fragment = null) =>
        WithMessage(message, nameof(Details), null, new { id = planId, discussionId }, fragment);
}
