using Aip.Domain.Common;

namespace Aip.Domain.Plans;

/// <summary>
/// An action step of an initiative (H) with who leads it (I), its start (J) and completion (K) dates and, for
/// ongoing or long activities, how often it happens or how progress is checked in the meantime.
/// Changed only through its <see cref="Plan"/>.
/// </summary>
public sealed class Activity : Entity
{
    public const int ActionStepMaxLength = 2000;
    public const int LeadMaxLength = 200;
    public const int FrequencyMaxLength = 1000;

    private Activity()
    {
    }

    public Guid InitiativeId { get; private set; }

    public Quarter Quarter { get; private set; }

    public string ActionStep { get; private set; } = null!;

    public string? Lead { get; private set; }

    public DateOnly Start { get; private set; }

    /// <summary>The completion date.</summary>
    public DateOnly End { get; private set; }

    public string? Frequency { get; private set; }

    internal static Activity Create(Guid initiativeId, ActivityContent content)
    {
        var activity = new Activity { InitiativeId = initiativeId };
        activity.Update(content);
        return activity;
    }

    /// <summary>An activity brought back under its own id, as a version holds it (<see cref="Plan.CancelAmendment"/>).</summary>
    internal static Activity Restored(Guid initiativeId, Guid id) => new() { Id = id, InitiativeId = initiativeId };

    internal void RestoreFrom(Versions.ActivityContentValue content) =>
        Update(new ActivityContent(content.Quarter, content.ActionStep, content.Lead, content.Start, content.End, content.Frequency));

    internal void Update(ActivityContent content)
    {
        if (!Enum.IsDefined(content.Quarter))
        {
            throw new DomainException("Choose the quarter of this activity.");
        }

        var actionStep = Text.Required(content.ActionStep, "action step", ActionStepMaxLength);
        var lead = Text.Optional(content.Lead, "activity lead", LeadMaxLength);
        var start = Dates.Required(content.Start, "start date");
        var end = Dates.Required(content.End, "completion date");
        var frequency = Text.Optional(content.Frequency, "frequency", FrequencyMaxLength);
        if (end < start)
        {
            throw new DomainException("The completion date must be on or after the start date.");
        }

        (Quarter, ActionStep, Lead, Start, End, Frequency) = (content.Quarter, actionStep, lead, start, end, frequency);
    }
}
