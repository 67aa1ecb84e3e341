namespace Aip.Domain.Plans;

/// <summary>What a district writes for an activity, as it came in: <see cref="Activity"/> checks and cleans it.</summary>
internal sealed record ActivityContent(
    Quarter Quarter,
    string? ActionStep,
    string? Lead,
    DateOnly Start,
    DateOnly End,
    string? Frequency);
