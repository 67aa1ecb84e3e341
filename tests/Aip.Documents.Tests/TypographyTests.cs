using Aip.Documents.Layout;

namespace Aip.Documents.Tests;

/// <summary>
/// A render keeps the widths and wrapped lines it has worked out (<see cref="Typography"/>): what it hands back for a text
/// must be what a fresh measurement in that font and at that width gives.
/// </summary>
public class TypographyTests
{
    private const string Text =
        "Lessons in classrooms with English learners show a posted language objective and at least two planned scaffolds.";

    public TypographyTests() => PdfEngine.EnsureConfigured();

    [Fact]
    public void A_text_wrapped_again_at_another_width_or_in_another_font_is_wrapped_for_that_width_and_font()
    {
        using var type = new Typography();
        var wide = type.Wrap(Text, type.Body, 400);
        var narrow = type.Wrap(Text, type.Body, 120);
        var heading = type.Wrap(Text, type.Heading(1), 400);

        Assert.True(narrow.Count > wide.Count, $"{narrow.Count} lines at 120 pt, {wide.Count} at 400 pt");
        Assert.True(heading.Count > wide.Count, $"{heading.Count} lines in the heading font, {wide.Count} in the body font");
        Assert.Equal(wide, type.Wrap(Text, type.Body, 400));
        using var fresh = new Typography();
        Assert.Equal(fresh.Wrap(Text, fresh.Body, 120), narrow);
        Assert.Equal(fresh.Wrap(Text, fresh.Heading(1), 400), heading);
    }

    [Fact]
    public void A_word_measured_in_one_font_is_measured_anew_in_another()
    {
        using var type = new Typography();
        var regular = type.Measure("Objective", type.Body);
        var bold = type.Measure("Objective", type.BodyBold);

        Assert.True(bold > regular, $"bold {bold} pt, regular {regular} pt");
        Assert.Equal(regular, type.Measure("Objective", type.Body));
        using var fresh = new Typography();
        Assert.Equal(fresh.Measure("Objective", fresh.BodyBold), bold, 6);
    }
}
