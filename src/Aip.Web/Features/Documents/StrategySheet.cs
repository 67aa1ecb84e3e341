using Aip.Documents;
using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Domain.Versions;

namespace Aip.Web.Features.Documents;

/// <summary>
/// One Initiative Strategy Sheet (Section 2 of the template). Every part carries the template's letter and words
/// in a table header rather than a heading above it, so a label can never be left alone at the foot of a page and
/// is repeated when its table continues on the next.
/// </summary>
internal static class StrategySheet
{
    public static IEnumerable<Block> Blocks(ObjectiveContent objective, InitiativeContent initiative)
    {
        yield return new Heading(PlanDocument.SheetTitle(initiative), Level: 2);
        yield return new DefinitionList(
        [
            new Definition($"{StrategySheetLabels.Objective} {objective.Number}", objective.Statement),
            new Definition(StrategySheetLabels.ObjectiveLead, DocumentText.OrNotGiven(objective.Lead)),
            new Definition(StrategySheetLabels.Initiative, $"{initiative.Number}  {initiative.Description}"),
            new Definition(StrategySheetLabels.InitiativeLead, DocumentText.OrNotGiven(initiative.Lead)),
        ]);
        yield return Benchmarks(StrategySheetLabels.ShortTermOutcomes, "Targets and dates", initiative, BenchmarkKind.ShortTermOutcome);
        yield return Benchmarks(StrategySheetLabels.EarlyEvidence, "Targets, by when", initiative, BenchmarkKind.EarlyEvidenceOfChange);
        yield return new Table([new TableColumn(StrategySheetLabels.KeyResources)], [[DocumentText.OrNotGiven(initiative.KeyResources)]]);
        yield return Activities(initiative.Activities);
    }

    private static Table Benchmarks(string label, string targetsHeader, InitiativeContent initiative, BenchmarkKind kind)
    {
        var rows = initiative.Benchmarks
            .Where(b => b.Kind == kind)
            .Select(b => (IReadOnlyList<string>)
            [
                b.Description,
                $"Measure: {DocumentText.OrNotGiven(b.Measure)}\nEvidence: {DocumentText.OrNotGiven(b.Evidence)}",
                DocumentText.OrNotGiven(b.Frequency),
                b.Targets.Count == 0 ? DocumentText.NotGiven : string.Join('\n', b.Targets.Select(Target)),
            ])
            .ToList();
        if (rows.Count == 0)
        {
            rows.Add([DocumentText.NotGiven, string.Empty, string.Empty, string.Empty]);
        }

        return new Table(
            [new TableColumn(label, 3.4), new TableColumn("Measure and evidence", 3.2), new TableColumn("Frequency", 1.5), new TableColumn(targetsHeader, 2.1)],
            rows);
    }

    private static string Target(TargetContent target) =>
        string.IsNullOrWhiteSpace(target.Value)
            ? $"by {Dates.Display(target.Date)}"
            : $"{target.Value.Trim()} by {Dates.Display(target.Date)}";

    /// <summary>The order the sheet prints activities in: by quarter, in the template's order, then by date.</summary>
    public static IReadOnlyList<ActivityContentValue> InSheetOrder(IEnumerable<ActivityContentValue> activities) =>
        [.. activities.OrderBy(a => a.Quarter).ThenBy(a => a.Start).ThenBy(a => a.End)];

    /// <summary>The activities under the template's four quarters, each quarter in date order; an empty quarter says so.</summary>
    private static Table Activities(IReadOnlyList<ActivityContentValue> activities)
    {
        var rows = QuarterFacts.All.SelectMany(quarter =>
        {
            var inQuarter = InSheetOrder(activities).Where(a => a.Quarter == quarter).ToList();
            return inQuarter.Count == 0
                ? [[quarter.DisplayName(), "No activities in this quarter.", string.Empty, string.Empty, string.Empty]]
                : inQuarter.Select(a => (IReadOnlyList<string>)
                [
                    quarter.DisplayName(),
                    string.IsNullOrWhiteSpace(a.Frequency) ? a.ActionStep : $"{a.ActionStep}\nFrequency: {a.Frequency.Trim()}",
                    DocumentText.OrNotGiven(a.Lead),
                    Dates.Display(a.Start),
                    Dates.Display(a.End),
                ]);
        });
        return new Table(
            [
                new TableColumn("Quarter", 1.4),
                new TableColumn(StrategySheetLabels.Activities, 4.2),
                new TableColumn(StrategySheetLabels.WhoLeads, 2.2),
                new TableColumn(StrategySheetLabels.Start, 1.6),
                new TableColumn(StrategySheetLabels.Complete, 1.6),
            ],
            [.. rows]);
    }
}
