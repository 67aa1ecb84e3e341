namespace Aip.Domain.Common;

public static class Text
{
    /// <summary>Trims the value and turns blank text into null, so "  " never counts as an answer.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string Required(string? value, string what, int maxLength)
    {
        var cleaned = Clean(value) ?? throw new DomainException($"Enter the {what}.");
        return cleaned.Length > maxLength
            ? throw new DomainException($"The {what} must be {maxLength} characters or fewer.")
            : cleaned;
    }

    public static string? Optional(string? value, string what, int maxLength)
    {
        var cleaned = Clean(value);
        return cleaned is { Length: var length } && length > maxLength
            ? throw new DomainException($"The {what} must be {maxLength} characters or fewer.")
            : cleaned;
    }

    /// <summary>The text cut to <paramref name="maxLength"/> characters, ending in "…" when it was longer.</summary>
    public static string Shorten(string value, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= maxLength ? value : value[..(maxLength - 1)] + "…";
    }

    /// <summary>The lines people typed, trimmed, without the bullets they put in front, blank ones left out.</summary>
    public static IEnumerable<string> Lines(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.TrimStart('-', '*', '•', '·', ' ', '\t'))
            .Where(line => line.Length > 0);
    }
}
