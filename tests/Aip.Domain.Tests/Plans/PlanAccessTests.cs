using Aip.Domain.People;
using Aip.Domain.Plans;

namespace Aip.Domain.Tests.Plans;

public class PlanAccessTests
{
    private static readonly Guid District = Guid.NewGuid();

    [Theory]
    [InlineData(Role.Superintendent)]
    [InlineData(Role.PlanManager)]
    public void District_leaders_edit_their_own_draft(Role role)
    {
        var leader = Accessor.OfDistrict(role, District);

        Assert.True(PlanAccess.Allows(leader, District, PlanStatus.Draft, PlanOperation.Edit));
        Assert.False(PlanAccess.Allows(leader, Guid.NewGuid(), PlanStatus.Draft, PlanOperation.Edit));
        Assert.False(PlanAccess.Allows(leader, Guid.NewGuid(), PlanStatus.Draft, PlanOperation.Read));
    }

    [Fact]
    public void Nobody_edits_a_plan_that_is_not_a_draft()
    {
        Assert.False(PlanAccess.Allows(Accessor.OfDistrict(Role.PlanManager, District), District, (PlanStatus)2, PlanOperation.Edit));
    }

    [Fact]
    public void Ese_staff_and_the_assigned_monitor_read_but_do_not_edit()
    {
        foreach (var reader in new[] { Accessor.Ese(), Accessor.Monitor(District) })
        {
            Assert.True(PlanAccess.Allows(reader, District, PlanStatus.Draft, PlanOperation.Read));
            Assert.False(PlanAccess.Allows(reader, District, PlanStatus.Draft, PlanOperation.Edit));
        }
    }

    [Fact]
    public void A_monitor_of_another_district_does_not_read()
    {
        Assert.False(PlanAccess.Allows(Accessor.Monitor(Guid.NewGuid()), District, PlanStatus.Draft, PlanOperation.Read));
    }
}
