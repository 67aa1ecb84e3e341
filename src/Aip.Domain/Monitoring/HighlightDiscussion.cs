using Aip.Domain.Common;
using Aip.Domain.Plans;

namespace Aip.Domain.Monitoring;

public enum DiscussionStatus
{
    Scheduled = 1,
    Cancelled = 2,
}

/// <summary>ESE's Assistance and Accountability contacts hear of a discussion's date, time and place at least a week ahead (guidance §8).</summary>
public static class NoticeRule
{
    public const int DaysAhead = 7;

    /// <summary>Whether telling ESE at <paramref name="toldAt"/> of a discussion at <paramref name="startsAt"/> is a week's notice (Massachusetts calendar days).</summary>
    public static bool IsMet(DateTimeOffset toldAt, DateTimeOffset startsAt) =>
        Dates.Day(startsAt).DayNumber - Dates.Day(toldAt).DayNumber >= DaysAhead;
}

/// <summary>A person invited to a discussion: a district person or monitor by account, or anyone by name and role.</summary>
public sealed record DiscussionParticipant(Guid? UserId, string Name, string Role);

/// <summary>One change to a discussion's schedule, kept so that everyone can see what moved, when and why.</summary>
public sealed record ScheduleChange(
    DateTimeOffset At, string ByName, DateTimeOffset? OldStartsAt, DateTimeOffset NewStartsAt, string Place, string Reason, bool ShortNotice);

/// <summary>
/// A monthly Highlight Discussion of an approved plan (guidance §7-8): when and where it is, who is invited, and its
/// schedule's history. Scheduling, rescheduling and cancelling check the notice rule: less than a week's notice to ESE
/// is allowed only with a stated reason, and the discussion stays flagged (dashboards count it).
/// </summary>
public sealed class HighlightDiscussion : Entity
{
    public const int PlaceMaxLength = 300;
    public const int ReasonMaxLength = 1000;
    public const int MaxParticipants = 40;
    public const int MaxAgendaItems = 30;

#pragma warning disable IDE0044 // Not readonly: the data layer stores these lists as JSON and sets the fields when loading.
    private List<DiscussionParticipant> _participants = [];
    private List<ScheduleChange> _history = [];
#pragma warning restore IDE0044
    private readonly List<AgendaItem> _agenda = [];

    private HighlightDiscussion()
    {
    }

    public Guid PlanId { get; private set; }

    public Guid DistrictId { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    /// <summary>The room and address, or the online link.</summary>
    public string Place { get; private set; } = null!;

    public DiscussionStatus Status { get; private set; } = DiscussionStatus.Scheduled;

    /// <summary>Less than a week's notice to ESE for the current date (<see cref="NoticeRule"/>).</summary>
    public bool ShortNotice { get; private set; }

    /// <summary>Why ESE was told less than a week ahead, when it was.</summary>
    public string? ShortNoticeReason { get; private set; }

    public IReadOnlyList<DiscussionParticipant> Participants => _participants;

    public IReadOnlyList<ScheduleChange> History => _history;

    /// <summary>The agenda's topics in order.</summary>
    public IReadOnlyList<AgendaItem> Agenda => [.. _agenda.OrderBy(a => a.Position)];

    /// <summary>Whether the monitor has shared the prepared questions with the district before the meeting.</summary>
    public bool QuestionsShared { get; private set; }

    public DateOnly Day => Dates.Day(StartsAt);

    /// <summary>Schedules a discussion of a plan in force: Highlight Discussions begin once ESE has approved the plan.</summary>
    public static HighlightDiscussion Schedule(
        Plan plan, DateTimeOffset startsAt, string? place, IEnumerable<DiscussionParticipant> participants,
        string? shortNoticeReason, string byName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Status != PlanStatus.Approved)
        {
            throw new DomainException("Highlight Discussions are held on a plan in force: this plan is " + plan.Status.DisplayName().ToLowerInvariant() + ".");
        }

        return Schedule(plan.Id, plan.DistrictId, startsAt, place, participants, shortNoticeReason, byName, now);
    }

    public static HighlightDiscussion Schedule(
        Guid planId, Guid districtId, DateTimeOffset startsAt, string? place, IEnumerable<DiscussionParticipant> participants,
        string? shortNoticeReason, string byName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(participants);
        var discussion = new HighlightDiscussion { PlanId = planId, DistrictId = districtId };
        discussion.SetParticipants(participants);
        discussion.Move(startsAt, place, "Scheduled", shortNoticeReason, byName, now);
        discussion.Raise(new DiscussionScheduled(discussion.Id, planId, districtId, startsAt, discussion.Place, discussion.ShortNotice));
        return discussion;
    }

    public void Reschedule(DateTimeOffset startsAt, string? place, string? reason, string? shortNoticeReason, string byName, DateTimeOffset now)
    {
        EnsureAhead(now, "rescheduled");
        var why = Text.Required(reason, "reason for the new date", ReasonMaxLength);
        var old = StartsAt;
        Move(startsAt, place, why, shortNoticeReason, byName, now);
        Raise(new DiscussionRescheduled(Id, PlanId, DistrictId, old, startsAt, Place, ShortNotice, why));
    }

    public void Cancel(string? reason, string byName, DateTimeOffset now)
    {
        EnsureAhead(now, "cancelled");
        var why = Text.Required(reason, "reason for cancelling", ReasonMaxLength);
        Status = DiscussionStatus.Cancelled;
        _history.Add(new ScheduleChange(now, byName, StartsAt, StartsAt, Place, "Cancelled: " + why, ShortNotice));
        Raise(new DiscussionCancelled(Id, PlanId, DistrictId, StartsAt, why));
    }

    public void SetParticipants(IEnumerable<DiscussionParticipant> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        var list = participants.ToList();
        if (list.Count == 0)
        {
            throw new DomainException("Invite at least the district's leaders and the monitor.");
        }

        if (list.Count > MaxParticipants)
        {
            throw new DomainException($"Invite at most {MaxParticipants} people.");
        }

        _participants.Clear();
        _participants.AddRange(list.DistinctBy(p => p.UserId?.ToString() ?? p.Name.Trim().ToUpperInvariant()));
    }

    /// <summary>Adds a topic at the end of the agenda (before the meeting only). The same plan item or wording is not added twice.</summary>
    public AgendaItem AddTopic(string? topic, Guid? planItemId, AgendaOrigin origin, DateTimeOffset now)
    {
        EnsureAhead(now, "given new topics");
        if (_agenda.Count >= MaxAgendaItems)
        {
            throw new DomainException($"An agenda holds at most {MaxAgendaItems} topics.");
        }

        var item = AgendaItem.Create(Id, _agenda.Count == 0 ? 1 : _agenda.Max(a => a.Position) + 1, topic, planItemId, origin);
        if (_agenda.Any(a => (planItemId is not null && a.PlanItemId == planItemId)
            || string.Equals(a.Topic, item.Topic, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException("That topic is already on the agenda.");
        }

        _agenda.Add(item);
        return item;
    }

    public void RemoveTopic(Guid itemId, DateTimeOffset now)
    {
        EnsureAhead(now, "changed");
        _agenda.Remove(FindTopic(itemId));
    }

    /// <summary>The monitor's questions for one topic, prepared up to the meeting's start.</summary>
    public void WriteQuestions(Guid itemId, string? questions, DateTimeOffset now)
    {
        EnsureAhead(now, "given new questions");
        FindTopic(itemId).WriteQuestions(questions);
    }

    public void ShareQuestions(DateTimeOffset now)
    {
        EnsureAhead(now, "changed");
        if (!_agenda.Any(a => a.Questions is not null))
        {
            throw new DomainException("Write at least one question before sharing them.");
        }

        QuestionsShared = true;
        Raise(new DiscussionQuestionsShared(Id, PlanId, DistrictId, StartsAt));
    }

    /// <summary>The district reads the monitor's questions once they are shared or the meeting has begun.</summary>
    public bool QuestionsVisibleToDistrict(DateTimeOffset now) => QuestionsShared || now >= StartsAt;

    /// <summary>The plan items the agenda names.</summary>
    public IEnumerable<Guid> AgendaPlanItems() => _agenda.Select(a => a.PlanItemId).OfType<Guid>();

    /// <summary>Whether the discussion has begun (its Minutes can be written from then on).</summary>
    public bool HasStarted(DateTimeOffset now) => Status == DiscussionStatus.Scheduled && now >= StartsAt;

    private AgendaItem FindTopic(Guid itemId) =>
        _agenda.Find(a => a.Id == itemId) ?? throw new DomainException("That topic is not on this agenda.");

    private void EnsureAhead(DateTimeOffset now, string what)
    {
        if (Status == DiscussionStatus.Cancelled)
        {
            throw new DomainException($"This discussion was cancelled; it cannot be {what}. Schedule a new one.");
        }

        if (HasStarted(now))
        {
            throw new DomainException($"This discussion has already begun; it cannot be {what}.");
        }
    }

    private void Move(DateTimeOffset startsAt, string? place, string why, string? shortNoticeReason, string byName, DateTimeOffset now)
    {
        if (startsAt <= now)
        {
            throw new DomainException("Choose a date and time in the future.");
        }

        var shortNotice = !NoticeRule.IsMet(now, startsAt);
        var reason = Text.Optional(shortNoticeReason, "reason for the short notice", ReasonMaxLength);
        if (shortNotice && reason is null)
        {
            throw new DomainException(
                $"ESE must be told of a Highlight Discussion at least one week ahead; this date is {Dates.Day(startsAt).DayNumber - Dates.Day(now).DayNumber} days away. Give the reason for the short notice, or choose a later date.");
        }

        var old = _history.Count == 0 ? (DateTimeOffset?)null : StartsAt;
        (StartsAt, Place, ShortNotice, ShortNoticeReason) =
            (startsAt, Text.Required(place, "place or online link", PlaceMaxLength), shortNotice, shortNotice ? reason : null);
        _history.Add(new ScheduleChange(now, byName, old, startsAt, Place, why, shortNotice));
    }
}

public abstract record DiscussionEvent(Guid DiscussionId, Guid PlanId, Guid DistrictId) : IDomainEvent;

public sealed record DiscussionScheduled(Guid DiscussionId, Guid PlanId, Guid DistrictId, DateTimeOffset StartsAt, string Place, bool ShortNotice)
    : DiscussionEvent(DiscussionId, PlanId, DistrictId);

public sealed record DiscussionRescheduled(
    Guid DiscussionId, Guid PlanId, Guid DistrictId, DateTimeOffset OldStartsAt, DateTimeOffset StartsAt, string Place, bool ShortNotice, string Reason)
    : DiscussionEvent(DiscussionId, PlanId, DistrictId);

public sealed record DiscussionQuestionsShared(Guid DiscussionId, Guid PlanId, Guid DistrictId, DateTimeOffset StartsAt)
    : DiscussionEvent(DiscussionId, PlanId, DistrictId);

public sealed record DiscussionCancelled(Guid DiscussionId, Guid PlanId, Guid DistrictId, DateTimeOffset StartsAt, string Reason)
    : DiscussionEvent(DiscussionId, PlanId, DistrictId);
