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
