using Aip.Domain.Common;

namespace Aip.Domain.People;

/// <summary>The signed-in person taking a step, as the record of the step keeps them: who, in which role, by name.</summary>
public sealed record Actor
{
    public Actor(Guid id, Role role, string name)
    {
        if (id == Guid.Empty)
        {
            throw new DomainException("A step needs the person who takes it.");
        }

        (Id, Role, Name) = (id, role, Text.Required(name, "name", 200));
    }

    public Guid Id { get; }

    public Role Role { get; }

    public string Name { get; }
}
