using Aip.Domain.Common;
using Aip.Domain.Plans;

namespace Aip.Domain.Tests.Plans;

public class PlanTests
{
    private static readonly Guid District = Guid.NewGuid();

    [Fact]
    public void A_new_plan_is_an_empty_draft_with_its_trimmed_title_and_school_years()
    {
        var plan = Plan.Create(District, "  Riverton AIP ", 2026, 2028);

        Assert.Equal((District, "Riverton AIP", 2026, 2028), (plan.DistrictId, plan.Title, plan.FirstSchoolYear, plan.LastSchoolYear));
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.True(plan.IsEditable);
        Assert.Empty(plan.Objectives);
        Assert.Empty(plan.FinalOutcomes);
        Assert.Null(plan.KeyIssues);
    }

    [Theory]
    [InlineData(null, 2026, 2027, "Enter the plan title.")]
    [InlineData("AIP", 1999, 2000, "The first school year must be between 2000 and 2100.")]
    [InlineData("AIP", 2100, 2101, "The last school year must be between 2000 and 2100.")]
    [InlineData("AIP", 2027, 2026, "The last school year cannot be before the first.")]
    [InlineData("AIP", 2026, 2029, "A plan covers at most 3 school years.")]
    public void A_plan_with_a_broken_rule_is_refused_with_a_readable_message(string? title, int first, int last, string message)
    {
        var refusal = Assert.Throws<DomainException>(() => Plan.Create(District, title, first, last));

        Assert.Equal(message, refusal.Message);
    }

    [Fact]
    public void A_plan_needs_a_district()
    {
        var refusal = Assert.Throws<DomainException>(() => Plan.Create(Guid.Empty, "AIP", 2026, 2027));

        Assert.Equal("Choose the district of this plan.", refusal.Message);
    }

    [Theory]
    [InlineData(2026, 2026)]
    [InlineData(2026, 2028)]
    [InlineData(2000, 2000)]
    [InlineData(2100, 2100)]
    public void A_plan_covers_one_to_three_school_years_between_2000_and_2100(int first, int last)
    {
        var plan = Plan.Create(District, "AIP", first, last);

        Assert.Equal((first, last), (plan.FirstSchoolYear, plan.LastSchoolYear));
    }

    [Fact]
    public void A_title_longer_than_its_limit_is_refused()
    {
        Assert.Throws<DomainException>(() => Plan.Create(District, new string('t', Plan.TitleMaxLength + 1), 2026, 2027));
        Assert.Equal(Plan.TitleMaxLength, Plan.Create(District, new string('t', Plan.TitleMaxLength), 2026, 2027).Title.Length);
    }

    [Fact]
    public void Updating_the_details_applies_the_same_rules_and_leaves_the_plan_unchanged_when_refused()
    {
        var plan = Plan.Create(District, "AIP", 2026, 2027);

        Assert.Throws<DomainException>(() => plan.UpdateDetails("Renamed", 2026, 2030));

        Assert.Equal(("AIP", 2026, 2027), (plan.Title, plan.FirstSchoolYear, plan.LastSchoolYear));
        plan.UpdateDetails("Renamed", 2027, 2029);
        Assert.Equal(("Renamed", 2027, 2029), (plan.Title, plan.FirstSchoolYear, plan.LastSchoolYear));
    }

    [Fact]
    public void Section_1_keeps_its_trimmed_texts_and_blank_ones_as_empty()
    {
        var plan = PlanBuilder.Empty();

        plan.UpdateSection1("  Key issues. ", " If we plan together, then results rise. ", "   ");

        Assert.Equal(("Key issues.", "If we plan together, then results rise.", (string?)null), (plan.KeyIssues, plan.TheoryOfAction, plan.WhyTheseObjectives));
    }

    [Fact]
    public void Key_issues_over_1000_words_are_saved_so_the_district_can_cut_them_later()
    {
        var plan = PlanBuilder.Empty();

        plan.UpdateSection1(Words(1043), null, null);

        Assert.Equal(1043, plan.KeyIssuesWordCount);
    }

    [Fact]
    public void Key_issues_over_20000_characters_are_refused()
    {
        var plan = PlanBuilder.Empty();

        var refusal = Assert.Throws<DomainException>(() => plan.UpdateSection1(new string('k', Plan.KeyIssuesMaxLength + 1), null, null));

        Assert.Equal("The explanation of key issues must be 20000 characters or fewer.", refusal.Message);
        Assert.Null(plan.KeyIssues);
    }

    [Fact]
    public void Section_1_texts_at_their_limits_are_accepted_and_longer_ones_refused()
    {
        var plan = PlanBuilder.Empty();

        plan.UpdateSection1(new string('k', Plan.KeyIssuesMaxLength), new string('t', Plan.TheoryOfActionMaxLength), new string('w', Plan.WhyTheseObjectivesMaxLength));

        Assert.Throws<DomainException>(() => plan.UpdateSection1(null, new string('t', Plan.TheoryOfActionMaxLength + 1), null));
        Assert.Throws<DomainException>(() => plan.UpdateSection1(null, null, new string('w', Plan.WhyTheseObjectivesMaxLength + 1)));
        Assert.Equal(Plan.KeyIssuesMaxLength, plan.KeyIssues!.Length);
    }

    [Fact]
    public void The_period_follows_the_school_years()
    {
        var plan = Plan.Create(District, "AIP", 2026, 2027);

        plan.UpdateDetails("AIP", 2027, 2027);

        Assert.Equal((new DateOnly(2027, 7, 1), new DateOnly(2028, 8, 31)), (plan.Period.Start, plan.Period.End));
    }

    internal static string Words(int count) => string.Join(' ', Enumerable.Repeat("word", count));
}
