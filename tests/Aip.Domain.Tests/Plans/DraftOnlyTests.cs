using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Tests.People;

namespace Aip.Domain.Tests.Plans;

public class DraftOnlyTests
{
    private static readonly Dictionary<string, Action<Plan>> Changes = new()
    {
        ["UpdateDetails"] = p => p.UpdateDetails("Renamed", 2026, 2027),
        ["UpdateSection1"] = p => p.UpdateSection1("Key issues", "If this, then that", null),
        ["AddObjective"] = p => p.AddObjective("A fourth objective", null),
        ["UpdateObjective"] = p => p.UpdateObjective(p.Objectives[0].Id, "Changed", null),
        ["RemoveObjective"] = p => p.RemoveObjective(p.Objectives[0].Id),
        ["MoveObjective"] = p => p.MoveObjective(p.Objectives[0].Id, 2),
        ["AddInitiative"] = p => p.AddInitiative(p.Objectives[0].Id, "A third initiative", null, null),
        ["UpdateInitiative"] = p => p.UpdateInitiative(FirstInitiative(p).Id, "Changed", null, null),
        ["RemoveInitiative"] = p => p.RemoveInitiative(FirstInitiative(p).Id),
        ["MoveInitiative"] = p => p.MoveInitiative(FirstInitiative(p).Id, 2),
        ["AddBenchmark"] = p => p.AddBenchmark(FirstInitiative(p).Id, BenchmarkKind.ShortTermOutcome, "New", null, null, null, []),
        ["UpdateBenchmark"] = p => p.UpdateBenchmark(FirstBenchmark(p).Id, BenchmarkKind.ShortTermOutcome, "Changed", null, null, null, []),
        ["RemoveBenchmark"] = p => p.RemoveBenchmark(FirstBenchmark(p).Id),
        ["AddActivity"] = p => p.AddActivity(FirstInitiative(p).Id, Quarter.JanMarch, "New", null, new(2027, 1, 4), new(2027, 1, 4), null),
        ["UpdateActivity"] = p => p.UpdateActivity(FirstActivity(p).Id, Quarter.JanMarch, "Changed", null, new(2027, 1, 4), new(2027, 1, 4), null),
        ["RemoveActivity"] = p => p.RemoveActivity(FirstActivity(p).Id),
        ["AddFinalOutcome"] = p => p.AddFinalOutcome("New", null, null, new(2027, 8, 31)),
        ["UpdateFinalOutcome"] = p => p.UpdateFinalOutcome(p.FinalOutcomes[0].Id, "Changed", null, null, new(2027, 8, 31)),
        ["RemoveFinalOutcome"] = p => p.RemoveFinalOutcome(p.FinalOutcomes[0].Id),
    };

    public static TheoryData<string, PlanStatus> ChangesInEditableStatuses =>
        Cross(PlanStatus.Draft, PlanStatus.Returned);

    public static TheoryData<string, PlanStatus> ChangesInClosedStatuses =>
        Cross(PlanStatus.Submitted, PlanStatus.Approved, PlanStatus.Superseded);

    [Theory]
    [MemberData(nameof(ChangesInEditableStatuses))]
    public void Every_change_is_allowed_while_the_plan_is_a_draft_or_returned_for_revision(string change, PlanStatus status)
    {
        var plan = PlanBuilder.InStatus(status);

        var exception = Record.Exception(() => Changes[change](plan));

        Assert.Null(exception);
        Assert.True(plan.IsEditable);
    }

    [Theory]
    [MemberData(nameof(ChangesInClosedStatuses))]
    public void Every_change_is_refused_once_the_plan_is_submitted_approved_or_superseded(string change, PlanStatus status)
    {
        var plan = PlanBuilder.InStatus(status);

        var refusal = Assert.Throws<DomainException>(() => Changes[change](plan));

        Assert.Equal(PlanWorkflow.EditRefusal(status, null), refusal.Message);
        Assert.False(plan.IsEditable);
    }

    public static TheoryData<string> ChangeNames => [.. Changes.Keys];

    [Theory]
    [MemberData(nameof(ChangeNames))]
    public void Every_change_is_allowed_again_inside_an_amendment_of_the_approved_plan(string change)
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Approved);
        plan.StartAmendment("Mid-course correction", Actors.As(Role.PlanManager), PlanBuilder.DecidedAt);

        var exception = Record.Exception(() => Changes[change](plan));

        Assert.Null(exception);
        Assert.True(plan.IsEditable);
    }

    [Theory]
    [InlineData(PlanStatus.Submitted, "submitted to ESE")]
    [InlineData(PlanStatus.Approved, "start an amendment")]
    [InlineData(PlanStatus.Superseded, "superseded")]
    public void The_refusal_says_what_to_do_in_each_closed_status(PlanStatus status, string expected)
    {
        Assert.Contains(expected, PlanWorkflow.EditRefusal(status, null), StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_change_leaves_the_plan_as_it_was()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);

        Assert.Throws<DomainException>(() => plan.RemoveObjective(plan.Objectives[0].Id));

        Assert.Equal(3, plan.Objectives.Count);
    }

    private static TheoryData<string, PlanStatus> Cross(params PlanStatus[] statuses)
    {
        var data = new TheoryData<string, PlanStatus>();
        foreach (var change in Changes.Keys)
        {
            foreach (var status in statuses)
            {
                data.Add(change, status);
            }
        }

        return data;
    }

    private static Initiative FirstInitiative(Plan plan) => plan.Objectives[0].Initiatives[0];

    private static Benchmark FirstBenchmark(Plan plan) => FirstInitiative(plan).Benchmarks[0];

    private static Activity FirstActivity(Plan plan) => FirstInitiative(plan).Activities[0];
}
