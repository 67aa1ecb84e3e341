using Aip.Domain.Plans;

namespace Aip.Web.Data;

/// <summary>
/// How the demo plans write their Initiative Strategy Sheets: through the plan's own methods, in the template's order,
/// so that every rule applies as if a district had typed them in.
/// </summary>
internal static class DemoSheets
{
    /// <summary>Key resources (G) in the order the template lists them.</summary>
    public static string Resources(string leaders, string funds, string partners, string time, string staffing, string materials) =>
        $"Leaders/supporters: {leaders}. Funds: {funds}. Partners: {partners}. Time: {time}. Staffing: {staffing}. Materials: {materials}.";

    public static StrategySheet Sheet(Plan plan, Objective objective, string description, string lead, string keyResources) =>
        new(plan, plan.AddInitiative(objective.Id, description, lead, keyResources).Id);

    /// <summary>Fills in one Initiative Strategy Sheet; an activity goes under the quarter its start date falls in.</summary>
    internal sealed class StrategySheet(Plan plan, Guid initiativeId)
    {
        public StrategySheet EarlyEvidence(string description, string measure, string evidence, string frequency, IEnumerable<(DateOnly Date, string? Value)> targets) =>
            Benchmark(BenchmarkKind.EarlyEvidenceOfChange, description, measure, evidence, frequency, targets);

        public StrategySheet ShortTermOutcome(string description, string measure, string evidence, string frequency, IEnumerable<(DateOnly Date, string? Value)> targets) =>
            Benchmark(BenchmarkKind.ShortTermOutcome, description, measure, evidence, frequency, targets);

        public StrategySheet Activity(string actionStep, string lead, DateOnly start, DateOnly end, string? frequency = null)
        {
            plan.AddActivity(initiativeId, QuarterFacts.QuarterOf(start), actionStep, lead, start, end, frequency);
            return this;
        }

        private StrategySheet Benchmark(
            BenchmarkKind kind, string description, string measure, string evidence, string frequency, IEnumerable<(DateOnly Date, string? Value)> targets)
        {
            plan.AddBenchmark(initiativeId, kind, description, measure, evidence, frequency, targets);
            return this;
        }
    }
}
