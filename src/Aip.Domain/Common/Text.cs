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
}
