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

public sealed record RequestsPage(
    PlanHeader Plan, IReadOnlyList<EvidenceRequest> Requests, RequestForm NewRequest, Guid? AnsweringId, RequestAnswerForm Reply,
    bool CanRequest, bool CanAnswer, DateOnly Today)
{
    /// <summary>The plan's evidence items, newest first: offered in answer, and named where a request was answered with them.</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];
}

public sealed record VisitsPage(
    PlanHeader Plan, IReadOnlyList<MonitoringVisit> Visits, VisitForm NewVisit, Guid? NotingId, VisitNotesForm VisitNotes, bool CanSchedule, DateOnly Today);

/// <summary>
/// The monitor's requests for additional evidence, interviews or visits, due at least three weeks ahead (guidance §8),
/// answered or declined by the district; and monitoring visits, at most two days a month and scheduled two weeks ahead
/// (Appendix L), told to the district and ESE.
/// </summary>
[Route("plans/{id:guid}")]
public sealed class RequestsController(
    PlanStore store, IAuthorizationService authorization, AipDbContext db, TimeProvider clock,
    IValidator<RequestForm> requestValidator, IValidator<RequestAnswerForm> answerValidator,
    IValidator<VisitForm> visitValidator, IValidator<VisitNotesForm> notesValidator)
    : MonitoringControllerBase(store, authorization)
{
    [HttpGet("requests")]
    [ForMonitoring(MonitoringOperation.Read, headerOnly: true)]
    public async Task<IActionResult> Index(Guid id, Guid? answer) => await RequestsPageAsync(new RequestForm(), answer, new RequestAnswerForm());

    [HttpPost("requests")]
    [OneTimeForm]
    [ForMonitoring(MonitoringOperation.MonitorSteps, headerOnly: true)]
    public async Task<IActionResult> MakeRequest(Guid id, [Bind(Prefix = "NewRequest")] RequestForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await requestValidator.ValidateIntoAsync(form, ModelState, prefix: "NewRequest"))
        {
            return await RequestsPageAsync(form, null, new RequestAnswerForm());
        }

        return await RunAsync(
            () =>
            {
                db.EvidenceRequests.Add(EvidenceRequest.Make(id, CurrentHeader.DistrictId, form.Kind!.Value, form.What, form.DueOn!.Value,
                    form.ShortNoticeReason, CurrentActor(), clock.GetUtcNow()));
                return Store.SaveAsync();
            },
            () => RequestsPageAsync(form, null, new RequestAnswerForm()),
            () => Done(nameof(Index), "Your request has been sent to the district's leaders."));
    }

    [HttpPost("requests/{requestId:guid}/answer")]
    [ForMonitoring(MonitoringOperation.Lead, headerOnly: true)]
    public async Task<IActionResult> Answer(Guid id, Guid requestId, [Bind(Prefix = "Reply")] RequestAnswerForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var request = await db.EvidenceRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.PlanId == id);
        if (request is null)
        {
            return NotFound();
        }

        if (!await answerValidator.ValidateIntoAsync(form, ModelState, prefix: "Reply"))
        {
            return await RequestsPageAsync(new RequestForm(), requestId, form);
        }

        var evidence = (await db.EvidenceItems.Where(e => e.PlanId == id).Select(e => e.Id).ToListAsync()).ToHashSet();

        return await RunAsync(
            () =>
            {
                if (form.Decline)
                {
                    request.Decline(form.Answer, CurrentActor(), clock.GetUtcNow());
                }
                else
                {
                    request.Fulfil(form.Answer, form.Evidence.Where(evidence.Contains), CurrentActor(), clock.GetUtcNow());
                }

                return Store.SaveAsync();
            },
            () => RequestsPageAsync(new RequestForm(), requestId, form),
            () => Done(nameof(Index), form.Decline ? "The request is declined; the monitor is told why." : "The request is answered; the monitor is told.", "request-" + requestId),
            (request, form.ConcurrencyToken));
    }

    [HttpGet("visits")]
    [ForMonitoring(MonitoringOperation.Read, headerOnly: true)]
    public async Task<IActionResult> Visits(Guid id, Guid? notes) => await VisitsPageAsync(new VisitForm(), notes, new VisitNotesForm());

    [HttpPost("visits")]
    [OneTimeForm]
    [ForMonitoring(MonitoringOperation.MonitorSteps, headerOnly: true)]
    public async Task<IActionResult> ScheduleVisit(Guid id, [Bind(Prefix = "NewVisit")] VisitForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await visitValidator.ValidateIntoAsync(form, ModelState, prefix: "NewVisit"))
        {
            return await VisitsPageAsync(form, null, new VisitNotesForm());
        }

        var day = form.Day!.Value;
        var (first, last) = (new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month)));
        var districtId = CurrentHeader.DistrictId;
        // The plan's row goes with the save, under the version read here: two visits scheduled at once cannot both be
        // counted against the same days of the month (the second is refused and asked to try again).
        var plan = await db.Plans.SingleAsync(p => p.Id == id);
        var already = await db.MonitoringVisits.CountAsync(v => v.DistrictId == districtId && v.Status == VisitStatus.Scheduled && v.Day >= first && v.Day <= last);
        return await RunAsync(
            () =>
            {
                db.MonitoringVisits.Add(MonitoringVisit.Schedule(id, districtId, form.Kind!.Value, day, form.Purpose, already, form.OverrideReason, CurrentActor(), clock.GetUtcNow()));
                return Store.SaveAsync();
            },
            () => VisitsPageAsync(form, null, new VisitNotesForm()),
            () => Done(nameof(Visits), "The visit is scheduled; the district's leaders and ESE are told."),
            (plan, plan.ConcurrencyToken));
    }

    [HttpPost("visits/{visitId:guid}/cancel")]
    [ForMonitoring(MonitoringOperation.MonitorSteps, headerOnly: true)]
    public async Task<IActionResult> CancelVisit(Guid id, Guid visitId, Guid concurrencyToken)
    {
        var visit = await db.MonitoringVisits.SingleOrDefaultAsync(v => v.Id == visitId && v.PlanId == id);
        if (visit is null)
        {
            return NotFound();
        }

        return await RunAsync(
            () =>
            {
                visit.Cancel(clock.GetUtcNow());
                return Store.SaveAsync();
            },
            () => Task.FromResult<IActionResult>(Conflict409()),
            () => Done(nameof(Visits), "The visit is cancelled; the district's leaders and ESE are told.", "visit-" + visitId),
            (visit, concurrencyToken));
    }

    [HttpPost("visits/{visitId:guid}/notes")]
    [ForMonitoring(MonitoringOperation.MonitorSteps, headerOnly: true)]
    public async Task<IActionResult> VisitNotes(Guid id, Guid visitId, [Bind(Prefix = "VisitNotes")] VisitNotesForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var visit = await db.MonitoringVisits.SingleOrDefaultAsync(v => v.Id == visitId && v.PlanId == id);
        if (visit is null)
        {
            return NotFound();
        }

        if (!await notesValidator.ValidateIntoAsync(form, ModelState, prefix: "VisitNotes"))
        {
            return await VisitsPageAsync(new VisitForm(), visitId, form);
        }

        return await RunAsync(
            () =>
            {
                visit.RecordNotes(form.Notes, clock.GetUtcNow());
                return Store.SaveAsync();
            },
            () => VisitsPageAsync(new VisitForm(), visitId, form),
            () => Done(nameof(Visits), "Your notes on the visit are saved.", "visit-" + visitId),
            (visit, form.ConcurrencyToken));
    }

    private async Task<IActionResult> RequestsPageAsync(RequestForm newRequest, Guid? answering, RequestAnswerForm answer)
    {
        var requests = (await db.EvidenceRequests.AsNoTracking().Where(r => r.PlanId == CurrentHeader.Id).ToListAsync())
            .OrderByDescending(r => r.IsOpen).ThenBy(r => r.IsOpen ? r.DueOn.DayNumber : -r.RequestedOn.DayNumber).ToList();
        if (answering is { } answeringId && requests.FirstOrDefault(r => r.Id == answeringId && r.IsOpen) is { } open && answer.ConcurrencyToken == Guid.Empty)
        {
            answer.ConcurrencyToken = open.ConcurrencyToken;
        }

        var evidence = await db.EvidenceItems.AsNoTracking().Where(e => e.PlanId == CurrentHeader.Id).OrderByDescending(e => e.CollectedOn).ToListAsync();
        return View("Requests", new RequestsPage(CurrentHeader, requests, newRequest, answering, answer,
            await MayAsync(MonitoringOperation.MonitorSteps), await MayAsync(MonitoringOperation.Lead), Dates.Day(clock.GetUtcNow())) { Evidence = evidence });
    }

    private async Task<IActionResult> VisitsPageAsync(VisitForm newVisit, Guid? noting, VisitNotesForm notes)
    {
        var visits = await db.MonitoringVisits.AsNoTracking().Where(v => v.PlanId == CurrentHeader.Id).OrderByDescending(v => v.Day).ToListAsync();
        if (noting is { } notingId && visits.FirstOrDefault(v => v.Id == notingId) is { } visit && notes.ConcurrencyToken == Guid.Empty)
        {
            (notes.ConcurrencyToken, notes.Notes) = (visit.ConcurrencyToken, notes.Notes ?? visit.Notes);
        }

        return View("Visits", new VisitsPage(CurrentHeader, visits, newVisit, noting, notes, await MayAsync(MonitoringOperation.MonitorSteps), Dates.Day(clock.GetUtcNow())));
    }

    private RedirectToActionResult Done(string action, string message, string? fragment = null) =>
        WithMessage(message, action, null, new { id = CurrentHeader.Id }, fragment);
}
