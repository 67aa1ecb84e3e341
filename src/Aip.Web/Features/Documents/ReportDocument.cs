using Aip.Documents;
using Aip.Domain.Common;
using Aip.Domain.Reporting;

namespace Aip.Web.Features.Documents;

/// <summary>
/// What the report PDF names besides the report itself: the district, the day printed, and for the Summative report the
/// ratings of the year's published Quarterly reports.
/// </summary>
public sealed record ReportDocumentInfo(string DistrictName, DateOnly PrintedOn, RatingHistory? YearRatings = null);

/// <summary>
/// A Quarterly Progress Report (guidance §8, Appendix G) as the public document: the title page, the narrative summary of
/// overall progress, the ratings of every initiative at a glance, the narrative of each strategic objective and of its
/// initiatives with both ratings and their supporting evidence, the errata, the School Committee presentation and, last,
/// the two Appendix G scales word for word so a reader can check what a rating means. Review comments and factual
/// corrections belong to the drafting and are never printed. A report not yet published says DRAFT on every page. The
/// year's Summative report adds, after the summary of the year's progress and challenges, the analysis of annual performance
/// data and the year's Quarterly ratings per initiative, and after the objectives the continuum toward exit and the
/// recommendations; its presentation to the Board is printed with the School Committee's.
/// </summary>
public static class ReportDocument
{
    public const string Title = ReportKinds.QuarterlyTitle;
    public const string SummativeTitle = ReportKinds.SummativeTitle;
    public const string NotRated = "Not rated";
    public const string NotRatedRemoved = "Not rated (removed)";
    public const string SummaryTitle = "Summary of overall progress";
    public const string YearSummaryTitle = "Progress and challenges across the year";
    public const string AnnualPerformanceTitle = "Annual performance data";
    public const string YearRatingsTitle = "The year's Quarterly Progress Report ratings";
    public const string ContinuumTitle = "The continuum toward exit";
    public const string RecommendationsTitle = "Recommendations";
    public const string RatingsTitle = "Ratings of the initiatives";
    public const string YearEndRatingsTitle = "Ratings at the year's end";
    public const string ErrataTitle = "Errata";
    public const string AppendixTitle = "Appendix G: Rating scales";

    /// <summary>The marking a report not yet published carries in the header of every page and on its title page.</summary>
    public const string DraftMark = "DRAFT — not published";

    private const string ProcessColumn = "Process (Improvement Process Stages)";
    private const string PerformanceColumn = "Performance (Results to date)";

    public static DocumentSpec Compose(ProgressReport report, ReportDocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(info);
        var kind = report.KindTitle;
        var period = report.CoverageName;
        var published = report.Stage == ReportStage.Published;
        // The draft marking leads the header's bold line, where a reader of any page sees it first.
        var header = published
            ? new PageHeader(info.DistrictName, $"{kind}, {period}", Dates.Display(info.PrintedOn))
            : new PageHeader($"{DraftMark} · {info.DistrictName}", $"{kind}, {period} ({report.Stage.DisplayName()})", Dates.Display(info.PrintedOn));
        return new DocumentSpec
        {
            Title = $"{kind}: {info.DistrictName}, {period}",
            Author = report.MonitorName,
            Subject = $"{kind} on {report.PlanTitle}, plan version {report.PlanVersionNumber}, for {period}{(published ? string.Empty : " (draft)")}",
            Header = header,
            Watermark = published ? null : "DRAFT",
            Blocks =
            [
                .. TitlePage(report, info, kind), .. Summary(report), .. Annual(report, info), .. RatingsTable(report), .. Objectives(report),
                .. Closing(report), .. Errata(report), .. Presentation(report), .. AppendixG(),
            ],
        };
    }

    /// <summary>The title of an initiative's part of the report, as its heading and bookmark show it.</summary>
    public static string InitiativeTitle(InitiativeEntry initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return $"Initiative {initiative.Number}: {initiative.Description}";
    }

    /// <summary>The title of an objective's part of the report, as its heading and bookmark show it.</summary>
    public static string ObjectiveTitle(ObjectiveEntry objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return $"Strategic Objective {objective.Number}: {objective.Statement}";
    }

    private static IEnumerable<Block> TitlePage(ProgressReport report, ReportDocumentInfo info, string kind)
    {
        yield return new Heading(kind, Bookmark: false);
        if (report.Stage != ReportStage.Published)
        {
            yield return new Paragraph($"{DraftMark} ({report.Stage.DisplayName()})", TextStyle.Bold);
        }

        yield return new DefinitionList(
        [
            new Definition("District", info.DistrictName),
            report.IsSummative
                ? new Definition("School year", $"{report.Period.SchoolYearDisplay} ({report.Covers.DisplayName})")
                : new Definition("Reporting period", $"{report.Period.DisplayName} (school year {report.Period.SchoolYearDisplay})"),
            new Definition("Plan", report.PlanTitle),
            new Definition("Plan version rated", $"Plan version {report.PlanVersionNumber}"),
            new Definition("Plan Monitor", report.MonitorName),
            new Definition("Published", report.PublishedAt is { } at
                ? Dates.Display(at)
                : $"Draft — not published (stage: {report.Stage.DisplayName()})"),
            new Definition("Printed", Dates.Display(info.PrintedOn)),
        ]);
        yield return new Paragraph(
            report.IsSummative
                ? "ESE's annual report summarizing the district's progress and challenges on its Accelerated Improvement Plan, including an analysis of "
                  + "annual performance data. Each initiative is rated at the year's end for Process and for Performance on the rubric of Appendix G, printed on the last page."
                : "A formative assessment of the district's progress on its Accelerated Improvement Plan in the period. Each initiative is rated for "
                  + "Process and for Performance on the rubric of Appendix G, printed on the last page.",
            TextStyle.Small);
        yield return new PageBreak();
    }

    private static IEnumerable<Block> Summary(ProgressReport report)
    {
        yield return new Heading(report.IsSummative ? YearSummaryTitle : SummaryTitle);
        foreach (var block in Narrative(report.Summary))
        {
            yield return block;
        }
    }

    /// <summary>The Summative report's analysis of annual performance data and the year's Quarterly ratings per initiative.</summary>
    private static IEnumerable<Block> Annual(ProgressReport report, ReportDocumentInfo info)
    {
        if (!report.IsSummative)
        {
            yield break;
        }

        yield return new Heading(AnnualPerformanceTitle);
        foreach (var block in Narrative(report.AnnualPerformance))
        {
            yield return block;
        }

        yield return new Heading(YearRatingsTitle);
        if (info.YearRatings is not { Periods.Count: > 0 } history)
        {
            yield return new Paragraph("No Quarterly Progress Report of the year has been published.", TextStyle.Italic);
            yield break;
        }

        foreach (var (scale, name) in new[] { (RatingScale.Process, ProcessColumn), (RatingScale.Performance, PerformanceColumn) })
        {
            yield return new Paragraph(name, TextStyle.Bold);
            yield return new Table(
                [new TableColumn("Initiative", 2.4), .. history.Periods.Select(p => new TableColumn(p.DisplayName, 2.1))],
                [.. history.Rows.Select(row => (IReadOnlyList<string>)
                [
                    $"{row.Number} {row.Description}",
                    .. row.Cells.Select(c => (scale == RatingScale.Process ? c.Process?.DisplayName() : c.Performance?.DisplayName()) ?? (c.InReport ? NotRated : "Not in the plan")),
                ])]);
        }
    }

    /// <summary>The Summative report's continuum toward exit and its recommendations.</summary>
    private static IEnumerable<Block> Closing(ProgressReport report)
    {
        if (!report.IsSummative)
        {
            yield break;
        }

        foreach (var (title, text) in new[] { (ContinuumTitle, report.ContinuumPosition), (RecommendationsTitle, report.Recommendations) })
        {
            yield return new Heading(title);
            foreach (var block in Narrative(text))
            {
                yield return block;
            }
        }
    }

    private static IEnumerable<Block> RatingsTable(ProgressReport report)
    {
        yield return new Heading(report.IsSummative ? YearEndRatingsTitle : RatingsTitle);
        yield return new Table(
            [new TableColumn("Initiative", 3.4), new TableColumn(ProcessColumn, 2.4), new TableColumn(PerformanceColumn, 2.6)],
            [.. InReportOrder(report).Select(i => (IReadOnlyList<string>)
            [
                i.Change is { } change ? $"{i.Number} {i.Description}\n{change}" : $"{i.Number} {i.Description}",
                i.Removed ? NotRatedRemoved : i.Process?.DisplayName() ?? NotRated,
                i.Removed ? NotRatedRemoved : i.Performance?.DisplayName() ?? NotRated,
            ])]);
    }

    private static IEnumerable<Block> Objectives(ProgressReport report)
    {
        foreach (var objective in report.Objectives)
        {
            yield return new Heading(ObjectiveTitle(objective));
            foreach (var block in Narrative(objective.Narrative))
            {
                yield return block;
            }

            foreach (var initiative in report.Initiatives.Where(i => i.ObjectiveId == objective.ObjectiveId))
            {
                foreach (var block in Initiative(initiative))
                {
                    yield return block;
                }
            }
        }

        // An amendment that removed a whole objective leaves its initiatives without a section of their own.
        var orphans = Orphans(report).ToList();
        if (orphans.Count > 0)
        {
            yield return new Heading("Initiatives removed with their objective");
            foreach (var block in orphans.SelectMany(Initiative))
            {
                yield return block;
            }
        }
    }

    private static IEnumerable<Block> Initiative(InitiativeEntry initiative)
    {
        List<Block> opening = [new Heading(InitiativeTitle(initiative), Level: 2)];
        if (initiative.Change is { } change)
        {
            opening.Add(new Paragraph(change, TextStyle.Italic));
        }

        if (initiative.Removed)
        {
            opening.Add(new Paragraph(NotRatedRemoved, TextStyle.Italic));
            yield return new KeepTogether(opening);
            yield break;
        }

        // The heading stays with the narrative and the first rating, so a page never ends on an initiative's title alone.
        opening.AddRange(Narrative(initiative.Narrative));
        opening.Add(Rating(
            ProcessColumn, initiative.Process is { } process ? (process.DisplayName(), $"{process.Heading()}: {process.Description()}") : null,
            initiative.ProcessEvidence));
        yield return new KeepTogether(opening);
        yield return Rating(
            PerformanceColumn, initiative.Performance is { } performance ? (performance.DisplayName(), $"{performance.DisplayName()}: {performance.Description()}") : null,
            initiative.PerformanceEvidence);
        if (initiative.ChangeNote is { } note)
        {
            yield return new KeepTogether([new Paragraph("Why the rating changed", TextStyle.Bold), .. DocumentText.Paragraphs(note).Select(p => new Paragraph(p))]);
        }
    }

    /// <summary>One rating with the level's Appendix G description and its supporting evidence, kept on one page where it fits.</summary>
    private static KeepTogether Rating(string scale, (string Name, string Description)? level, IReadOnlyList<Citation> evidence) => new(
    [
        new Heading($"{scale}: {level?.Name ?? NotRated}", Level: 3, Bookmark: false),
        .. level is { Description: var description } ? [new Paragraph(description, TextStyle.Italic)] : Array.Empty<Block>(),
        new Paragraph("Supporting evidence", TextStyle.Bold),
        evidence.Count == 0
            ? new Paragraph("No evidence cited.", TextStyle.Italic)
            : new Paragraph(string.Join("\n", evidence.Select(c => $"• {c.Label} ({c.Kind.DisplayName()}, {Dates.Display(c.On)})")), TextStyle.Small),
    ]);

    private static IEnumerable<Block> Errata(ProgressReport report)
    {
        if (report.Errata.Count == 0)
        {
            yield break;
        }

        yield return new Heading(ErrataTitle);
        yield return new Paragraph("Corrections made after publication. The report above is printed as it was published.", TextStyle.Small);
        foreach (var erratum in report.Errata)
        {
            yield return new Paragraph($"{Dates.Display(erratum.At)}, {erratum.ByName}", TextStyle.Bold);
            yield return new Paragraph(erratum.Text);
        }
    }

    private static IEnumerable<Block> Presentation(ProgressReport report)
    {
        if (report.PresentedToCommitteeOn is { } on)
        {
            yield return new Spacer(8);
            yield return new Paragraph($"Presented to the School Committee on {Dates.Display(on)}.", TextStyle.Bold);
        }

        if (report.PresentedToBoardOn is { } board)
        {
            yield return new Paragraph($"Presented to the Board of Elementary and Secondary Education on {Dates.Display(board)}.", TextStyle.Bold);
        }
    }

    /// <summary>Both scales on a page of their own, in Appendix G's words.</summary>
    private static IEnumerable<Block> AppendixG()
    {
        yield return new PageBreak();
        yield return new Heading(AppendixTitle);
        yield return Scale(RatingScale.Process, RatingScales.ProcessLevels.Select(l => (l.Heading(), l.Description())));
        yield return Scale(RatingScale.Performance, RatingScales.PerformanceLevels.Select(l => (l.DisplayName(), l.Description())));
    }

    private static KeepTogether Scale(RatingScale scale, IEnumerable<(string Heading, string Description)> levels) => new(
    [
        new Heading(scale.Title(), Level: 2),
        new Paragraph(scale.Purpose(), TextStyle.Italic),
        new Table([new TableColumn("Level", 1.8), new TableColumn("Description", 6)], [.. levels.Select(l => (IReadOnlyList<string>)[l.Heading, l.Description])]),
    ]);

    /// <summary>The text split into paragraphs at blank lines, or "Not given" when it is empty.</summary>
    private static IEnumerable<Block> Narrative(string? text)
    {
        var paragraphs = DocumentText.Paragraphs(text);
        return paragraphs.Count == 0
            ? [new Paragraph(DocumentText.NotGiven, TextStyle.Italic)]
            : paragraphs.Select(p => new Paragraph(p));
    }

    /// <summary>The initiatives in the order of their objectives (removed ones last within theirs), then those whose objective is gone.</summary>
    private static IEnumerable<InitiativeEntry> InReportOrder(ProgressReport report) =>
        report.Objectives.SelectMany(o => report.Initiatives.Where(i => i.ObjectiveId == o.ObjectiveId)).Concat(Orphans(report));

    private static IEnumerable<InitiativeEntry> Orphans(ProgressReport report) =>
        report.Initiatives.Where(i => !report.Objectives.Any(o => o.ObjectiveId == i.ObjectiveId));
}
