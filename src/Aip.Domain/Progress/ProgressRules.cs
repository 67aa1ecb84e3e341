using Aip.Domain.Common;
using Aip.Domain.Plans;

namespace Aip.Domain.Progress;

/// <summary>
/// Progress (baselines, results, activity status, outcome actuals) is recorded on the plan in force. It is not the plan's
/// content: recording it needs no amendment and leaves the plan's versions alone, so it is allowed while the plan itself is
/// not editable.
/// </summary>
public static class ProgressRules
{
    public static void EnsureTracked(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Status != PlanStatus.Approved)
        {
            throw new DomainException("Progress is recorded on the plan in force: this plan is " + plan.Status.DisplayName().ToLowerInvariant() + ".");
        }
    }

    /// <summary>A result or status is what has happened: it cannot be dated after today.</summary>
    public static DateOnly NotInFuture(DateOnly date, DateOnly today, string what)
    {
        Dates.Required(date, what);
        return date > today ? throw new DomainException($"The {what} cannot be after today ({Dates.Display(today)}).") : date;
    }
}
