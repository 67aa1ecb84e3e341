using System.Globalization;

namespace Aip.Domain.Common;

public static class Dates
{
    /// <summary>Massachusetts time: moments are stored in UTC and shown as the people of the districts and ESE live them.</summary>
    public static TimeZoneInfo Local { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>"15 May 2031": the form used in messages and documents, whatever the server's culture.</summary>
    public static string Display(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The day a moment falls on in Massachusetts.</summary>
    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Local).DateTime);

    /// <summary>The day of a moment in Massachusetts, as <see cref="Display(DateOnly)"/> writes it.</summary>
    public static string Display(DateTimeOffset at) => Display(Day(at));

    /// <summary>"15 May 2031, 14:05": a moment in Massachusetts time, for records of who did what when.</summary>
    public static string DisplayWithTime(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Local).ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The moment a Massachusetts wall-clock date and time stands for (a time skipped by the spring change reads as standard time).</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Local.GetUtcOffset(local));
    }

    /// <summary>The Massachusetts wall-clock time of a moment.</summary>
    public static TimeOnly TimeOfDay(DateTimeOffset at) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Local).DateTime);

    /// <summary>
    /// A <see cref="DateOnly"/> cannot be empty: a date nobody set is 1 January 0001, so that value counts as missing.
    /// </summary>
    public static DateOnly Required(DateOnly date, string what) =>
        date == default ? throw new DomainException($"Enter the {what}.") : date;
}
