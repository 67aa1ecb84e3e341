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
    public void District_leaders_edit_their_plan_again_once_it_is_returned_for_revision()
    {
        Assert.True(PlanAccess.Allows(Accessor.OfDistrict(Role.PlanManager, District), District, PlanStatus.Returned, PlanOperation.Edit));
    }

    [Theory]
    [InlineData(PlanStatus.Submitted)]
    [InlineData(PlanStatus.Approved)]
    [InlineData(PlanStatus.Superseded)]
    public void Nobody_edits_a_plan_that_is_submitted_approved_or_superseded(PlanStatus status)
    {
        Assert.False(PlanAccess.Allows(Accessor.OfDistrict(Role.PlanManager, District), District, status, PlanOperation.Edit));
        Assert.False(PlanAccess.Allows(Accessor.Ese(), District, status, PlanOperation.Edit));
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
