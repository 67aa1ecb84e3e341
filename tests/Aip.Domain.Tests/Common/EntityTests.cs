using Aip.Domain.Common;
using Aip.Domain.Districts;

namespace Aip.Domain.Tests.Common;

public class EntityTests
{
    [Fact]
    public void Each_entity_gets_its_own_key_and_a_new_token_on_every_rotation()
    {
        var first = District.Create("One", "ONE", 4, null);
        var second = District.Create("Two", "TWO", 4, null);
        var token = first.ConcurrencyToken;

        first.RotateConcurrencyToken();

        Assert.NotEqual(first.Id, second.Id);
        Assert.NotEqual(token, first.ConcurrencyToken);
    }
}

public class NewGuidsTests
{
    [Fact]
    public void New_guids_are_distinct_random_version_4_guids_across_several_refills()
    {
        var guids = Enumerable.Range(0, 2000).Select(_ => NewGuids.Next()).ToList();

        Assert.Equal(guids.Count, guids.Distinct().Count());
        Assert.All(guids, g => Assert.Equal(4, g.Version));
        Assert.All(guids, g => Assert.Equal(0x80, g.ToByteArray()[8] & 0xC0));
    }
}
