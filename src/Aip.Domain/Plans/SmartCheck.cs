using System.Globalization;
using System.Text.RegularExpressions;

namespace Aip.Domain.Plans;

/// <summary>
/// Checks a benchmark against the guidance's advice: measurable, with named evidence, and timed by dated targets
/// that fall in the plan's years. A benchmark that passes is not necessarily good, one that fails is not ready.
/// </summary>
public static partial class SmartCheck
{
    public static IReadOnlyList<SmartFinding> Check(Benchmark benchmark, PlanPeriod period)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(period);
        return [.. Findings(benchmark, period)];
    }

    private static IEnumerable<SmartFinding> Findings(Benchmark benchmark, PlanPeriod period)
    {
        if (benchmark.Measure is null)
        {
            yield return new(SmartRule.HasMeasure, "Say how this benchmark is measured.");
        }

        if (benchmark.Evidence is null)
        {
            yield return new(SmartRule.HasEvidence, "Name the evidence that will show this benchmark.");
        }

        var targets = benchmark.Targets;
        if (targets.Count == 0)
        {
            yield return new(SmartRule.HasDatedTarget, "Add at least one dated target, e.g. 60% by November.");
        }

        // Targets keep the order the district entered them, so the district sees its own slip rather than a
        // silently re-sorted list. Two targets on the same date are in order.
        if (targets.Zip(targets.Skip(1)).Any(pair => pair.Second.Date < pair.First.Date))
        {
            yield return new(SmartRule.TargetsInDateOrder, "Put the targets in date order.");
        }

        foreach (var target in targets.Where(t => !period.Contains(t.Date)))
        {
            yield return new(SmartRule.TargetsInsidePlanYears, period.Outside("target", target.Date));
        }

        foreach (var target in targets.Where(t => !HasOnlySoundPercentages(t.Value)))
        {
            yield return new(SmartRule.PercentageInRange, $"The target \"{target.Value}\" is not a percentage between 0 and 100.");
        }
    }

    /// <summary>
    /// Every '%' in the value must follow a number from 0 to 100: "60%", "87.5 %" and "60% of grade 3 teams" pass;
    /// "120%", "-5%", "abc%" and a bare "%" do not. Values without '%' ("all grade 3-5 teams") are not percentages.
    /// </summary>
    /// <summary>True when every percentage in the value is a number from 0 to 100 ("60%", "40-60%").</summary>
    public static bool HasOnlySoundPercentages(string value) =>
        !Percentage().Replace(value, m => IsFrom0To100(m.Groups["number"].Value) ? string.Empty : m.Value).Contains('%', StringComparison.Ordinal);

    private static bool IsFrom0To100(string number) =>
        decimal.TryParse(
            number.Replace('\u2212', '-'),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands,
            CultureInfo.InvariantCulture,
            out var value)
        && value is >= 0 and <= 100;

    // A number right before a '%'. The sign counts only where no digit precedes it, so "40-60%" is a range
    // ending in 60%, not minus 60%.
    [GeneratedRegex(@"(?<![0-9.,])(?<number>[-+\u2212]?[0-9][0-9,]*(?:\.[0-9]+)?)\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex Percentage();
}
