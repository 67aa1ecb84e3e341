namespace Aip.Domain.Versions;

/// <summary>
/// One field of an item as the two versions have it, labelled as the template labels it ("Initiative lead").
/// Null means the version has no value: the item is not in it, or the field was left empty.
/// </summary>
public sealed record FieldChange(string Field, string? Old, string? New);
