using Aip.Domain.Common;

namespace Aip.Domain.Reporting;

/// <summary>The step of a report's chain a reminder is about, and whose step it is.</summary>
public enum ReportStep
{
    /// <summary>The monitor sends the draft for review.</summary>
    Draft = 1,

    /// <summary>The Superintendent sends factual corrections (or says there are none).</summary>
    FactCheck = 2,

    /// <summary>The monitor and ESE confirm publication, within the publication month.</summary>
    Publication = 3,
}

public sealed record ReportReminder(ReportStep Step, DateOnly DueOn, bool Overdue);

/// <summary>
/// The reminders a period's report calls for on a day (guidance §8 timeline, with ESE's due dates): the day before each
/// step is due, and once it is overdue, for the step that is next. A report not begun counts as a draft not sent.
/// </summary>
public static class ReportReminders
{
    public static IReadOnlyList<ReportReminder> On(DateOnly today, ReportDueDates due, ReportStage? stage, DateTimeOffset? factCheckDoneAt)
    {
        ArgumentNullException.ThrowIfNull(due);
        var reminders = new List<ReportReminder>();
        void Check(ReportStep step, DateOnly dueOn)
        {
            if (today == dueOn.AddDays(-1))
            {
                reminders.Add(new(step, dueOn, false));
            }
            else if (today > dueOn)
            {
                reminders.Add(new(step, dueOn, true));
            }
        }

        switch (stage)
        {
            case null or ReportStage.Draft:
                Check(ReportStep.Draft, due.Draft);
                break;
            case ReportStage.FactCheck:
                if (factCheckDoneAt is null)
                {
                    Check(ReportStep.FactCheck, due.FactCheck);
                }

                Check(ReportStep.Publication, due.Publication);
                break;
        }

        return reminders;
    }

    /// <summary>What the reminder says about its step.</summary>
    public static string Describe(this ReportReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var step = reminder.Step switch
        {
            ReportStep.Draft => "the monitor's draft goes to ESE and the other monitors for review",
            ReportStep.FactCheck => "the Superintendent's factual corrections are due",
            _ => "the monitor and ESE confirm publication",
        };
        return $"{step}; {(reminder.Overdue ? $"overdue since {Dates.Display(reminder.DueOn)}" : $"due tomorrow, {Dates.Display(reminder.DueOn)}")}";
    }
}
