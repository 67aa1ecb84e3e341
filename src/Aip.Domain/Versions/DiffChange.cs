namespace Aip.Domain.Versions;

/// <summary>What happened to an item between two versions of a plan, matched by its id.</summary>
public enum DiffChange
{
    Added = 1,
    Removed = 2,
    Changed = 3,
}
