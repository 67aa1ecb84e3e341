using System.Globalization;

namespace Aip.Domain.Common;

public static class Dates
{
    /// <summary>"15 May 2031": the form used in messages and documents, whatever the server's culture.</summary>
    public static string Display(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// A <see cref="DateOnly"/> cannot be empty: a date nobody set is 1 January 0001, so that value counts as missing.
    /// </summary>
    public static DateOnly Required(DateOnly date, string what) =>
        date == default ? throw new DomainException($"Enter the {what}.") : date;
}
