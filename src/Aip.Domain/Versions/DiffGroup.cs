namespace Aip.Domain.Versions;

/// <summary>
/// The entries of one part of the template, for one table of the diff screen: "Plan details", "Section 1: Explanation
/// of key issues", one per objective ("Objective 2: Raise the quality of…", with its initiatives, their benchmarks
/// and activities) and "Final outcomes".
/// </summary>
public sealed record DiffGroup(string Title, IReadOnlyList<DiffEntry> Entries);
