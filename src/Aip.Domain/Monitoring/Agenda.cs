using Aip.Domain.Common;

namespace Aip.Domain.Monitoring;

/// <summary>Where an agenda topic came from, so that people see why it is there.</summary>
public enum AgendaOrigin
{
    /// <summary>Agreed at the previous discussion (its Minutes' section 6).</summary>
    AgreedLastTime = 1,

    /// <summary>The guidance's suggested theme for the month.</summary>
    MonthTheme = 2,

    /// <summary>A plan item the three-month coverage rule says must be discussed soon.</summary>
    Coverage = 3,

    /// <summary>Added by the Superintendent or the Plan Manager.</summary>
    Added = 4,
}

public static class AgendaOrigins
{
    public static string DisplayName(this AgendaOrigin origin) => origin switch
    {
        AgendaOrigin.AgreedLastTime => "Agreed at the previous discussion",
        AgendaOrigin.MonthTheme => "Suggested theme for the month",
        AgendaOrigin.Coverage => "Due under the three-month coverage rule",
        AgendaOrigin.Added => "Added by the district",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };
}

/// <summary>
/// One topic of a discussion's agenda, optionally about one objective, initiative or benchmark of the plan, with the
/// questions the monitor prepares for it (which the district sees once the monitor shares them or the meeting starts).
/// </summary>
public sealed class AgendaItem : Entity
{
    public const int TopicMaxLength = 500;
    public const int QuestionsMaxLength = 4000;

    private AgendaItem()
    {
    }

    public Guid DiscussionId { get; private set; }

    public int Position { get; private set; }

    public string Topic { get; private set; } = null!;

    /// <summary>The objective, initiative or benchmark the topic is about, if any.</summary>
    public Guid? PlanItemId { get; private set; }

    public AgendaOrigin Origin { get; private set; }

    /// <summary>The monitor's questions for this topic.</summary>
    public string? Questions { get; private set; }

    internal static AgendaItem Create(Guid discussionId, int position, string? topic, Guid? planItemId, AgendaOrigin origin) => new()
    {
        DiscussionId = discussionId,
        Position = position,
        Topic = Text.Required(topic, "topic", TopicMaxLength),
        PlanItemId = planItemId,
        Origin = Enum.IsDefined(origin) ? origin : AgendaOrigin.Added,
    };

    internal void WriteQuestions(string? questions) => Questions = Text.Optional(questions, "questions", QuestionsMaxLength);
}
