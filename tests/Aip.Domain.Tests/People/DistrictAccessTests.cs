using Aip.Domain.Common;
using Aip.Domain.People;

namespace Aip.Domain.Tests.People;

public class DistrictAccessTests
{
    private static readonly Guid Own = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    [Theory]
    [InlineData(Role.Superintendent)]
    [InlineData(Role.PlanManager)]
    public void District_leaders_read_and_change_their_own_district_only(Role role)
    {
        var leader = Accessor.OfDistrict(role, Own);

        Assert.True(DistrictAccess.Allows(leader, Own, DistrictOperation.Read));
        Assert.True(DistrictAccess.Allows(leader, Own, DistrictOperation.Change));
        Assert.False(DistrictAccess.Allows(leader, Other, DistrictOperation.Read));
        Assert.False(DistrictAccess.Allows(leader, Other, DistrictOperation.Change));
    }

    [Fact]
    public void A_monitor_reads_assigned_districts_and_changes_none()
    {
        var monitor = Accessor.Monitor(Own);

        Assert.True(DistrictAccess.Allows(monitor, Own, DistrictOperation.Read));
        Assert.False(DistrictAccess.Allows(monitor, Own, DistrictOperation.Change));
        Assert.False(DistrictAccess.Allows(monitor, Other, DistrictOperation.Read));
    }

    [Fact]
    public void A_monitor_without_assignments_reads_nothing()
    {
        Assert.False(DistrictAccess.Allows(Accessor.Monitor(), Own, DistrictOperation.Read));
    }

    [Fact]
    public void Ese_staff_read_and_change_every_district()
    {
        Assert.True(DistrictAccess.Allows(Accessor.Ese(), Own, DistrictOperation.Change));
        Assert.True(DistrictAccess.Allows(Accessor.Ese(), Other, DistrictOperation.Read));
    }

    [Fact]
    public void Only_district_roles_belong_to_a_district()
    {
        Assert.Throws<DomainException>(() => Accessor.OfDistrict(Role.PlanMonitor, Own));
        Assert.Throws<DomainException>(() => Accessor.OfDistrict(Role.EseStaff, Own));
    }
}
