using Aip.Domain.People;

namespace Aip.Domain.Tests.People;

public class MembershipTests
{
    [Theory]
    [InlineData(Role.Superintendent)]
    [InlineData(Role.PlanManager)]
    public void District_roles_need_a_district(Role role)
    {
        Assert.Equal($"Choose the district of this {role.DisplayName()}.", Membership.Problem(role, null));
        Assert.Null(Membership.Problem(role, Guid.NewGuid()));
    }

    [Theory]
    [InlineData(Role.PlanMonitor)]
    [InlineData(Role.EseStaff)]
    public void Other_roles_belong_to_no_district(Role role)
    {
        Assert.Null(Membership.Problem(role, null));
        Assert.NotNull(Membership.Problem(role, Guid.NewGuid()));
    }

    [Fact]
    public void Roles_use_the_names_of_the_guidance()
    {
        Assert.Equal(["Superintendent", "Plan Manager", "Plan Monitor", "ESE staff"], RoleFacts.All.Select(r => r.DisplayName()));
    }

    [Fact]
    public void Only_the_people_who_oversee_districts_must_use_a_second_factor()
    {
        Assert.Equal([Role.PlanMonitor, Role.EseStaff], RoleFacts.All.Where(r => r.NeedsSecondFactor()));
    }
}
