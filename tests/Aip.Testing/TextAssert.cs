namespace Aip.Testing;

public static class TextAssert
{
    /// <summary>Each part occurs in <paramref name="text"/>, and they occur in the given order.</summary>
    public static void InOrder(string text, IEnumerable<string> parts)
    {
        var found = parts.Select(part => (part, at: text.IndexOf(part, StringComparison.Ordinal))).ToList();
        Assert.Empty(found.Where(f => f.at < 0).Select(f => f.part));
        Assert.Equal(found.OrderBy(f => f.at).Select(f => f.part), found.Select(f => f.part));
    }
}
