using Aip.Domain.People;
using Aip.Domain.Plans;

namespace Aip.Domain.Tests.Plans;

public class PlanAccessTests
{
    private static readonly Guid District = Guid.NewGuid();

    [Theory]
    [InlineData(Role.Superintendent)]
    [InlineData(Role.PlanManager)]
    public void District_leaders_edit_and_steer_their_own_editable_plan(Role role)
    {
        var leader = Accessor.OfDistrict(role, District);

        Assert.True(PlanAccess.Allows(leader, District, true, PlanOperation.Edit));
        Assert.True(PlanAccess.Allows(leader, District, true, PlanOperation.Steer));
        Assert.False(PlanAccess.Allows(leader, Guid.NewGuid(), true, PlanOperation.Edit));
        Assert.False(PlanAccess.Allows(leader, Guid.NewGuid(), true, PlanOperation.Steer));
        Assert.False(PlanAccess.Allows(leader, Guid.NewGuid(), true, PlanOperation.Read));
    }

    [Fact]
    public void Nobody_edits_a_plan_the_workflow_has_closed_but_its_leaders_still_steer_it()
    {
        var leader = Accessor.OfDistrict(Role.Superintendent, District);

        Assert.False(PlanAccess.Allows(leader, District, false, PlanOperation.Edit));
        Assert.False(PlanAccess.Allows(Accessor.Ese(), District, false, PlanOperation.Edit));
        Assert.True(PlanAccess.Allows(leader, District, false, PlanOperation.Steer));
    }

    [Fact]
    public void Ese_staff_and_the_assigned_monitor_read_but_do_not_edit_or_steer()
    {
        foreach (var reader in new[] { Accessor.Ese(), Accessor.Monitor(District) })
        {
            Assert.True(PlanAccess.Allows(reader, District, true, PlanOperation.Read));
            Assert.False(PlanAccess.Allows(reader, District, true, PlanOperation.Edit));
            Assert.False(PlanAccess.Allows(reader, District, true, PlanOperation.Steer));
        }
    }

    [Fact]
    public void Only_ese_staff_review()
    {
        Assert.True(PlanAccess.Allows(Accessor.Ese(), District, false, PlanOperation.Review));
        Assert.False(PlanAccess.Allows(Accessor.Monitor(District), District, false, PlanOperation.Review));
        Assert.False(PlanAccess.Allows(Accessor.OfDistrict(Role.Superintendent, District), District, false, PlanOperation.Review));
    }

    [Fact]
    public void A_monitor_of_another_district_does_not_read()
    {
        Assert.False(PlanAccess.Allows(Accessor.Monitor(Guid.NewGuid()), District, true, PlanOperation.Read));
    }

    [Fact]
    public void A_decided_review_is_read_by_everyone_who_reads_the_plan_one_in_progress_only_by_ese()
    {
        var readers = new[] { Accessor.OfDistrict(Role.Superintendent, District), Accessor.OfDistrict(Role.PlanManager, District), Accessor.Monitor(District) };

        Assert.All(readers, reader => Assert.True(PlanAccess.AllowsReview(reader, District, reviewIsDecided: true)));
        Assert.All(readers, reader => Assert.False(PlanAccess.AllowsReview(reader, District, reviewIsDecided: false)));
        Assert.True(PlanAccess.AllowsReview(Accessor.Ese(), District, reviewIsDecided: false));
        Assert.False(PlanAccess.AllowsReview(Accessor.OfDistrict(Role.Superintendent, Guid.NewGuid()), District, reviewIsDecided: true));
    }
}
