using Aip.Domain.Common;
using Aip.Domain.People;

namespace Aip.Domain.Monitoring;

public enum RequestKind
{
    Evidence = 1,
    Interview = 2,
    Visit = 3,
}

public enum RequestStatus
{
    Open = 1,
    Answered = 2,
    Declined = 3,
}

public static class RequestFacts
{
    /// <summary>The district has at least three weeks to answer a monitor's request (guidance §8).</summary>
    public const int NoticeDays = 21;

    public static string DisplayName(this RequestKind kind) => kind switch
    {
        RequestKind.Evidence => "Additional evidence",
        RequestKind.Interview => "Interview",
        RequestKind.Visit => "Visit",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string DisplayName(this RequestStatus status) => status switch
    {
        RequestStatus.Open => "Open",
        RequestStatus.Answered => "Answered",
        RequestStatus.Declined => "Declined",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}

/// <summary>
/// A monitor's request for additional evidence, an interview or a visit (guidance §8): due at least three weeks after it
/// is made (earlier only with a stated reason, and then flagged). The district answers it, naming what it provides, or
/// declines it with a reason.
/// </summary>
public sealed class EvidenceRequest : Entity
{
    public const int WhatMaxLength = 2000;
    public const int AnswerMaxLength = 4000;
    public const int ReasonMaxLength = 1000;

#pragma warning disable IDE0044 // Not readonly: the data layer stores the list as JSON and sets the field when loading.
    private List<Guid> _answeredWith = [];
#pragma warning restore IDE0044

    private EvidenceRequest()
    {
    }

    public Guid PlanId { get; private set; }

    public Guid DistrictId { get; private set; }

    public RequestKind Kind { get; private set; }

    /// <summary>What the monitor asks for.</summary>
    public string What { get; private set; } = null!;

    public Guid RequestedById { get; private set; }

    public string RequestedByName { get; private set; } = null!;

    public DateOnly RequestedOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>Due less than three weeks after the request.</summary>
    public bool ShortNotice { get; private set; }

    public string? ShortNoticeReason { get; private set; }

    public RequestStatus Status { get; private set; } = RequestStatus.Open;

    /// <summary>The district's answer: what it provides and where, or why it declines.</summary>
    public string? Answer { get; private set; }

    public string? AnsweredByName { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    /// <summary>The evidence items the district gave in answer.</summary>
    public IReadOnlyList<Guid> AnsweredWith => _answeredWith;

    public Deadline Deadline => new(DueOn);

    public bool IsOpen => Status == RequestStatus.Open;

    public static EvidenceRequest Make(
        Guid planId, Guid districtId, RequestKind kind, string? what, DateOnly dueOn, string? shortNoticeReason, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Choose what kind of request this is.");
        }

        var today = Dates.Day(now);
        Dates.Required(dueOn, "due date");
        if (dueOn <= today)
        {
            throw new DomainException("Choose a due date after today.");
        }

        var shortNotice = dueOn.DayNumber - today.DayNumber < RequestFacts.NoticeDays;
        var reason = Text.Optional(shortNoticeReason, "reason for the short notice", ReasonMaxLength);
        if (shortNotice && reason is null)
        {
            throw new DomainException(
                $"A request gives the district at least three weeks: the earliest due date is {Dates.Display(today.AddDays(RequestFacts.NoticeDays))}. Give the reason for an earlier date, or choose a later one.");
        }

        var request = new EvidenceRequest
        {
            PlanId = planId,
            DistrictId = districtId,
            Kind = kind,
            What = Text.Required(what, "request", WhatMaxLength),
            RequestedById = by.Id,
            RequestedByName = by.Name,
            RequestedOn = today,
            DueOn = dueOn,
            ShortNotice = shortNotice,
            ShortNoticeReason = shortNotice ? reason : null,
        };
        request.Raise(new EvidenceRequested(request.Id, planId, districtId, kind, dueOn, shortNotice));
        return request;
    }

    /// <summary>
    /// The district provides what was asked: evidence items of the plan (checked by the caller), and or a note of what and where
    /// (a date for the interview, a file elsewhere).
    /// </summary>
    public void Fulfil(string? answer, IEnumerable<Guid> evidence, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var items = evidence.Where(id => id != Guid.Empty).Distinct().ToList();
        var note = Text.Optional(answer, "answer", AnswerMaxLength);
        if (note is null && items.Count == 0)
        {
            throw new DomainException("Choose the evidence that answers the request, or say what the district provides and where.");
        }

        Close(RequestStatus.Answered, note ?? (items.Count == 1 ? "1 evidence item attached." : $"{items.Count} evidence items attached."), by, now);
        _answeredWith.AddRange(items);
    }

    public void Decline(string? reason, Actor by, DateTimeOffset now) => Close(RequestStatus.Declined, Text.Required(reason, "reason for declining", AnswerMaxLength), by, now);

    private void Close(RequestStatus status, string answer, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!IsOpen)
        {
            throw new DomainException($"This request is already {Status.DisplayName().ToLowerInvariant()}.");
        }

        (Status, Answer, AnsweredByName, AnsweredOn) = (status, answer, by.Name, Dates.Day(now));
        Raise(new EvidenceRequestClosed(Id, PlanId, DistrictId, Kind, status, Deadline.Standing(AnsweredOn.Value, AnsweredOn) == DeadlineStanding.MetOnTime));
    }
}

public enum VisitKind
{
    ClassroomObservations = 1,
    TeamMeeting = 2,
    Other = 3,
}

public enum VisitStatus
{
    Scheduled = 1,
    Cancelled = 2,
}

public static class VisitFacts
{
    /// <summary>A visit is scheduled at least two weeks ahead and communicated to ESE (Appendix L D3).</summary>
    public const int NoticeDays = 14;

    /// <summary>Up to two days a month of ad hoc monitoring per district (Appendix L B2).</summary>
    public const int MaxDaysPerMonth = 2;

    public static string DisplayName(this VisitKind kind) => kind switch
    {
        VisitKind.ClassroomObservations => "Classroom observations",
        VisitKind.TeamMeeting => "Team meeting",
        VisitKind.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>
/// A day of ad hoc monitoring in a district (Appendix L): classroom observations or a team meeting, scheduled at least two
/// weeks ahead and at most two days in a calendar month; either rule may be overridden only with a stated reason, which
/// stays on the visit. ESE and the district are told when it is scheduled or cancelled.
/// </summary>
public sealed class MonitoringVisit : Entity
{
    public const int PurposeMaxLength = 1000;
    public const int ReasonMaxLength = 1000;
    public const int NotesMaxLength = 4000;

    private MonitoringVisit()
    {
    }

    public Guid PlanId { get; private set; }

    public Guid DistrictId { get; private set; }

    public VisitKind Kind { get; private set; }

    public DateOnly Day { get; private set; }

    public string Purpose { get; private set; } = null!;

    public string MonitorName { get; private set; } = null!;

    public DateOnly ScheduledOn { get; private set; }

    /// <summary>Why a rule was set aside: less than two weeks' notice, or more than two days in the month.</summary>
    public string? OverrideReason { get; private set; }

    public bool ShortNotice { get; private set; }

    public bool OverMonthlyLimit { get; private set; }

    public VisitStatus Status { get; private set; } = VisitStatus.Scheduled;

    /// <summary>What the monitor saw, written after the visit.</summary>
    public string? Notes { get; private set; }

    /// <summary>
    /// Schedules a visit. <paramref name="daysAlreadyThatMonth"/> counts the district's other scheduled visits in the same
    /// calendar month.
    /// </summary>
    public static MonitoringVisit Schedule(
        Guid planId, Guid districtId, VisitKind kind, DateOnly day, string? purpose, int daysAlreadyThatMonth, string? overrideReason, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Choose what kind of visit this is.");
        }

        var today = Dates.Day(now);
        Dates.Required(day, "date of the visit");
        if (day <= today)
        {
            throw new DomainException("Choose a date after today.");
        }

        var shortNotice = day.DayNumber - today.DayNumber < VisitFacts.NoticeDays;
        var overLimit = daysAlreadyThatMonth + 1 > VisitFacts.MaxDaysPerMonth;
        var reason = Text.Optional(overrideReason, "reason", ReasonMaxLength);
        if ((shortNotice || overLimit) && reason is null)
        {
            var problems = new List<string>();
            if (shortNotice)
            {
                problems.Add($"a visit is scheduled at least two weeks ahead (the earliest date is {Dates.Display(today.AddDays(VisitFacts.NoticeDays))})");
            }

            if (overLimit)
            {
                problems.Add($"the district already has {daysAlreadyThatMonth} day{(daysAlreadyThatMonth == 1 ? "" : "s")} of visits in {day.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}, and ad hoc monitoring is up to {VisitFacts.MaxDaysPerMonth} days a month");
            }

            throw new DomainException("Give the reason to set the rule aside, or choose another date: " + string.Join("; ", problems) + ".");
        }

        var visit = new MonitoringVisit
        {
            PlanId = planId,
            DistrictId = districtId,
            Kind = kind,
            Day = day,
            Purpose = Text.Required(purpose, "purpose of the visit", PurposeMaxLength),
            MonitorName = by.Name,
            ScheduledOn = today,
            ShortNotice = shortNotice,
            OverMonthlyLimit = overLimit,
            OverrideReason = shortNotice || overLimit ? reason : null,
        };
        visit.Raise(new VisitScheduled(visit.Id, planId, districtId, kind, day, shortNotice || overLimit));
        return visit;
    }

    public void Cancel(DateTimeOffset now)
    {
        if (Status == VisitStatus.Cancelled)
        {
            throw new DomainException("This visit is already cancelled.");
        }

        if (Day <= Dates.Day(now))
        {
            throw new DomainException("A visit is cancelled before its day.");
        }

        Status = VisitStatus.Cancelled;
        Raise(new VisitCancelled(Id, PlanId, DistrictId, Day));
    }

    /// <summary>The monitor's notes, from the day of the visit on.</summary>
    public void RecordNotes(string? notes, DateTimeOffset now)
    {
        if (Status == VisitStatus.Cancelled || Day > Dates.Day(now))
        {
            throw new DomainException("Notes are written once the visit has taken place.");
        }

        Notes = Text.Required(notes, "notes", NotesMaxLength);
    }

    /// <summary>Whether the visit counts towards its month's two days.</summary>
    public bool Counts => Status == VisitStatus.Scheduled;
}

public sealed record EvidenceRequested(Guid RequestId, Guid PlanId, Guid DistrictId, RequestKind Kind, DateOnly DueOn, bool ShortNotice) : IDomainEvent;

public sealed record EvidenceRequestClosed(Guid RequestId, Guid PlanId, Guid DistrictId, RequestKind Kind, RequestStatus Status, bool OnTime) : IDomainEvent;

public sealed record VisitScheduled(Guid VisitId, Guid PlanId, Guid DistrictId, VisitKind Kind, DateOnly Day, bool RuleSetAside) : IDomainEvent;

public sealed record VisitCancelled(Guid VisitId, Guid PlanId, Guid DistrictId, DateOnly Day) : IDomainEvent;
