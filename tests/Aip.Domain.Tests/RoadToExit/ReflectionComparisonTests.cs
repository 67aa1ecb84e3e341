using Aip.Domain.RoadToExit;
using static Aip.Domain.Tests.RoadToExit.ContinuumReflectionTests;

namespace Aip.Domain.Tests.RoadToExit;

public class ReflectionComparisonTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Views_agree_when_every_placed_view_names_the_same_stage_and_differ_otherwise()
    {
        var reflection = Open();
        reflection.Place(Superintendent, Everywhere(ContinuumStage.TransitionalImplementation), Now);
        var oneView = ReflectionComparison.Of(reflection, null)[0];
        Assert.Equal(Agreement.Waiting, oneView.Agreement);
        Assert.Equal("Not enough views to compare yet (waiting for: Plan Manager, Monitor).", oneView.DescribeAgreement());

        reflection.Place(Manager, Everywhere(ContinuumStage.TransitionalImplementation), Now);
        var twoViews = ReflectionComparison.Of(reflection, null)[0];
        Assert.Equal(Agreement.Agree, twoViews.Agreement);
        Assert.Equal("The views placed so far agree: Transitional Implementation (waiting for: Monitor).", twoViews.DescribeAgreement());

        var monitor = Everywhere(ContinuumStage.TransitionalImplementation).Select(p => p.Area == ContinuumArea.SelfAssess ? p with { Stage = ContinuumStage.EarlyImplementation } : p);
        reflection.Place(PlanMonitor, monitor.ToList(), Now);
        var all = ReflectionComparison.Of(reflection, null);
        Assert.Equal(Agreement.Disagree, all[0].Agreement);
        Assert.Equal("Views differ: District (Superintendent): Transitional Implementation; Plan Manager: Transitional Implementation; Monitor: Early Implementation.",
            all[0].DescribeAgreement());
        Assert.Equal("All three views agree: Transitional Implementation.", all[1].DescribeAgreement());
    }

    [Fact]
    public void Movement_compares_each_view_with_the_same_persons_view_in_the_previous_reflection()
    {
        var previous = Open(new DateOnly(2025, 12, 1));
        previous.Place(Superintendent, Everywhere(ContinuumStage.EarlyImplementation), Now.AddYears(-1));
        previous.Place(Manager, Everywhere(ContinuumStage.TransitionalImplementation), Now.AddYears(-1));
        var current = Open(new DateOnly(2026, 12, 1), [previous]);
        current.Place(Superintendent, Everywhere(ContinuumStage.TransitionalImplementation), Now);
        current.Place(Manager, Everywhere(ContinuumStage.EarlyImplementation), Now);
        current.Place(PlanMonitor, Everywhere(ContinuumStage.EarlyImplementation), Now);

        Assert.Same(previous, ReflectionComparison.PreviousOf(current, [previous, current]));
        Assert.Null(ReflectionComparison.PreviousOf(previous, [previous, current]));
        var moves = ReflectionComparison.Of(current, previous)[0].Movements;
        Assert.Equal("moved forward from Early Implementation to Transitional Implementation", moves[Perspective.District].Describe());
        Assert.Equal("moved back from Transitional Implementation to Early Implementation", moves[Perspective.PlanManager].Describe());
        Assert.Equal(MovementKind.FirstPlacement, moves[Perspective.Monitor].Kind);
        Assert.Equal("no change (Early Implementation)", Movement.Between(ContinuumStage.EarlyImplementation, ContinuumStage.EarlyImplementation).Describe());
        Assert.Equal("not yet placed", Movement.Between(ContinuumStage.EarlyImplementation, null).Describe());
    }
}
