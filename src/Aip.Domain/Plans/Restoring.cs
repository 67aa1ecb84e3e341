namespace Aip.Domain.Plans;

/// <summary>
/// Brings a list of a plan's items back to what a version holds, item by item and by id: items the version does not
/// hold go, items it holds come back under their own ids if they were removed, and every item takes the version's
/// values and place. Ids are kept so that what refers to an item from outside the plan (benchmark results, evidence
/// links, report ratings, review comments, the version diff) still finds it (ADR 0006).
/// </summary>
internal static class Restoring
{
    public static void Reconcile<TItem, TContent>(
        List<TItem> items, IReadOnlyList<TContent> contents, Func<TContent, Guid> idOf, Func<TContent, TItem> restore, Action<TItem, TContent, int> take)
        where TItem : Common.Entity
    {
        var kept = contents.Select(idOf).ToHashSet();
        items.RemoveAll(item => !kept.Contains(item.Id));
        for (var i = 0; i < contents.Count; i++)
        {
            var content = contents[i];
            var item = items.Find(x => x.Id == idOf(content));
            if (item is null)
            {
                item = restore(content);
                items.Add(item);
            }

            take(item, content, i + 1);
        }
    }
}
