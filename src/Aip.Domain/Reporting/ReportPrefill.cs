using System.Text;
using System.Text.RegularExpressions;
using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.Plans;
using Aip.Domain.Progress;
using Aip.Domain.Versions;

namespace Aip.Domain.Reporting;

/// <summary>What a new report's draft starts from for one initiative: a narrative and the evidence for each rating.</summary>
public sealed record InitiativePrefill(string? Narrative, IReadOnlyList<Citation> ProcessEvidence, IReadOnlyList<Citation> PerformanceEvidence)
{
    public static InitiativePrefill Empty { get; } = new(null, [], []);
}

/// <summary>
/// The draft a monitor edits instead of a blank page (guidance §8: "the content for the QPR is drawn primarily from the
/// monthly Highlight Discussions and related evidence"). From the period's final Minutes: their accomplishments,
/// challenges, risks and modifications, each paragraph under the initiative it names ("1.2", "Initiative 1.2") or in the
/// summary; the Minutes of a discussion that addressed an initiative are cited for its process rating. The evidence
/// collected in the period is cited for the initiatives it supports, and the results of benchmark targets due in the period
/// for the performance rating, with a line per result in the narrative. Every line says where it came from. The period is
/// the report's span: three months for a Quarterly report, the year for the Summative one.
/// </summary>
public sealed partial class ReportPrefill
{
    private static readonly MinutesSection[] Drawn =
        [MinutesSection.Accomplishments, MinutesSection.Challenges, MinutesSection.Risks, MinutesSection.Modifications];

    private readonly Dictionary<Guid, string> _objectives = [];
    private readonly Dictionary<Guid, InitiativePrefill> _initiatives = [];

    private ReportPrefill(string? summary) => Summary = summary;

    public static ReportPrefill None { get; } = new(null);

    public string? Summary { get; }

    public string? Objective(Guid objectiveId) => _objectives.GetValueOrDefault(objectiveId);

    public InitiativePrefill Initiative(Guid initiativeId) => _initiatives.GetValueOrDefault(initiativeId, InitiativePrefill.Empty);

    public static ReportPrefill From(
        PlanContent content, ReportSpan period, IEnumerable<Minutes> minutes, IEnumerable<EvidenceItem> evidence, IEnumerable<BenchmarkProgress> progress)
    {
        ArgumentNullException.ThrowIfNull(content);
        var held = minutes.Where(m => m.Stage == MinutesStage.Final && period.Contains(m.DiscussionDay)).OrderBy(m => m.DiscussionDay).ToList();
        var collected = evidence.Where(e => period.Contains(e.CollectedOn)).OrderBy(e => e.CollectedOn).ThenBy(e => e.Title, StringComparer.Ordinal).ToList();
        var byBenchmark = progress.ToDictionary(p => p.Benchmark.Id);
        var initiatives = content.Initiatives.ToList();
        var numbers = initiatives.ToDictionary(i => i.Number, i => i.Id, StringComparer.Ordinal);

        var summary = new StringBuilder();
        if (held.Count > 0)
        {
            summary.Append("Highlight Discussions in ").Append(period.DisplayName).Append(": ")
                .AppendJoin(", ", held.Select(m => Dates.Display(m.DiscussionDay))).Append('.');
        }

        var lines = initiatives.ToDictionary(i => i.Id, _ => new List<string>());
        var namedAt = held.ToDictionary(m => m.Id, _ => new HashSet<Guid>());
        foreach (var meeting in held)
        {
            foreach (var section in Drawn)
            {
                foreach (var paragraph in Text.Lines(meeting.Section(section)).Where(p => !Empty().IsMatch(p)))
                {
                    var source = $"(Minutes of {Dates.Display(meeting.DiscussionDay)}, {section.Number()})";
                    var named = InitiativeNumber().Matches(paragraph).Select(m => m.Value).Where(numbers.ContainsKey).Distinct().ToList();
                    if (named.Count == 0)
                    {
                        summary.Append("\n\n").Append(paragraph).Append(' ').Append(source);
                    }

                    foreach (var number in named)
                    {
                        lines[numbers[number]].Add($"{paragraph} {source}");
                        namedAt[meeting.Id].Add(numbers[number]);
                    }
                }
            }
        }

        var prefill = new ReportPrefill(summary.Length == 0 ? null : summary.ToString());
        foreach (var initiative in initiatives)
        {
            var items = initiative.Benchmarks.Select(b => b.Id).Append(initiative.Id).ToHashSet();
            var discussed = held.Where(m => m.DiscussedItems.Any(items.Contains) || namedAt[m.Id].Contains(initiative.Id))
                .Select(m => new Citation(CitationKind.Minutes, m.DiscussionId, Minutes.SourceName(m.DiscussionDay), m.DiscussionDay))
                .ToList();
            var supporting = collected.Where(e => e.Supports.Any(items.Contains))
                .Select(e => new Citation(CitationKind.Evidence, e.Id, EvidenceItem.SourceName(e.Title, e.Kind, e.CollectedOn), e.CollectedOn))
                .ToList();
            var results = new List<Citation>();
            foreach (var benchmark in initiative.Benchmarks)
            {
                if (!byBenchmark.TryGetValue(benchmark.Id, out var standing))
                {
                    continue;
                }

                foreach (var target in standing.Targets.Where(t => period.Contains(t.Target.Date) && t.Result is not null))
                {
                    var result = target.Result!;
                    var label = Text.Shorten(
                        $"{benchmark.Kind.DisplayName()} ({initiative.Number}), target for {Dates.Display(target.Target.Date)}: {target.Target.Value}; result {result.Value} on {Dates.Display(result.MeasuredOn)} ({target.Status.DisplayName().ToLowerInvariant()})",
                        Citation.LabelMaxLength);
                    results.Add(new Citation(CitationKind.BenchmarkResult, benchmark.Id, label, target.Target.Date));
                    lines[initiative.Id].Add($"{label}.");
                }
            }

            var narrative = lines[initiative.Id].Count == 0 ? null : string.Join("\n\n", lines[initiative.Id]);
            prefill._initiatives[initiative.Id] = new(narrative, [.. discussed, .. supporting], [.. results, .. supporting]);
        }

        foreach (var objective in content.Objectives)
        {
            var discussed = objective.Initiatives.Count(i => prefill._initiatives[i.Id].ProcessEvidence.Any(c => c.Kind == CitationKind.Minutes));
            var results = objective.Initiatives.SelectMany(i => prefill._initiatives[i.Id].PerformanceEvidence.Where(c => c.Kind == CitationKind.BenchmarkResult)).Count();
            prefill._objectives[objective.Id] =
                $"{discussed} of {objective.Initiatives.Count} initiatives were discussed at a Highlight Discussion in the period; {results} benchmark result{(results == 1 ? " was" : "s were")} recorded for targets due in it.";
        }

        return prefill;
    }

    [GeneratedRegex(@"(?<![\d.])\d{1,2}\.\d{1,2}(?![\d])")]
    private static partial Regex InitiativeNumber();

    /// <summary>A paragraph that says there is nothing to say ("None.", "N/A"): not carried into the report.</summary>
    [GeneratedRegex(@"^\s*(none|n/?a|nothing( new)?( to report)?)\s*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Empty();
}
