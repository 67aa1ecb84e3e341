using Aip.Domain.Common;

namespace Aip.Domain.Monitoring;

public enum DeadlineStanding
{
    /// <summary>Not yet due.</summary>
    Upcoming,
    DueToday,
    Overdue,
    /// <summary>Done on or before the day it was due.</summary>
    MetOnTime,
    /// <summary>Done, but after the day it was due.</summary>
    MetLate,
}

/// <summary>
/// A day something must be done by, in the guidance's calendar days (weekends and holidays count, as "within 3 days"
/// means in the guidance), read in Massachusetts time. Done on the due day is on time.
/// </summary>
public readonly record struct Deadline(DateOnly DueOn)
{
    /// <summary>The deadline <paramref name="days"/> calendar days after <paramref name="from"/>.</summary>
    public static Deadline DaysAfter(DateOnly from, int days) => new(from.AddDays(days));

    public DeadlineStanding Standing(DateOnly today, DateOnly? doneOn = null) => doneOn switch
    {
        { } done when done <= DueOn => DeadlineStanding.MetOnTime,
        not null => DeadlineStanding.MetLate,
        _ when today < DueOn => DeadlineStanding.Upcoming,
        _ when today == DueOn => DeadlineStanding.DueToday,
        _ => DeadlineStanding.Overdue,
    };

    /// <summary>Days past the due day (0 when not late): until today while open, until the day it was done once done.</summary>
    public int DaysLate(DateOnly today, DateOnly? doneOn = null) => Math.Max(0, (doneOn ?? today).DayNumber - DueOn.DayNumber);

    /// <summary>How people read it: "due 4 December 2026 (in 3 days)", "due today", "overdue by 2 days", "done on time".</summary>
    public string Describe(DateOnly today, DateOnly? doneOn = null)
    {
        var late = DaysLate(today, doneOn);
        return Standing(today, doneOn) switch
        {
            DeadlineStanding.MetOnTime => $"done {Dates.Display(doneOn!.Value)}, on time",
            DeadlineStanding.MetLate => $"done {Dates.Display(doneOn!.Value)}, {Days(late)} late",
            DeadlineStanding.DueToday => "due today",
            DeadlineStanding.Overdue => $"overdue by {Days(late)} (was due {Dates.Display(DueOn)})",
            _ => $"due {Dates.Display(DueOn)} (in {Days(DueOn.DayNumber - today.DayNumber)})",
        };
    }

    private static string Days(int count) => count == 1 ? "1 day" : $"{count} days";
}
