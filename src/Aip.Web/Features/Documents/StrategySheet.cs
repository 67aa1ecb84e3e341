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
    public static IEnumerable<Block> Blocks(PlanContent plan, ObjectiveContent objective, InitiativeContent initiative)
    {
        ArgumentNullException.ThrowIfNull(plan);
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
        yield return Activities(plan, initiative.Activities);
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

    /// <summary>The order the sheet lists activities in: by when they start, then by when they end.</summary>
    public static IReadOnlyList<ActivityContentValue> InSheetOrder(IEnumerable<ActivityContentValue> activities) =>
        [.. activities.OrderBy(a => a.Start).ThenBy(a => a.End)];

    /// <summary>
    /// The activities under every quarter of the plan's school years, in time order ("Before Year 1: July–Aug 2026",
    /// "Year 1: Sept–Dec 2026", … "Year 2: July–Aug 2028"), each under the quarter its start date falls in; an empty
    /// quarter says so.
    /// </summary>
    private static Table Activities(PlanContent plan, IReadOnlyList<ActivityContentValue> activities)
    {
        var quarters = SchoolQuarter.Within(plan.Period).Concat(activities.Select(a => SchoolQuarter.Of(a.Start))).Distinct().OrderBy(q => q.Order);
        var rows = quarters.SelectMany(quarter =>
        {
            var label = quarter.InPlan(plan.FirstSchoolYear, plan.LastSchoolYear);
            var inQuarter = InSheetOrder(activities).Where(a => SchoolQuarter.Of(a.Start) == quarter).ToList();
            return inQuarter.Count == 0
                ? [[label, "No activities in this quarter.", string.Empty, string.Empty, string.Empty]]
                : inQuarter.Select(a => (IReadOnlyList<string>)
                [
                    label,
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
