using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Domain.Versions;

namespace Aip.Domain.Tests.Plans;

public class SuccessorTests
{
    private static readonly Guid District = PlanBuilder.DistrictId;

    [Fact]
    public void A_successor_is_a_draft_of_the_district_with_the_same_content()
    {
        var source = PlanContent.Of(PlanBuilder.InStatus(PlanStatus.Approved));

        var successor = Plan.CopyOf(source, District, source.Title, source.FirstSchoolYear, source.LastSchoolYear);

        Assert.Equal((PlanStatus.Draft, District), (successor.Status, successor.DistrictId));
        Assert.Equal(WithoutIds(source), WithoutIds(PlanContent.Of(successor)));
    }

    [Fact]
    public void A_successor_has_new_ids_throughout()
    {
        var sourcePlan = PlanBuilder.InStatus(PlanStatus.Approved);
        var source = PlanContent.Of(sourcePlan);

        var successor = Plan.CopyOf(source, District, "Next plan", 2028, 2029);

        var sourceIds = Ids(source).Append(sourcePlan.Id).ToHashSet();
        var successorIds = Ids(PlanContent.Of(successor)).Append(successor.Id).ToList();
        Assert.Equal(sourceIds.Count, successorIds.Count);
        Assert.DoesNotContain(successorIds, sourceIds.Contains);
    }

    [Fact]
    public void A_successor_takes_its_own_title_and_school_years()
    {
        var source = PlanContent.Of(PlanBuilder.Ready());

        var successor = Plan.CopyOf(source, District, " Riverton AIP 2028-2030 ", 2028, 2029);

        Assert.Equal(("Riverton AIP 2028-2030", 2028, 2029), (successor.Title, successor.FirstSchoolYear, successor.LastSchoolYear));
        Assert.Equal(
            WithoutIds(source with { Title = successor.Title, FirstSchoolYear = 2028, LastSchoolYear = 2029 }),
            WithoutIds(PlanContent.Of(successor)));
    }

    [Fact]
    public void Targets_keep_the_order_the_district_entered_them_in()
    {
        var plan = PlanBuilder.Ready();
        var initiative = plan.Objectives[0].Initiatives[0];
        plan.AddBenchmark(
            initiative.Id, BenchmarkKind.ShortTermOutcome, "Out of order", null, null, null,
            [(new DateOnly(2027, 5, 31), "90%"), (new DateOnly(2026, 11, 30), "60%")]);

        var successor = Plan.CopyOf(PlanContent.Of(plan), District, "Next plan", 2026, 2027);

        var copied = successor.Objectives[0].Initiatives[0].Benchmarks.Single(b => b.Description == "Out of order");
        Assert.Equal(["90%", "60%"], copied.Targets.Select(t => t.Value));
    }

    [Fact]
    public void Starting_a_successor_leaves_the_source_plan_as_it_was()
    {
        var sourcePlan = PlanBuilder.InStatus(PlanStatus.Approved);
        var before = WithoutIds(PlanContent.Of(sourcePlan));
        var source = PlanContent.Of(sourcePlan);

        var successor = Plan.CopyOf(source, District, "Next plan", 2028, 2029);
        successor.UpdateObjective(successor.Objectives[0].Id, "Changed in the successor", null);

        Assert.Equal(PlanStatus.Approved, sourcePlan.Status);
        Assert.Equal(before, WithoutIds(PlanContent.Of(sourcePlan)));
        Assert.Equal(before, WithoutIds(source));
    }

    [Fact]
    public void A_successor_of_a_plan_with_only_its_details_is_empty()
    {
        var successor = Plan.CopyOf(PlanContent.Of(PlanBuilder.Empty()), District, "Next plan", 2028, 2029);

        Assert.Empty(successor.Objectives);
        Assert.Empty(successor.FinalOutcomes);
        Assert.Null(successor.KeyIssues);
    }

    [Fact]
    public void The_plan_rules_apply_to_a_successor()
    {
        var source = PlanContent.Of(PlanBuilder.Ready());
        var sixObjectives = source with { Objectives = [.. source.Objectives, .. source.Objectives] };

        Assert.Equal("Enter the plan title.", Assert.Throws<DomainException>(() => Plan.CopyOf(source, District, " ", 2028, 2029)).Message);
        Assert.Equal("Choose the district of this plan.", Assert.Throws<DomainException>(() => Plan.CopyOf(source, Guid.Empty, "Next", 2028, 2029)).Message);
        Assert.Equal(
            "A plan has at most 5 strategic objectives.",
            Assert.Throws<DomainException>(() => Plan.CopyOf(sixObjectives, District, "Next", 2028, 2029)).Message);
    }

    /// <summary>Every value of the content in template order, with the ids left out.</summary>
    private static List<string> WithoutIds(PlanContent content) =>
    [
        (content with { Objectives = [], FinalOutcomes = [] }).ToString(),
        .. content.Objectives.SelectMany(o => (IEnumerable<string>)
        [
            (o with { Id = Guid.Empty, Initiatives = [] }).ToString(),
            .. o.Initiatives.SelectMany(i => (IEnumerable<string>)
            [
                (i with { Id = Guid.Empty, Benchmarks = [], Activities = [] }).ToString(),
                .. i.Benchmarks.SelectMany(b => (IEnumerable<string>)
                [
                    (b with { Id = Guid.Empty, Targets = [] }).ToString(),
                    .. b.Targets.Select(t => (t with { Id = null }).ToString()),
                ]),
                .. i.Activities.Select(a => (a with { Id = Guid.Empty }).ToString()),
            ]),
        ]),
        .. content.FinalOutcomes.Select(f => (f with { Id = Guid.Empty }).ToString()),
    ];

    private static IEnumerable<Guid> Ids(PlanContent content) =>
        content.Objectives.Select(o => o.Id)
            .Concat(content.Initiatives.Select(i => i.Id))
            .Concat(content.Initiatives.SelectMany(i => i.Benchmarks.Select(b => b.Id)))
            .Concat(content.Initiatives.SelectMany(i => i.Benchmarks.SelectMany(b => b.Targets.Select(t => t.Id))).OfType<Guid>())
            .Concat(content.Initiatives.SelectMany(i => i.Activities.Select(a => a.Id)))
            .Concat(content.FinalOutcomes.Select(f => f.Id));

    [Fact]
    public void An_approved_plan_starts_its_successor_from_the_version_in_force_and_is_remembered_as_its_predecessor()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var version = plan.Approve(Aip.Domain.Tests.Reviews.ReviewBuilder.Complete(plan), Aip.Domain.Tests.People.Actors.As(Aip.Domain.People.Role.EseStaff), PlanBuilder.DecidedAt);

        var successor = plan.StartSuccessor(version, "Next plan", 2028, 2029);

        Assert.Equal((plan.Id, plan.DistrictId, PlanStatus.Draft), (successor.PredecessorId, successor.DistrictId, successor.Status));
        Assert.Equal(plan.Objectives.Count, successor.Objectives.Count);
    }

    [Fact]
    public void Only_an_approved_plan_has_a_successor_and_only_from_its_version_in_force()
    {
        var draft = PlanBuilder.Ready();
        var approved = PlanBuilder.InStatus(PlanStatus.Submitted);
        var version = approved.Approve(Aip.Domain.Tests.Reviews.ReviewBuilder.Complete(approved), Aip.Domain.Tests.People.Actors.As(Aip.Domain.People.Role.EseStaff), PlanBuilder.DecidedAt);
        var other = PlanBuilder.InStatus(PlanStatus.Approved);

        Assert.Equal("A successor plan starts from an approved plan.", Assert.Throws<DomainException>(() => draft.StartSuccessor(version, "Next", 2028, 2029)).Message);
        Assert.Equal("A successor plan starts from the version in force.", Assert.Throws<DomainException>(() => other.StartSuccessor(version, "Next", 2028, 2029)).Message);
    }
}
