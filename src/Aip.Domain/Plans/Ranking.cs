using Aip.Domain.Common;

namespace Aip.Domain.Plans;

/// <summary>
/// Keeps ranks 1..n without gaps. Works from the ranks, never from the list order, because EF Core loads a
/// collection in no particular order.
/// </summary>
internal static class Ranking
{
    public static IReadOnlyList<T> InRankOrder<T>(this List<T> items)
        where T : class, IRanked => [.. items.OrderBy(item => item.Rank)];

    public static int NextRank<T>(this List<T> items)
        where T : class, IRanked => items.Count + 1;

    public static void Remove<T>(List<T> items, T item)
        where T : class, IRanked
    {
        items.Remove(item);
        Renumber(items.InRankOrder());
    }

    public static void Move<T>(List<T> items, T item, int newRank)
        where T : class, IRanked
    {
        if (newRank < 1 || newRank > items.Count)
        {
            throw new DomainException($"Choose a rank between 1 and {items.Count}.");
        }

        var ordered = items.OrderBy(i => i.Rank).Where(i => !ReferenceEquals(i, item)).ToList();
        ordered.Insert(newRank - 1, item);
        Renumber(ordered);
    }

    private static void Renumber<T>(IReadOnlyList<T> ordered)
        where T : class, IRanked
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Rank = i + 1;
        }
    }
}
