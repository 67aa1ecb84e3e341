using Aip.Domain.People;
using Aip.Domain.RoadToExit;

namespace Aip.Domain.Tests.RoadToExit;

public class ExitAccessTests
{
    private static readonly Guid Own = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    [Fact]
    public void District_people_reach_their_own_district_monitors_their_assigned_ones_and_ese_every_one()
    {
        Assert.True(ExitAccess.Allows(Accessor.OfDistrict(Role.Superintendent, Own), Own, ExitOperation.Read));
        Assert.False(ExitAccess.Allows(Accessor.OfDistrict(Role.Superintendent, Own), Other, ExitOperation.Read));
        Assert.True(ExitAccess.Allows(Accessor.Monitor(Own), Own, ExitOperation.Read));
        Assert.False(ExitAccess.Allows(Accessor.Monitor(Own), Other, ExitOperation.PlaceView));
        Assert.True(ExitAccess.Allows(Accessor.Ese(), Other, ExitOperation.Read));
        Assert.False(ExitAccess.Allows(null, Own, ExitOperation.Read));
    }

    [Fact]
    public void Each_role_writes_its_own_view_and_only_ese_records_the_exit_criteria()
    {
        Assert.Equal(Perspective.District, ExitAccess.ViewOf(Accessor.OfDistrict(Role.Superintendent, Own), Own));
        Assert.Equal(Perspective.PlanManager, ExitAccess.ViewOf(Accessor.OfDistrict(Role.PlanManager, Own), Own));
        Assert.Equal(Perspective.Monitor, ExitAccess.ViewOf(Accessor.Monitor(Own), Own));
        Assert.Null(ExitAccess.ViewOf(Accessor.Ese(), Own));
        Assert.Null(ExitAccess.ViewOf(Accessor.Monitor(Own), Other));

        Assert.True(ExitAccess.Allows(Accessor.OfDistrict(Role.PlanManager, Own), Own, ExitOperation.OpenReflection));
        Assert.False(ExitAccess.Allows(Accessor.OfDistrict(Role.Superintendent, Own), Own, ExitOperation.OpenReflection));
        Assert.False(ExitAccess.Allows(Accessor.Monitor(Own), Own, ExitOperation.OpenReflection));
        Assert.True(ExitAccess.Allows(Accessor.Ese(), Own, ExitOperation.RecordExitCriteria));
        Assert.False(ExitAccess.Allows(Accessor.OfDistrict(Role.PlanManager, Own), Own, ExitOperation.RecordExitCriteria));
        Assert.False(ExitAccess.Allows(Accessor.Monitor(Own), Own, ExitOperation.RecordExitCriteria));
    }
}
