using Aip.Domain.Dashboards;
using Aip.Domain.Monitoring;

namespace Aip.Domain.Tests.Dashboards;

public class DueGroupTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Fact]
    public void The_first_lines_are_the_most_urgent_and_the_rest_are_counted_with_their_overdue_ones()
    {
        var items = DueItem.Ordered(
        [
            new("Later", new Deadline(Today.AddDays(9)), "/a"),
            new("Overdue one", new Deadline(Today.AddDays(-3)), "/b"),
            new("Undated", null, "/c"),
            new("Overdue two", new Deadline(Today.AddDays(-1)), "/d"),
            new("For information", null, "/e", NeedsAction: false),
        ]);
        var group = new DueGroup("Waiting for ESE", "/districts", items);

        var first = group.FirstOf(2, Today);

        Assert.Equal(["Overdue one", "Overdue two"], first.Items.Select(i => i.What));
        Assert.Equal(3, first.Hidden);
        Assert.Equal(0, first.HiddenOverdue);
        Assert.Equal(2, first.Overdue(Today));

        var one = group.FirstOf(1, Today);
        Assert.Equal(4, one.Hidden);
        Assert.Equal(1, one.HiddenOverdue);
        Assert.Equal(2, one.Overdue(Today));
    }

    [Fact]
    public void A_group_within_the_count_is_shown_whole()
    {
        var group = new DueGroup("Riverton", "/districts/1", [new DueItem("Answer", new Deadline(Today), "/a")]);

        Assert.Same(group, group.FirstOf(DueGroup.HomeLines, Today));
        Assert.Equal(0, group.FirstOf(1, Today).Hidden);
        Assert.Throws<ArgumentOutOfRangeException>(() => group.FirstOf(-1, Today));
    }
}
