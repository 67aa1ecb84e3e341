using Aip.Domain.Dashboards;
using Aip.Domain.Plans;

namespace Aip.Domain.Tests.Reporting;

public class PortfolioTableTests
{
    private static PortfolioRow Row(string name, PlanStatus? status, int overdue, int final = 0, int onTime = 0) =>
        new(Guid.NewGuid(), name, name[..3].ToUpperInvariant(), 4, null, status, null, null, final, onTime, null, [0, 0, 0, 0], [0, 0, 0, 0], 0, overdue);

    [Fact]
    public void Rows_filter_by_name_or_code_and_status_sort_with_empty_values_last_and_page_by_25()
    {
        var rows = new[] { Row("Riverton", PlanStatus.Approved, 2, 4, 3), Row("Lakeside", PlanStatus.Submitted, 0), Row("Ashby", null, 5, 2, 2) };

        Assert.Equal(["Lakeside"], PortfolioTable.Filter(rows, "lak", null).Select(r => r.Name));
        Assert.Equal(["Riverton"], PortfolioTable.Filter(rows, null, PlanStatus.Approved).Select(r => r.Name));
        Assert.Equal(["Ashby", "Riverton", "Lakeside"], PortfolioTable.Sort(rows, PortfolioSort.Overdue, descending: true).Select(r => r.Name));
        Assert.Equal(["Riverton", "Ashby", "Lakeside"], PortfolioTable.Sort(rows, PortfolioSort.OnTime, descending: false).Select(r => r.Name));
        Assert.Equal(75, rows[0].OnTimePercent);
        Assert.Null(rows[1].OnTimePercent);

        var many = Enumerable.Range(1, 60).Select(i => Row($"District {i:00}", null, 0)).ToList();
        Assert.Equal(3, PortfolioTable.Pages(many.Count));
        Assert.Equal(10, PortfolioTable.Page(many, 3).Count);
        Assert.Equal(10, PortfolioTable.Page(many, 99).Count);
        Assert.Equal(1, PortfolioTable.Pages(0));
    }

    [Fact]
    public void The_csv_quotes_what_needs_quoting_and_never_starts_a_cell_with_a_formula()
    {
        var csv = PortfolioTable.Csv([Row("=HYPERLINK(\"x\"), Inc", PlanStatus.Approved, 1)]);

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("\"'=HYPERLINK(\"\"x\"\"), Inc\",'=HY", lines[1], StringComparison.Ordinal);
    }
}
