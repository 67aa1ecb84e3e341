using Aip.Domain.Common;

namespace Aip.Domain.Reporting;

/// <summary>Whether a period's report is a Quarterly Progress Report or the year's Summative report (Appendix L).</summary>
public enum ReportKind
{
    Quarterly = 1,
    Summative = 2,
}

public static class ReportKinds
{
    public const string QuarterlyTitle = "Quarterly Progress Report";
    public const string SummativeTitle = "Summative Report";

    /// <summary>"Quarterly Progress Report" or "Summative Report".</summary>
    public static string Title(this ReportKind kind) => kind == ReportKind.Summative ? SummativeTitle : QuarterlyTitle;
}

/// <summary>The dates by which a period's report moves on: draft, reviews, factual corrections, publication.</summary>
public sealed record ReportDueDates(DateOnly Draft, DateOnly Reviews, DateOnly FactCheck, DateOnly Publication);

/// <summary>
/// ESE's reporting calendar for one school year: which of the four periods is the year's Summative report ("three Quarterly
/// Progress Reports and one Summative report", Appendix L; by default the September one), and how many days after a period
/// ends its draft, its reviews and its factual corrections are due. Every report is published by the end of the month the
/// guidance lists. A year ESE never set reads with the defaults (<see cref="Default"/>).
/// </summary>
public sealed class ReportingYear : Entity
{
    public const int DefaultDraftDays = 14;
    public const int DefaultReviewDays = 7;
    public const int DefaultFactCheckDays = 7;
    public const int MaxDays = 60;

    private ReportingYear()
    {
    }

    public int SchoolYear { get; private set; }

    public ReportingQuarter SummativeQuarter { get; private set; } = ReportingQuarter.JuneAug;

    /// <summary>Days after the period ends by which the monitor sends the draft for review.</summary>
    public int DraftDays { get; private set; } = DefaultDraftDays;

    /// <summary>Days after the draft is due by which ESE and the other monitors have reviewed it.</summary>
    public int ReviewDays { get; private set; } = DefaultReviewDays;

    /// <summary>Days after the reviews are due by which the Superintendent has sent factual corrections.</summary>
    public int FactCheckDays { get; private set; } = DefaultFactCheckDays;

    public static ReportingYear Default(int schoolYear) => new() { SchoolYear = schoolYear };

    public void Set(ReportingQuarter summative, int draftDays, int reviewDays, int factCheckDays)
    {
        if (!Enum.IsDefined(summative))
        {
            throw new DomainException("Choose the period whose report is the year's Summative report.");
        }

        var draft = Days(draftDays, "draft");
        var reviews = Days(reviewDays, "reviews");
        var factCheck = Days(factCheckDays, "factual corrections");
        foreach (var quarter in ReportingPeriod.Quarters)
        {
            var period = new ReportingPeriod(SchoolYear, quarter);
            if (period.Last.AddDays(draft + reviews + factCheck) > PublishBy(period))
            {
                throw new DomainException(
                    $"With these days the factual corrections for {period.DisplayName} would be due after its publication month ({period.PublicationDisplay}); shorten them.");
            }
        }

        (SummativeQuarter, DraftDays, ReviewDays, FactCheckDays) = (summative, draft, reviews, factCheck);
    }

    public ReportDueDates DueDates(ReportingPeriod period)
    {
        var draft = period.Last.AddDays(DraftDays);
        var reviews = draft.AddDays(ReviewDays);
        return new(draft, reviews, reviews.AddDays(FactCheckDays), PublishBy(period));
    }

    /// <summary>
    /// The Summative report covers a school year of the plan; in a year before the plan's first (the spring and summer in
    /// which it was approved) every period has a Quarterly Progress Report.
    /// </summary>
    public ReportKind KindOf(ReportingPeriod period, int planFirstSchoolYear, int planLastSchoolYear) =>
        period.SchoolYear == SchoolYear && period.Quarter == SummativeQuarter
        && period.SchoolYear >= planFirstSchoolYear && period.SchoolYear <= planLastSchoolYear
            ? ReportKind.Summative
            : ReportKind.Quarterly;

    private static DateOnly PublishBy(ReportingPeriod period) => period.PublicationMonth.AddMonths(1).AddDays(-1);

    private static int Days(int days, string what) =>
        days is >= 1 and <= MaxDays ? days : throw new DomainException($"The days for the {what} must be between 1 and {MaxDays}.");
}
