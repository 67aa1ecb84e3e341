using System.Globalization;
using System.Text.RegularExpressions;

namespace Aip.Domain.Progress;

/// <summary>What a benchmark's dated targets measure, read from how the district wrote them.</summary>
public enum MeasureKind
{
    /// <summary>"all six schools", "grade 3-5 teams": the person recording a result says whether it met the target.</summary>
    Text = 1,

    /// <summary>"average of 2.5": one number in each target.</summary>
    Number = 2,

    /// <summary>"60%": one number with a per cent sign in each target.</summary>
    Percentage = 3,
}

/// <summary>Which way a numeric benchmark improves: more teams with protocol notes, or less chronic absence.</summary>
public enum MeasureDirection
{
    HigherIsBetter = 1,
    LowerIsBetter = 2,
}

/// <summary>Where the direction of a numeric benchmark comes from, so the page can say how sure it is.</summary>
public enum DirectionSource
{
    /// <summary>The district set it with the baseline.</summary>
    Set = 1,

    /// <summary>The targets rise or fall from the first to the last.</summary>
    Targets = 2,

    /// <summary>The first target is above or below the baseline.</summary>
    Baseline = 3,

    /// <summary>Nothing tells: higher is taken as better until the district says otherwise.</summary>
    Assumed = 4,
}

/// <summary>
/// Reads the numbers in target and result values as the district writes them ("60%", "average of 2.5", "1,200 visits"). A
/// value is a number when it holds exactly one; "grade 3-5 teams at 80%" holds three and is text. Pure functions.
/// </summary>
public static partial class Measures
{
    /// <summary>The one number in <paramref name="value"/>, or null when it has none or several.</summary>
    public static decimal? Number(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var numbers = NumberPattern().Matches(ThousandsSeparator().Replace(value, string.Empty));
        return numbers.Count == 1 && decimal.TryParse(numbers[0].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    public static bool IsPercentage(string? value) => Number(value) is not null && value!.Contains('%', StringComparison.Ordinal);

    /// <summary>Number or percentage when every target holds one number (a per cent sign in each for a percentage), else text.</summary>
    public static MeasureKind KindOf(IReadOnlyCollection<string> targetValues)
    {
        ArgumentNullException.ThrowIfNull(targetValues);
        if (targetValues.Count == 0 || targetValues.Any(v => Number(v) is null))
        {
            return MeasureKind.Text;
        }

        return targetValues.All(IsPercentage) ? MeasureKind.Percentage : MeasureKind.Number;
    }

    /// <summary>
    /// The direction of a numeric benchmark: the district's own setting; else the targets in date order (rising: higher is
    /// better; falling: lower is better); else the first target against the baseline; else higher is better, said as assumed.
    /// </summary>
    public static (MeasureDirection Direction, DirectionSource Source) DirectionOf(
        MeasureDirection? set, IReadOnlyList<decimal> targetsInDateOrder, decimal? baseline)
    {
        ArgumentNullException.ThrowIfNull(targetsInDateOrder);
        if (set is { } chosen)
        {
            return (chosen, DirectionSource.Set);
        }

        if (targetsInDateOrder.Count >= 2 && targetsInDateOrder[^1] != targetsInDateOrder[0])
        {
            return (targetsInDateOrder[^1] > targetsInDateOrder[0] ? MeasureDirection.HigherIsBetter : MeasureDirection.LowerIsBetter, DirectionSource.Targets);
        }

        if (baseline is { } start && targetsInDateOrder.Count > 0 && targetsInDateOrder[0] != start)
        {
            return (targetsInDateOrder[0] > start ? MeasureDirection.HigherIsBetter : MeasureDirection.LowerIsBetter, DirectionSource.Baseline);
        }

        return (MeasureDirection.HigherIsBetter, DirectionSource.Assumed);
    }

    public static string DisplayName(this MeasureDirection direction) => direction switch
    {
        MeasureDirection.HigherIsBetter => "Higher is better",
        MeasureDirection.LowerIsBetter => "Lower is better",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(\D|$))")]
    private static partial Regex ThousandsSeparator();
}
