using Aip.Domain.Common;
using Aip.Domain.Districts;

namespace Aip.Domain.Tests.Districts;

public class DistrictTests
{
    [Fact]
    public void A_new_district_keeps_its_trimmed_name_and_an_upper_case_code()
    {
        var district = District.Create("  Riverton Public Schools ", " riv-1 ", 4, "  ");

        Assert.Equal("Riverton Public Schools", district.Name);
        Assert.Equal("RIV-1", district.Code);
        Assert.Equal(4, district.Level.Value);
        Assert.Null(district.Notes);
    }

    [Theory]
    [InlineData(null, "RIV", 4, "Enter the district name.")]
    [InlineData("Riverton", " ", 4, "Enter the district code.")]
    [InlineData("Riverton", "RIV 1", 4, "The district code may contain only letters, digits and hyphens.")]
    [InlineData("Riverton", "<b>", 4, "The district code may contain only letters, digits and hyphens.")]
    [InlineData("Riverton", "RIV", 0, "The accountability level must be between 1 and 5.")]
    [InlineData("Riverton", "RIV", 6, "The accountability level must be between 1 and 5.")]
    public void A_district_with_a_broken_rule_is_refused_with_a_readable_message(string? name, string code, int level, string message)
    {
        var refusal = Assert.Throws<DomainException>(() => District.Create(name, code, level, null));

        Assert.Equal(message, refusal.Message);
    }

    [Fact]
    public void Text_longer_than_its_limit_is_refused()
    {
        Assert.Throws<DomainException>(() => District.Create(new string('a', District.NameMaxLength + 1), "RIV", 4, null));
        Assert.Throws<DomainException>(() => District.Create("Riverton", new string('A', District.CodeMaxLength + 1), 4, null));
        Assert.Throws<DomainException>(() => District.Create("Riverton", "RIV", 4, new string('n', District.NotesMaxLength + 1)));
    }

    [Fact]
    public void Text_at_its_limit_is_accepted()
    {
        var district = District.Create(new string('a', District.NameMaxLength), new string('A', District.CodeMaxLength), 4, new string('n', District.NotesMaxLength));

        Assert.Equal(District.NameMaxLength, district.Name.Length);
    }

    [Fact]
    public void Updating_applies_the_same_rules_and_leaves_the_district_unchanged_when_refused()
    {
        var district = District.Create("Riverton", "RIV", 4, null);

        Assert.Throws<DomainException>(() => district.Update("Renamed", "RIV", 9, null));

        Assert.Equal("Riverton", district.Name);
        district.Update("Renamed", "rnm", 3, "note");
        Assert.Equal(("Renamed", "RNM", 3, "note"), (district.Name, district.Code, district.Level.Value, district.Notes));
    }

    [Theory]
    [InlineData(1, "Level 1 — meeting gap-closing goals")]
    [InlineData(4, "Level 4 — lowest performing, not improving")]
    [InlineData(5, "Level 5 — chronically underperforming (receivership)")]
    public void Each_accountability_level_describes_itself(int level, string description)
    {
        Assert.Equal(description, AccountabilityLevel.From(level).Description);
        Assert.Equal($"Level {level}", AccountabilityLevel.From(level).ToString());
    }
}
