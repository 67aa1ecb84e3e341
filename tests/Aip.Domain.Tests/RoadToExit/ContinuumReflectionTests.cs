using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.RoadToExit;

namespace Aip.Domain.Tests.RoadToExit;

public class ContinuumReflectionTests
{
    internal static readonly Guid District = Guid.NewGuid();
    private static readonly DateOnly Today = new(2026, 12, 3);
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);

    internal static readonly Actor Ese = new(Guid.NewGuid(), Role.EseStaff, "Erin ESE");
    internal static readonly Actor Superintendent = new(Guid.NewGuid(), Role.Superintendent, "Sam Superintendent");
    internal static readonly Actor Manager = new(Guid.NewGuid(), Role.PlanManager, "Pat Manager");
    internal static readonly Actor PlanMonitor = new(Guid.NewGuid(), Role.PlanMonitor, "Mo Monitor");

    internal static ContinuumReflection Open(DateOnly? on = null, IEnumerable<ContinuumReflection>? earlier = null) =>
        ContinuumReflection.Open(District, Manager, on ?? Today, (on ?? Today).AddDays(14), earlier ?? []);

    internal static IReadOnlyList<Placement> Everywhere(ContinuumStage stage, string? note = null) =>
        [.. Continuum.Areas.Select(a => new Placement(a, stage, note))];

    [Fact]
    public void Appendix_m_has_ten_sub_areas_under_b_to_e_each_with_three_cells_word_for_word()
    {
        Assert.Equal(10, Continuum.Areas.Count);
        Assert.Equal([3, 3, 3, 1], Continuum.ReflectedCriteria.Select(c => Continuum.AreasOf(c).Count));
        Assert.All(Continuum.Areas, a => Assert.All(Continuum.Stages, s => Assert.False(string.IsNullOrWhiteSpace(a.Cell(s)))));
        Assert.Equal("District, without Plan Manager support, coordinates staff to ensure effective implementation.",
            ContinuumArea.OwnTheExecution.Cell(ContinuumStage.PracticesEmbedded));
        Assert.Equal("B. Define a narrow set of strategic objectives to accelerate student learning", ExitCriterion.Define.Heading());
        Assert.Equal("Transitional Implementation", ContinuumStage.TransitionalImplementation.DisplayName());
    }

    [Fact]
    public void Ese_or_the_plan_manager_opens_a_reflection_with_an_empty_view_for_each_of_the_three()
    {
        var reflection = ContinuumReflection.Open(District, Ese, Today, Today.AddDays(10), []);

        Assert.Equal(2026, reflection.SchoolYear);
        Assert.Equal(Perspectives.All, reflection.Views.Select(v => v.Perspective));
        Assert.All(reflection.Views, v => Assert.False(v.IsPlaced));
        Assert.False(reflection.IsComplete);
        Assert.IsType<ReflectionOpened>(Assert.Single(reflection.PendingEvents()));
        Assert.Equal(2026, Open(new DateOnly(2027, 6, 30)).SchoolYear);
    }

    [Theory]
    [InlineData(Role.Superintendent)]
    [InlineData(Role.PlanMonitor)]
    public void Neither_the_superintendent_nor_the_monitor_opens_a_reflection(Role role)
    {
        var who = new Actor(Guid.NewGuid(), role, "Someone");
        Assert.Equal("Only ESE staff or the Plan Manager open a reflection on the continuum.",
            Assert.Throws<DomainException>(() => ContinuumReflection.Open(District, who, Today, Today.AddDays(5), [])).Message);
    }

    [Fact]
    public void A_reflection_is_held_once_or_twice_a_school_year_and_its_views_are_not_due_in_the_past()
    {
        var first = Open(new DateOnly(2026, 9, 1));
        var second = Open(new DateOnly(2027, 2, 1), [first]);

        Assert.Contains("already has 2 reflections in the 2026–27 school year",
            Assert.Throws<DomainException>(() => Open(new DateOnly(2027, 5, 1), [first, second])).Message, StringComparison.Ordinal);
        var nextYear = Open(new DateOnly(2027, 8, 1), [first, second]);
        Assert.Equal(2027, nextYear.SchoolYear);
        Assert.Equal((1, 2, 1), (first.NumberInYear, second.NumberInYear, nextYear.NumberInYear));
        Assert.Equal("The day the views are due cannot be in the past.",
            Assert.Throws<DomainException>(() => ContinuumReflection.Open(District, Ese, Today, Today.AddDays(-1), [])).Message);
    }

    [Fact]
    public void Each_person_places_only_their_own_view_and_the_reflection_is_complete_when_all_three_have()
    {
        var reflection = Open();

        Assert.Equal(Perspective.District, reflection.Place(Superintendent, Everywhere(ContinuumStage.TransitionalImplementation), Now).Perspective);
        Assert.Equal(Perspective.PlanManager, reflection.Place(Manager, Everywhere(ContinuumStage.EarlyImplementation), Now).Perspective);
        Assert.False(reflection.IsComplete);
        var monitorView = reflection.Place(PlanMonitor, Everywhere(ContinuumStage.EarlyImplementation, "  Seen at the October discussion. "), Now);

        Assert.True(reflection.IsComplete);
        Assert.Equal("Mo Monitor", monitorView.PlacedByName);
        Assert.Equal("Seen at the October discussion.", monitorView.For(ContinuumArea.ReportResults)!.Note);
        Assert.Equal(ContinuumStage.TransitionalImplementation, reflection.View(Perspective.District).For(ContinuumArea.SelfAssess)!.Stage);
        Assert.True(reflection.PendingEvents().OfType<ReflectionViewPlaced>().Last().ReflectionComplete);
        Assert.Contains("ESE staff read the three views",
            Assert.Throws<DomainException>(() => reflection.Place(Ese, Everywhere(ContinuumStage.EarlyImplementation), Now)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_view_names_every_sub_area_once_with_a_stage()
    {
        var reflection = Open();
        var missing = Everywhere(ContinuumStage.EarlyImplementation).Where(p => p.Area != ContinuumArea.DevelopLeadership).ToList();
        var twice = Everywhere(ContinuumStage.EarlyImplementation).Append(new Placement(ContinuumArea.SetGoals, ContinuumStage.PracticesEmbedded, null)).ToList();
        var noStage = Everywhere(ContinuumStage.EarlyImplementation).Select(p => p.Area == ContinuumArea.CraftPlan ? p with { Stage = 0 } : p).ToList();

        Assert.Equal("Choose where the district stands for Develop Leadership.",
            Assert.Throws<DomainException>(() => reflection.Place(Manager, missing, Now)).Message);
        Assert.Equal("Set Goals is placed more than once.", Assert.Throws<DomainException>(() => reflection.Place(Manager, twice, Now)).Message);
        Assert.Equal("Choose where the district stands for Craft Plan.", Assert.Throws<DomainException>(() => reflection.Place(Manager, noStage, Now)).Message);
        Assert.Throws<DomainException>(() => reflection.Place(Manager, Everywhere(ContinuumStage.EarlyImplementation, new string('x', Placement.NoteMaxLength + 1)), Now));
        Assert.False(reflection.View(Perspective.PlanManager).IsPlaced);
    }
}
