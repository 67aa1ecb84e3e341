using Aip.Domain.Common;
using Aip.Domain.Plans;

namespace Aip.Domain.Progress;

public enum ActivityStatus
{
    NotStarted = 1,
    InProgress = 2,
    Done = 3,
}

/// <summary>
/// Where an activity (an action step of a Strategy Sheet) stands, with the day that last changed: progress, not plan
/// content, so it has its own record keyed by the activity. "Late" is not stored: it follows from the completion date.
/// </summary>
public sealed class ActivityProgress : Entity
{
    public const int NoteMaxLength = 1000;

    private ActivityProgress()
    {
    }

    public Guid PlanId { get; private set; }

    public Guid DistrictId { get; private set; }

    public Guid ActivityId { get; private set; }

    public ActivityStatus Status { get; private set; }

    public DateOnly ChangedOn { get; private set; }

    public string? Note { get; private set; }

    public static ActivityProgress Record(Plan plan, Activity activity, ActivityStatus status, DateOnly on, string? note, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(activity);
        var progress = new ActivityProgress { PlanId = plan.Id, DistrictId = plan.DistrictId, ActivityId = plan.FindActivity(activity.Id).Id };
        progress.Change(plan, status, on, note, today);
        return progress;
    }

    public void Change(Plan plan, ActivityStatus status, DateOnly on, string? note, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ProgressRules.EnsureTracked(plan);
        if (!Enum.IsDefined(status))
        {
            throw new DomainException("Choose where the activity stands.");
        }

        (Status, ChangedOn, Note) = (status, ProgressRules.NotInFuture(on, today, "date of the change"), Text.Optional(note, "note", NoteMaxLength));
    }
}

/// <summary>An activity's status on a day: recorded (or not started), and late when its completion date has passed and it is not done.</summary>
public sealed record ActivityStanding(Activity Activity, ActivityStatus Status, DateOnly? ChangedOn, string? Note, bool IsLate)
{
    public static ActivityStanding Of(Activity activity, ActivityProgress? progress, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var status = progress?.Status ?? ActivityStatus.NotStarted;
        return new(activity, status, progress?.ChangedOn, progress?.Note, Late(activity.End, status, today));
    }

    /// <summary>An activity is late once its end date has passed and it is not done (not started counts as not done).</summary>
    public static bool Late(DateOnly end, ActivityStatus? status, DateOnly today) => (status ?? ActivityStatus.NotStarted) != ActivityStatus.Done && today > end;

    public string Describe() => IsLate ? $"Late ({Status.DisplayName().ToLowerInvariant()}; due {Dates.Display(Activity.End)})" : Status.DisplayName();
}

public static class ActivityStatusFacts
{
    public static string DisplayName(this ActivityStatus status) => status switch
    {
        ActivityStatus.NotStarted => "Not started",
        ActivityStatus.InProgress => "In progress",
        ActivityStatus.Done => "Done",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
