using Aip.Domain.People;

namespace Aip.Domain.Tests.People;

/// <summary>People taking steps in tests.</summary>
public static class Actors
{
    public static Actor As(Role role) => new(Guid.NewGuid(), role, $"A {role.DisplayName()}");
}
