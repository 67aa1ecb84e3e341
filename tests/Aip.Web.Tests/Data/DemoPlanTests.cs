using Aip.Domain.Plans;
using Aip.Web.Data;

namespace Aip.Web.Tests.Data;

public class DemoPlanTests
{
    private const int FirstSchoolYear = 2026;

    private static Plan Build(int firstSchoolYear = FirstSchoolYear) => DemoPlan.Build(Guid.NewGuid(), firstSchoolYear);

    [Fact]
    public void The_demo_plan_is_ready_to_submit_with_nothing_to_fix()
    {
        var report = Readiness.Check(Build());

        Assert.True(report.IsReady, string.Join(Environment.NewLine, report.Blockers.Select(b => b.Message)));
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void The_demo_plan_stays_ready_whichever_year_it_starts_in()
    {
        var report = Readiness.Check(Build(2031));

        Assert.True(report.IsReady, string.Join(Environment.NewLine, report.Blockers.Select(b => b.Message)));
    }

    [Fact]
    public void The_demo_plan_covers_two_school_years_from_1_July_of_the_first()
    {
        var plan = Build();

        Assert.Equal(new DateOnly(2026, 7, 1), plan.Period.Start);
        Assert.Equal(new DateOnly(2028, 8, 31), plan.Period.End);
    }

    [Fact]
    public void The_demo_plan_has_four_objectives_each_with_two_or_three_initiatives()
    {
        var plan = Build();

        Assert.Equal(4, plan.Objectives.Count);
        Assert.All(plan.Objectives, o => Assert.InRange(o.Initiatives.Count, 2, 3));
    }

    [Fact]
    public void The_demo_plan_key_issues_are_under_the_word_limit()
    {
        var plan = Build();

        Assert.InRange(plan.KeyIssuesWordCount, 300, Plan.KeyIssuesWordLimit - 1);
    }

    [Fact]
    public void Every_initiative_of_the_demo_plan_has_three_to_five_activities_in_at_least_three_quarters()
    {
        var initiatives = Build().Objectives.SelectMany(o => o.Initiatives).ToList();

        Assert.All(initiatives, i => Assert.InRange(i.Activities.Count, 3, 5));
        Assert.All(initiatives, i => Assert.InRange(i.Activities.Select(a => a.Quarter).Distinct().Count(), 3, 4));
    }

    [Fact]
    public void Every_benchmark_of_the_demo_plan_passes_the_smart_check()
    {
        var plan = Build();
        var benchmarks = plan.Objectives.SelectMany(o => o.Initiatives).SelectMany(i => i.Benchmarks).ToList();

        Assert.NotEmpty(benchmarks);
        Assert.All(benchmarks, b => Assert.Empty(SmartCheck.Check(b, plan.Period)));
    }

    [Fact]
    public void Lakesides_demo_plan_is_ready_to_submit_with_nothing_to_fix()
    {
        var report = Readiness.Check(LakesidePlan.Build(Guid.NewGuid(), DemoData.LakesidePlanSchoolYear));

        Assert.True(report.IsReady, string.Join(Environment.NewLine, report.Blockers.Select(b => b.Message)));
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Lakesides_demo_plan_is_smaller_than_rivertons_and_covers_one_school_year()
    {
        var lakeside = LakesidePlan.Build(Guid.NewGuid(), DemoData.LakesidePlanSchoolYear);
        var riverton = Build();

        Assert.Equal(lakeside.FirstSchoolYear, lakeside.LastSchoolYear);
        Assert.Equal(Plan.MinObjectives, lakeside.Objectives.Count);
        Assert.True(lakeside.Objectives.Sum(o => o.Initiatives.Count) < riverton.Objectives.Sum(o => o.Initiatives.Count));
        Assert.NotEqual(riverton.KeyIssues, lakeside.KeyIssues);
    }
}
