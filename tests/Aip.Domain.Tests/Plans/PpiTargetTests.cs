using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Domain.Versions;

namespace Aip.Domain.Tests.Plans;

/// <summary>The structured PPI targets of final outcomes: per school year, for the aggregate and high needs students.</summary>
public class PpiTargetTests
{
    [Fact]
    public void Targets_are_kept_in_year_and_group_order_and_read_as_the_guidance_names_them()
    {
        var plan = PlanBuilder.Ready();
        var outcome = plan.FinalOutcomes[0];

        plan.SetPpiTargets(outcome.Id, [new(2027, PpiGroup.HighNeeds, 70), new(2026, PpiGroup.HighNeeds, 65), new(2026, PpiGroup.Aggregate, 75)]);

        Assert.Equal(
            ["2026–27, aggregate: PPI 75", "2026–27, high needs students: PPI 65", "2027–28, high needs students: PPI 70"],
            outcome.PpiTargets.Select(t => t.ToString()));
    }

    [Theory]
    [InlineData(2025, PpiGroup.Aggregate, 75, "A PPI target for 2025–26 falls outside the plan's school years.")]
    [InlineData(2026, PpiGroup.Aggregate, 126, "A PPI target is between 0 and 125.")]
    [InlineData(2026, (PpiGroup)7, 75, "A PPI target is for the aggregate or for high needs students.")]
    public void A_target_outside_the_plan_or_the_scale_is_refused_and_nothing_changes(int year, PpiGroup group, int value, string message)
    {
        var plan = PlanBuilder.Ready();
        var outcome = plan.FinalOutcomes[0];
        var before = outcome.PpiTargets;

        Assert.Equal(message, Assert.Throws<DomainException>(() => plan.SetPpiTargets(outcome.Id, [new(year, group, value)])).Message);
        Assert.Equal(before, outcome.PpiTargets);
    }

    [Fact]
    public void One_target_per_year_and_group()
    {
        var plan = PlanBuilder.Ready();

        var refusal = Assert.Throws<DomainException>(() => plan.SetPpiTargets(plan.FinalOutcomes[0].Id, [new(2026, PpiGroup.Aggregate, 70), new(2026, PpiGroup.Aggregate, 75)]));

        Assert.Equal("There is one PPI target for aggregate in 2026–27.", refusal.Message);
    }

    [Fact]
    public void Readiness_warns_for_each_year_a_group_has_no_PPI_target_and_the_plan_stays_ready()
    {
        var plan = PlanBuilder.Ready();
        plan.SetPpiTargets(plan.FinalOutcomes[0].Id, [new(2026, PpiGroup.Aggregate, 75), new(2026, PpiGroup.HighNeeds, 70), new(2027, PpiGroup.Aggregate, 78)]);

        var report = Readiness.Check(plan);

        var warning = Assert.Single(report.Warnings, w => w.Message.Contains("PPI target", StringComparison.Ordinal));
        Assert.Equal("No final outcome sets the high needs students PPI target for 2027–28; the guidance asks for both groups each year.", warning.Message);
        Assert.True(report.IsReady);
    }

    [Fact]
    public void Versions_keep_the_targets_and_the_diff_names_a_changed_one()
    {
        var plan = PlanBuilder.Ready();
        var older = PlanContent.Of(plan);
        plan.SetPpiTargets(plan.FinalOutcomes[0].Id, [new(2026, PpiGroup.Aggregate, 80)]);

        var entry = Assert.Single(PlanDiff.Compare(older, PlanContent.Of(plan)).Entries);

        Assert.Equal([new PpiTarget(2026, PpiGroup.Aggregate, 80)], PlanContent.Of(plan).FinalOutcomes[0].PpiTargets);
        var field = Assert.Single(entry.Fields);
        Assert.Equal("PPI targets", field.Field);
        Assert.Equal("2026–27, aggregate: PPI 80", field.New);
    }

    [Fact]
    public void A_successor_keeps_the_targets_of_its_own_years_only()
    {
        var content = PlanContent.Of(PlanBuilder.Ready());

        var successor = Plan.CopyOf(content, PlanBuilder.DistrictId, "Next plan", 2027, 2028);

        Assert.Equal([new PpiTarget(2027, PpiGroup.Aggregate, 75), new PpiTarget(2027, PpiGroup.HighNeeds, 75)], successor.FinalOutcomes[0].PpiTargets);
    }
}
