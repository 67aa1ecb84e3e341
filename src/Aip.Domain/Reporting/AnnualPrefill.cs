using System.Text;
using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Domain.Progress;
using Aip.Domain.RoadToExit;
using Aip.Domain.Versions;

namespace Aip.Domain.Reporting;

/// <summary>
/// What the Summative report's own sections start from (guidance §3: "an annual report summarizing progress and challenges,
/// including an analysis of annual performance data"): each final outcome of the plan rated with its target and the actual
/// recorded for the school year, and where the district's latest reflection of the year placed it on Appendix M's continuum,
/// the three views side by side with their movement since the reflection before. Every line says where it came from.
/// </summary>
public sealed record AnnualPrefill(string? AnnualPerformance, string? ContinuumPosition)
{
    public static AnnualPrefill None { get; } = new(null, null);

    /// <param name="actuals">The plan's outcome actuals (any year: those of <paramref name="schoolYear"/> are used).</param>
    /// <param name="reflections">The district's reflections on the continuum (the latest opened in <paramref name="span"/> is used).</param>
    public static AnnualPrefill From(
        PlanContent content, int schoolYear, ReportSpan span, IEnumerable<OutcomeActual> actuals, IEnumerable<ContinuumReflection> reflections)
    {
        ArgumentNullException.ThrowIfNull(content);
        var byOutcome = actuals.Where(a => a.SchoolYear == schoolYear).ToDictionary(a => a.FinalOutcomeId);
        var year = PlanPeriod.SchoolYear(schoolYear);
        var performance = new StringBuilder();
        foreach (var outcome in content.FinalOutcomes)
        {
            if (performance.Length > 0)
            {
                performance.Append("\n\n");
            }

            performance.Append(Bare(outcome.Description)).Append('.');
            if (outcome.Target is { } target)
            {
                performance.Append(" Target: ").Append(Bare(target)).Append('.');
            }

            performance.Append(byOutcome.TryGetValue(outcome.Id, out var actual)
                ? $" Actual for {year}: {Bare(actual.Value)}{(actual.Note is { } note ? $" ({Bare(note)})" : string.Empty)}."
                : $" No actual recorded yet for {year}.");
            performance.Append(" (Final outcomes, plan progress)");
        }

        var all = reflections.ToList();
        var latest = all.Where(r => span.Contains(r.OpenedOn)).OrderByDescending(r => r.OpenedOn).FirstOrDefault();
        string? continuum = null;
        if (latest is not null)
        {
            var text = new StringBuilder()
                .Append("Reflection on the continuum toward exit of ").Append(Dates.Display(latest.OpenedOn))
                .Append(latest.IsComplete ? " (all three views placed)." : " (not every view placed yet).");
            foreach (var area in ReflectionComparison.Of(latest, ReflectionComparison.PreviousOf(latest, all)))
            {
                text.Append("\n\n").Append(area.Area.Criterion().Letter()).Append(". ").Append(area.Area.DisplayName()).Append(": ")
                    .Append(area.DescribeAgreement());
                var moved = area.Movements.Where(m => m.Value.Kind is MovementKind.Forward or MovementKind.Back).ToList();
                if (moved.Count > 0)
                {
                    text.Append(' ').AppendJoin("; ", moved.Select(m => $"{m.Key.DisplayName()} {m.Value.Describe()}")).Append('.');
                }
            }

            continuum = text.ToString();
        }

        return new(performance.Length == 0 ? null : performance.ToString(), continuum);
    }

    /// <summary>The text without its closing full stop, to be punctuated where it is put.</summary>
    private static string Bare(string text) => text.TrimEnd().TrimEnd('.');
}
