using Aip.Domain.Common;

namespace Aip.Domain.Districts;

/// <summary>
/// Massachusetts accountability level, 1 (highest performing) to 5 (receivership). Districts that write an
/// Accelerated Improvement Plan are in Level 4.
/// </summary>
public readonly record struct AccountabilityLevel
{
    public const int Lowest = 1;
    public const int Highest = 5;

    private AccountabilityLevel(int value) => Value = value;

    public int Value { get; }

    public static AccountabilityLevel From(int value) =>
        value is >= Lowest and <= Highest
            ? new AccountabilityLevel(value)
            : throw new DomainException($"The accountability level must be between {Lowest} and {Highest}.");

    public string Description => Value switch
    {
        1 => "Level 1 — meeting gap-closing goals",
        2 => "Level 2 — not meeting gap-closing goals",
        3 => "Level 3 — lowest performing 20% of schools",
        4 => "Level 4 — lowest performing, not improving",
        _ => "Level 5 — chronically underperforming (receivership)",
    };

    public override string ToString() => $"Level {Value}";
}
