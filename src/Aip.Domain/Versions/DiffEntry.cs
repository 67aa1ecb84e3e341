namespace Aip.Domain.Versions;

/// <summary>
/// One added, removed or changed item of the plan. <see cref="Label"/> names it as the newer version does (as the
/// older one does when it was removed): "Initiative 2.3", "Activity of initiative 1.2: Coaches model the…".
/// <see cref="Depth"/> is 0 for plan-level items (details, Section 1, objectives, final outcomes), 1 for an
/// initiative and 2 for a benchmark or activity; <see cref="ParentId"/> is the objective of an initiative or the
/// initiative of a benchmark or activity. <see cref="Fields"/> holds the changed fields of a changed item and the
/// filled-in fields of an added or removed one.
/// </summary>
public sealed record DiffEntry(
    DiffItem Item,
    Guid? Id,
    Guid? ParentId,
    int Depth,
    string Label,
    DiffChange Change,
    IReadOnlyList<FieldChange> Fields);
