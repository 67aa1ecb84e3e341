using System.Text.Json;
using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Tests.People;
using Aip.Domain.Tests.Plans;
using Aip.Domain.Tests.Reviews;
using Aip.Domain.Versions;

namespace Aip.Domain.Tests.Versions;

/// <summary>Cancelling an amendment being drafted: the plan goes back to its version in force, ids kept (<see cref="Plan.CancelAmendment"/>, ADR 0006).</summary>
public class CancelAmendmentTests
{
    private static readonly DateTimeOffset At = PlanBuilder.DecidedAt.AddMonths(2);
    private static readonly Actor Manager = Actors.As(Role.PlanManager);

    [Fact]
    public void Cancelling_brings_every_part_back_as_the_version_in_force_holds_it_under_the_same_ids()
    {
        var (plan, version) = Approved();
        var removed = plan.Objectives[0].Initiatives[0];
        var benchmark = plan.Objectives[1].Initiatives[0].Benchmarks[0];
        var amendment = plan.StartAmendment("Try a different plan.", Manager, At);
        plan.UpdateSection1("Rewritten key issues", "Another theory", plan.WhyTheseObjectives);
        plan.UpdateDetails("A new title", plan.FirstSchoolYear, plan.LastSchoolYear);
        plan.RemoveInitiative(removed.Id);
        plan.UpdateObjective(plan.Objectives[1].Id, "A rewritten objective", "Someone else");
        plan.MoveObjective(plan.Objectives[2].Id, 1);
        plan.AddObjective("An objective added in the amendment", null);
        plan.UpdateBenchmark(benchmark.Id, benchmark.Kind, "Changed benchmark", null, null, null, [(new DateOnly(2027, 3, 1), "10%")]);
        plan.RemoveActivity(plan.Objectives[1].Initiatives[0].Activities[0].Id);
        plan.AddFinalOutcome("An outcome added in the amendment", null, null, new DateOnly(2027, 6, 30));
        var finding = Guid.NewGuid();
        plan.AddressFindings(plan.Objectives[0].Id, [finding], [finding]);
        plan.ClearPendingEvents();

        plan.CancelAmendment(amendment, version, Manager, At.AddDays(3));

        Assert.Equal(JsonSerializer.Serialize(version.Content), JsonSerializer.Serialize(PlanContent.Of(plan)));
        Assert.Contains(plan.Objectives[0].Initiatives, i => i.Id == removed.Id);
        Assert.Equal((AmendmentStage.Cancelled, At.AddDays(3)), (amendment.Stage, amendment.FinishedAt));
        Assert.Null(plan.OpenAmendmentStage);
        Assert.False(plan.IsEditable);
        Assert.Equal((1, 1), (plan.VersionCount, plan.AmendmentCount));
        var cancelled = Assert.IsType<AmendmentCancelled>(Assert.Single(plan.PendingEvents()));
        Assert.Equal((1, 1), (cancelled.AmendmentNumber, cancelled.VersionInForce));
    }

    [Fact]
    public void The_next_amendment_takes_the_next_number_and_the_cancelled_one_stays_listed()
    {
        var (plan, version) = Approved();
        var first = plan.StartAmendment("First idea.", Manager, At);
        plan.CancelAmendment(first, version, Manager, At);

        var second = plan.StartAmendment("Second idea.", Manager, At.AddDays(1));

        Assert.Equal(2, second.Number);
        Assert.Equal(AmendmentStage.Cancelled, first.Stage);
        Assert.Equal("Cancelled by the district; the version in force was kept", first.Stage.DisplayName());
    }

    [Fact]
    public void An_unchanged_benchmark_keeps_its_target_rows()
    {
        var (plan, version) = Approved();
        var targets = plan.Objectives[0].Initiatives[0].Benchmarks[0].Targets.Select(t => t.Id).ToList();
        var amendment = plan.StartAmendment("Nothing much.", Manager, At);

        plan.CancelAmendment(amendment, version, Manager, At);

        Assert.Equal(targets, plan.Objectives[0].Initiatives[0].Benchmarks[0].Targets.Select(t => t.Id));
    }

    [Fact]
    public void Only_the_district_cancels_only_an_amendment_being_drafted_and_only_back_to_the_version_in_force()
    {
        var (plan, version) = Approved();
        var amendment = plan.StartAmendment("An idea.", Manager, At);
        var other = PlanBuilder.InStatus(PlanStatus.Submitted);
        var otherVersion = other.Approve(ReviewBuilder.Complete(other), Actors.As(Role.EseStaff), PlanBuilder.DecidedAt);

        Assert.Equal("Only the district's superintendent or plan manager cancels an amendment.",
            Assert.Throws<DomainException>(() => plan.CancelAmendment(amendment, version, Actors.As(Role.EseStaff), At)).Message);
        Assert.Equal("An amendment is cancelled back to the version in force.",
            Assert.Throws<DomainException>(() => plan.CancelAmendment(amendment, otherVersion, Manager, At)).Message);
        plan.FinishAmendment(amendment, eseApprovalNeeded: true, Manager, At);
        Assert.Equal("Amendment 1 is waiting for ESE approval.",
            Assert.Throws<DomainException>(() => plan.CancelAmendment(amendment, version, Manager, At)).Message);
        Assert.Equal(AmendmentStage.AwaitingApproval, plan.OpenAmendmentStage);
    }

    private static (Plan Plan, PlanVersion Version) Approved()
    {
        var plan = new PlanBuilder().WithObjectives(3).WithInitiativesPerObjective(2).Build();
        plan.Submit(Role.Superintendent, PlanBuilder.SubmittedAt);
        var version = plan.Approve(ReviewBuilder.Complete(plan), Actors.As(Role.EseStaff), PlanBuilder.DecidedAt);
        return (plan, version);
    }
}
