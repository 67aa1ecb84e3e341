namespace Aip.Documents.Tests;

public class BlockValidationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void A_heading_level_outside_1_to_3_is_refused(int level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Heading("Title", level));
    }

    [Fact]
    public void A_table_row_with_the_wrong_number_of_cells_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new Table([new TableColumn("A"), new TableColumn("B")], [["1", "2"], ["only one"]]));

        Assert.Contains("Row 1 has 1 cells", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_columns_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Table([], []));
    }

    [Fact]
    public void A_column_width_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableColumn("A", 0));
    }
}
