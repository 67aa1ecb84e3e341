using Aip.Domain.Common;
using Aip.Domain.Plans;

namespace Aip.Domain.Tests.Plans;

public class ActivityTests
{
    private static readonly DateOnly September = new(2026, 9, 8);
    private static readonly DateOnly December = new(2026, 12, 18);

    [Fact]
    public void An_activity_keeps_its_quarter_trimmed_texts_and_dates()
    {
        var (plan, initiative) = BenchmarkTests.PlanWithInitiative();

        var activity = plan.AddActivity(initiative.Id, Quarter.SeptDec, " Train coaches ", " Coach lead ", September, December, " weekly ");

        Assert.Equal(
            (initiative.Id, Quarter.SeptDec, "Train coaches", "Coach lead", September, December, "weekly"),
            (activity.InitiativeId, activity.Quarter, activity.ActionStep, activity.Lead, activity.Start, activity.End, activity.Frequency));
    }

    [Fact]
    public void An_activity_may_start_and_end_on_the_same_day()
    {
        var (plan, initiative) = BenchmarkTests.PlanWithInitiative();

        var activity = plan.AddActivity(initiative.Id, Quarter.SeptDec, "Launch day", null, September, September, null);

        Assert.Equal(activity.Start, activity.End);
    }

    [Fact]
    public void An_activity_that_ends_before_it_starts_is_refused()
    {
        var (plan, initiative) = BenchmarkTests.PlanWithInitiative();

        var refusal = Assert.Throws<DomainException>(() => plan.AddActivity(initiative.Id, Quarter.SeptDec, "Train coaches", null, December, September, null));

        Assert.Equal("The completion date must be on or after the start date.", refusal.Message);
        Assert.Empty(initiative.Activities);
    }

    [Fact]
    public void Updating_an_activity_to_end_before_it_starts_is_refused_and_changes_nothing()
    {
        var (plan, initiative) = BenchmarkTests.PlanWithInitiative();
        var activity = plan.AddActivity(initiative.Id, Quarter.SeptDec, "Train coaches", null, September, December, null);

        var refusal = Assert.Throws<DomainException>(() => plan.UpdateActivity(activity.Id, Quarter.SeptDec, "Changed", null, December, September, null));

        Assert.Equal("The completion date must be on or after the start date.", refusal.Message);
        Assert.Equal(("Train coaches", September, December), (activity.ActionStep, activity.Start, activity.End));
    }

    [Fact]
    public void Updating_an_activity_changes_all_of_it()
    {
        var (plan, initiative) = BenchmarkTests.PlanWithInitiative();
        var activity = plan.AddActivity(initiative.Id, Quarter.SeptDec, "Train coaches", null, September, December, null);
        var (start, end) = (new DateOnly(2027, 1, 4), new DateOnly(2027, 3, 26));

        plan.UpdateActivity(activity.Id, Quarter.JanMarch, "Learning walks", "Principal", start, end, "every two weeks");

        Assert.Equal(
            (Quarter.JanMarch, "Learning walks", "Principal", start, end, "every two weeks"),
            (activity.Quarter, activity.ActionStep, activity.Lead, activity.Start, activity.End, activity.Frequency));
    }

    [Theory]
    [InlineData(" ", "2026-09-08", "2026-12-18", "Enter the action step.")]
    [InlineData("Step", "0001-01-01", "2026-12-18", "Enter the start date.")]
    [InlineData("Step", "2026-09-08", "0001-01-01", "Enter the completion date.")]
    public void An_activity_with_a_missing_part_is_refused(string actionStep, string start, string end, string message)
    {
        var (plan, initiative) = BenchmarkTests.PlanWithInitiative();

        var refusal = Assert.Throws<DomainException>(() => plan.AddActivity(initiative.Id, Quarter.SeptDec, actionStep, null, Date(start), Date(end), null));

        Assert.Equal(message, refusal.Message);
    }

    [Fact]
    public void An_activity_in_no_known_quarter_is_refused()
    {
        var (plan, initiative) = BenchmarkTests.PlanWithInitiative();

        var refusal = Assert.Throws<DomainException>(() => plan.AddActivity(initiative.Id, (Quarter)9, "Step", null, September, December, null));

        Assert.Equal("Choose the quarter of this activity.", refusal.Message);
    }

    [Fact]
    public void Activity_texts_longer_than_their_limits_are_refused()
    {
        var (plan, initiative) = BenchmarkTests.PlanWithInitiative();
        var id = initiative.Id;

        Assert.Throws<DomainException>(() => plan.AddActivity(id, Quarter.SeptDec, new string('a', Activity.ActionStepMaxLength + 1), null, September, December, null));
        Assert.Throws<DomainException>(() => plan.AddActivity(id, Quarter.SeptDec, "Step", new string('l', Activity.LeadMaxLength + 1), September, December, null));
        Assert.Throws<DomainException>(() => plan.AddActivity(id, Quarter.SeptDec, "Step", null, September, December, new string('f', Activity.FrequencyMaxLength + 1)));
        Assert.Empty(initiative.Activities);
    }

    [Fact]
    public void Activities_are_listed_by_date()
    {
        var (plan, initiative) = BenchmarkTests.PlanWithInitiative();

        plan.AddActivity(initiative.Id, Quarter.JanMarch, "Later", null, new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 29), null);
        plan.AddActivity(initiative.Id, Quarter.SeptDec, "Earlier", null, September, December, null);

        Assert.Equal(["Earlier", "Later"], initiative.Activities.Select(a => a.ActionStep));
    }

    [Fact]
    public void Removing_an_activity_takes_it_off_its_initiative()
    {
        var plan = PlanBuilder.Ready();
        var initiative = plan.Objectives[1].Initiatives[1];

        plan.RemoveActivity(initiative.Activities[0].Id);

        Assert.Empty(initiative.Activities);
    }

    [Fact]
    public void An_activity_is_found_by_its_id_and_a_missing_one_is_not_found()
    {
        var plan = PlanBuilder.Ready();
        var activity = plan.Objectives[2].Initiatives[1].Activities[0];

        Assert.Same(activity, plan.FindActivity(activity.Id));
        Assert.Equal("This activity is not in the plan; it may have been removed.", Assert.Throws<DomainException>(() => plan.FindActivity(Guid.NewGuid())).Message);
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
