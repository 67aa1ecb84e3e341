using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Reporting;
using Aip.Domain.Reviews;
using Aip.Domain.Versions;
using Aip.Web.Features.Documents;
using static Aip.Web.Tests.Documents.DocumentFixtures;
using static Aip.Web.Tests.Documents.PlanDocumentTests;

namespace Aip.Web.Tests.Documents;

public class ReportDocumentTests
{
    private const string ReviewComment = "Reviewer only: say which walkthroughs you mean.";
    private const string FactualCorrection = "Superintendent only: the coaching started in October.";
    private const string CorrectionAnswer = "Monitor only: the first cycle began on 28 September.";
    private const string ErratumText = "Initiative 1.2's lead is the Director of Curriculum, not the Literacy Coach.";

    private static readonly ReportingPeriod Fall = new(FirstYear, ReportingQuarter.SeptNov);
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset PublishedAt = new(2027, 1, 12, 16, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly FactCheckDue = new(2026, 12, 28);
    private const string AnnualText = "The aggregate PPI rose to 71 against a target of 75.";
    private const string RecommendationsText = "Move the data teams' routine from the Plan Manager to the principals.";
    private static readonly Actor Monitor = new(Guid.NewGuid(), Role.PlanMonitor, "Morgan Reyes");
    private static readonly Actor Ese = new(Guid.NewGuid(), Role.EseStaff, "Dana Whitfield");
    private static readonly Actor Superintendent = new(Guid.NewGuid(), Role.Superintendent, "Pat Lee");
    private static readonly Actor Manager = new(Guid.NewGuid(), Role.PlanManager, "Jo Park");

    private static readonly (ProcessRating Process, PerformanceRating Performance)[] Ratings =
    [
        (ProcessRating.TechnicalImplementation, PerformanceRating.PartiallyReached),
        (ProcessRating.PracticesInPlace, PerformanceRating.Reached),
        (ProcessRating.ProblematicImplementation, PerformanceRating.NotReached),
        (ProcessRating.FullyEmbedded, PerformanceRating.ReachedHighConsistently),
    ];

    private static readonly Lazy<(ProgressReport Report, byte[] Pdf)> PublishedReport = new(() =>
    {
        var report = Published();
        return (report, Render(report));
    });

    private static readonly Lazy<(ProgressReport Report, byte[] Pdf)> DraftReport = new(() =>
    {
        var report = InReview();
        return (report, Render(report));
    });

    [PdfToolsFact]
    public void The_title_page_names_the_district_period_plan_version_monitor_and_publication_date()
    {
        var (report, pdf) = PublishedReport.Value;

        var firstPage = PdfTools.DrawnText(pdf).Split('\f')[0];

        TextAssert.InOrder(Squeezed(firstPage), new[]
        {
            ReportDocument.Title, "District", District, "Reporting period", "September–November 2026 (school year 2026–27)",
            "Plan", report.PlanTitle, "Plan version rated", "Plan version 2", "Plan Monitor", Monitor.Name, "Published", "12 January 2027",
        }.Select(Squeezed));
        Assert.DoesNotContain("DRAFT", PdfTools.Text(pdf), StringComparison.Ordinal);
    }

    [PdfToolsFact]
    public void The_summary_and_the_ratings_table_list_every_initiative_with_both_ratings_by_name()
    {
        var (report, pdf) = PublishedReport.Value;

        var text = Squeezed(PdfTools.DrawnText(pdf));

        TextAssert.InOrder(text, new[]
        {
            ReportDocument.SummaryTitle, "Walkthroughs show coaching in every building.", "Data teams met twice a month.",
            ReportDocument.RatingsTitle, "Initiative", "Process (Improvement Process Stages)", "Performance (Results to date)",
            // A row's cells are drawn one after the other: initiative, process, performance.
            "1.1 Initiative description 1.1 Technical Implementation Partially Reached Performance Goals",
            "1.2 Initiative description 1.2 Practices in Place Reached Performance Goals",
            "1.3 Family literacy nights Added by amendment 1 on 12 October 2026 Problematic Implementation/At-Risk Performance Goals Not Reached",
            "2.1 Initiative description 2.1 Fully Embedded Reached High Performance Goals Consistently",
            "2.2 Initiative description 2.2 Removed by amendment 1 on 12 October 2026 Not rated (removed) Not rated (removed)",
            "3.1 Initiative description 3.1 Technical Implementation Partially Reached Performance Goals",
            "3.2 Initiative description 3.2 Practices in Place Reached Performance Goals",
        }.Select(Squeezed));
        Assert.Equal(7, report.Initiatives.Count);
    }

    [PdfToolsFact]
    public void Each_initiative_prints_its_narrative_and_both_ratings_with_the_Appendix_G_description_and_evidence_under_its_objective()
    {
        var (_, pdf) = PublishedReport.Value;

        // From the first objective on: the ratings table above names the initiatives and their amendments too.
        var all = Squeezed(PdfTools.DrawnText(pdf));
        var text = all[all.IndexOf(Squeezed("Strategic Objective 1:"), StringComparison.Ordinal)..];

        TextAssert.InOrder(text, new[]
        {
            "Strategic Objective 1: Objective statement 1", "Objective 1 moved forward.",
            "Initiative 1.1: Initiative description 1.1", "Coaching cycles ran for 1.1.",
            "Process (Improvement Process Stages): Technical Implementation",
            $"Technical Implementation Stage: {ProcessRating.TechnicalImplementation.Description()}",
            "Supporting evidence", "• Walkthrough data for 1.1 (Evidence, 15 October 2026)",
            "• Minutes of the Highlight Discussion of 20 October 2026 (Highlight Discussion Minutes, 20 October 2026)",
            "Performance (Results to date): Partially Reached Performance Goals",
            $"Partially Reached Performance Goals: {PerformanceRating.PartiallyReached.Description()}",
            "• Outcome of 1.1: 48% against a target of 50% (Benchmark result, 15 November 2026)",
            "Why the rating changed", "The coaches finished their first cycle.",
            "Initiative 1.3: Family literacy nights", "Added by amendment 1 on 12 October 2026",
            "Strategic Objective 2: Objective statement 2",
            "Initiative 2.1: Initiative description 2.1", "Fully Embedded Stage:",
            "Initiative 2.2: Initiative description 2.2", "Removed by amendment 1 on 12 October 2026", ReportDocument.NotRatedRemoved,
        }.Select(Squeezed));
    }

    [PdfToolsFact]
    public void Review_comments_factual_corrections_and_the_monitors_answers_are_never_printed()
    {
        var (report, pdf) = PublishedReport.Value;
        var (draft, draftPdf) = DraftReport.Value;

        Assert.Equal(2, report.Comments.Count);
        Assert.Single(draft.Comments);
        foreach (var text in new[] { PdfTools.Text(pdf), PdfTools.Text(draftPdf) })
        {
            Assert.DoesNotContain("Reviewer only", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Superintendent only", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Monitor only", text, StringComparison.Ordinal);
        }
    }

    [PdfToolsFact]
    public void A_draft_says_DRAFT_on_every_page_and_its_stage_on_the_title_page()
    {
        var (_, pdf) = DraftReport.Value;

        var pages = PdfTools.PageTexts(pdf);

        Assert.True(pages.Count > 2);
        Assert.All(pages, page => Assert.Contains(ReportDocument.DraftMark, page, StringComparison.Ordinal));
        Assert.Contains(Squeezed("Published Draft — not published (stage: Draft in review)"), Squeezed(PdfTools.DrawnText(pdf).Split('\f')[0]), StringComparison.Ordinal);
        Assert.Contains("(draft)", PdfTools.Info(pdf)["Subject"], StringComparison.Ordinal);
    }

    [PdfToolsFact]
    public void An_initiative_not_rated_yet_says_so_in_the_table_and_in_its_section()
    {
        var (_, pdf) = DraftReport.Value;

        var text = Squeezed(PdfTools.DrawnText(pdf));

        Assert.Contains(Squeezed("2.1 Initiative description 2.1 Not rated Not rated"), text, StringComparison.Ordinal);
        var section = text[text.IndexOf(Squeezed("Initiative 2.1: Initiative description 2.1"), StringComparison.Ordinal)..];
        Assert.StartsWith(Squeezed($"Initiative 2.1: Initiative description 2.1 {DocumentText.NotGiven}"), section, StringComparison.Ordinal);
        Assert.Contains(Squeezed("Process (Improvement Process Stages): Not rated Supporting evidence No evidence cited."), section, StringComparison.Ordinal);
        Assert.Contains(Squeezed("Performance (Results to date): Not rated Supporting evidence No evidence cited."), section, StringComparison.Ordinal);
    }

    [PdfToolsFact]
    public void A_published_report_prints_its_errata_and_its_presentation_to_the_School_Committee()
    {
        var (_, pdf) = PublishedReport.Value;

        var text = Squeezed(PdfTools.DrawnText(pdf));

        TextAssert.InOrder(text, new[]
        {
            ReportDocument.ErrataTitle, $"22 January 2027, {Ese.Name}", ErratumText,
            "Presented to the School Committee on 20 January 2027.", ReportDocument.AppendixTitle,
        }.Select(Squeezed));
    }

    [PdfToolsFact]
    public void The_last_page_is_Appendix_G_with_both_scales_word_for_word()
    {
        var (_, pdf) = PublishedReport.Value;

        var lastPage = Squeezed(PdfTools.DrawnText(pdf).Split('\f', StringSplitOptions.RemoveEmptyEntries)[^1]);

        TextAssert.InOrder(lastPage,
        [
            Squeezed(ReportDocument.AppendixTitle),
            Squeezed(RatingScale.Process.Title()), Squeezed(RatingScale.Process.Purpose()),
            // Each level's row: its heading, then its description.
            .. RatingScales.ProcessLevels.Select(l => Squeezed(l.Heading() + l.Description())),
            Squeezed(RatingScale.Performance.Title()), Squeezed(RatingScale.Performance.Purpose()),
            .. RatingScales.PerformanceLevels.Select(l => Squeezed(l.DisplayName() + l.Description())),
        ]);
    }

    [PdfToolsFact]
    public void Bookmarks_lead_to_each_section_and_initiative_and_the_metadata_names_the_report()
    {
        var (report, pdf) = PublishedReport.Value;
        using var document = Open(pdf);

        Assert.Equal(
            [ReportDocument.SummaryTitle, ReportDocument.RatingsTitle, .. report.Objectives.Select(ReportDocument.ObjectiveTitle), ReportDocument.ErrataTitle, ReportDocument.AppendixTitle],
            document.Outlines.Select(o => o.Title));
        Assert.Equal(
            report.Initiatives.Where(i => i.ObjectiveId == report.Objectives[0].ObjectiveId).Select(ReportDocument.InitiativeTitle),
            document.Outlines[2].Outlines.Select(o => o.Title));
        Assert.Equal(["Initiative 2.1: Initiative description 2.1", "Initiative 2.2: Initiative description 2.2"], document.Outlines[3].Outlines.Select(o => o.Title));
        Assert.Equal([RatingScale.Process.Title(), RatingScale.Performance.Title()], document.Outlines[^1].Outlines.Select(o => o.Title));

        var info = PdfTools.Info(pdf);
        Assert.Equal($"{ReportDocument.Title}: {District}, September–November 2026", info["Title"]);
        Assert.Equal(Monitor.Name, info["Author"]);
        Assert.Equal($"{ReportDocument.Title} on {report.PlanTitle}, plan version 2, for September–November 2026", info["Subject"]);
    }

    [PdfToolsFact]
    public void The_years_summative_report_is_titled_so_and_prints_its_own_sections_the_years_ratings_and_the_board()
    {
        var report = Written(rateAll: true, ReportKind.Summative);
        var earlier = Written(rateAll: true);
        report.SendForReview(Now);
        report.SendForFactCheck(Now.AddDays(5));
        report.FinishFactCheck(Superintendent, Now.AddDays(10));
        report.ConfirmPublication(Monitor, FactCheckDue, PublishedAt.AddDays(-1));
        report.ConfirmPublication(Ese, FactCheckDue, PublishedAt);
        report.RecordBoardPresentation(new DateOnly(2027, 1, 26), Ese, new DateOnly(2027, 1, 27));

        var pdf = Renderer.Render(ReportDocument.Compose(report, new ReportDocumentInfo(District, new DateOnly(2027, 1, 27), RatingHistory.Of([earlier]))));

        var text = PdfTools.Text(pdf);
        Assert.Contains(ReportDocument.SummativeTitle, PdfTools.PageTexts(pdf)[0], StringComparison.Ordinal);
        Assert.StartsWith(ReportDocument.SummativeTitle, PdfTools.Info(pdf)["Title"], StringComparison.Ordinal);
        Assert.DoesNotContain(ReportDocument.Title, PdfTools.PageTexts(pdf)[0], StringComparison.Ordinal);
        foreach (var heading in new[] { ReportDocument.YearSummaryTitle, ReportDocument.AnnualPerformanceTitle, ReportDocument.YearRatingsTitle, ReportDocument.YearEndRatingsTitle, ReportDocument.ContinuumTitle, ReportDocument.RecommendationsTitle })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        Assert.Contains(AnnualText, text, StringComparison.Ordinal);
        Assert.Contains(RecommendationsText, text, StringComparison.Ordinal);
        Assert.Contains("Presented to the Board of Elementary and Secondary Education on 26 January 2027.", text, StringComparison.Ordinal);
        // The earlier Quarterly report's period heads a column of the year's ratings.
        Assert.Contains(earlier.Period.DisplayName, text, StringComparison.Ordinal);
    }

    private static byte[] Render(ProgressReport report) =>
        Renderer.Render(ReportDocument.Compose(report, new ReportDocumentInfo(District, new DateOnly(2027, 1, 25))));

    /// <summary>
    /// The report on a three-objective plan approved before the fall period and amended in it (1.3 added, 2.2 removed),
    /// written with every level of both scales and evidence of every kind; 2.1 is left unrated unless <paramref name="rateAll"/>.
    /// </summary>
    private static ProgressReport Written(bool rateAll, ReportKind kind = ReportKind.Quarterly)
    {
        var plan = Plan(3, 2);
        plan.Submit(Role.Superintendent, new DateTimeOffset(2026, 8, 3, 14, 0, 0, TimeSpan.Zero));
        var review = PlanReview.Start(plan, Ese.Id, new DateTimeOffset(2026, 8, 10, 14, 0, 0, TimeSpan.Zero));
        foreach (var criterion in RubricCriterionFacts.All)
        {
            review.Rate(criterion, RubricRating.ReadyToImplement, null);
        }

        review.SetOverall(RubricRating.ReadyToImplement, null);
        var approved = plan.Approve(review, Ese, new DateTimeOffset(2026, 8, 20, 14, 0, 0, TimeSpan.Zero));

        var amendment = plan.StartAmendment("Family literacy nights replace the summer institute.", Manager, new DateTimeOffset(2026, 10, 5, 14, 0, 0, TimeSpan.Zero));
        plan.RemoveInitiative(plan.Objectives[1].Initiatives[1].Id);
        var added = plan.AddInitiative(plan.Objectives[0].Id, "Family literacy nights", "Family engagement lead", "Library staff.");
        plan.AddBenchmark(added.Id, BenchmarkKind.EarlyEvidenceOfChange, "Families attend", "Families per night", "Sign-in sheets", "Monthly", [(new DateOnly(2026, 12, 1), "40")]);
        plan.AddBenchmark(added.Id, BenchmarkKind.ShortTermOutcome, "Reading at home", "Reading logs returned", "Logs", "Monthly", [(new DateOnly(2027, 2, 1), "60%")]);
        plan.AddActivity(added.Id, Quarter.SeptDec, "Hold the first literacy night", "Family engagement lead", new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 5), null);
        var amended = plan.FinishAmendment(amendment, eseApprovalNeeded: false, Manager, new DateTimeOffset(2026, 10, 12, 15, 0, 0, TimeSpan.Zero))!;

        var report = ProgressReport.Begin(plan.DistrictId, Fall, kind, [approved, amended], ReportPrefill.None, Monitor, Now);
        var rated = report.RatedInitiatives.ToList();
        report.Write(new ReportEdit(
            "Walkthroughs show coaching in every building.\n\nData teams met twice a month.",
            report.Objectives.ToDictionary(o => o.ObjectiveId, o => (string?)$"Objective {o.Number} moved forward."),
            rated.Select((entry, index) => (entry, index)).Where(x => rateAll || x.entry.Number != "2.1").ToDictionary(x => x.entry.InitiativeId, x => Edit(x.entry, Ratings[x.index % Ratings.Length])),
            new AnnualEdit(AnnualText, "Transitional Implementation on most sub-areas.", RecommendationsText)));
        return report;
    }

    private static InitiativeEdit Edit(InitiativeEntry entry, (ProcessRating Process, PerformanceRating Performance) rating) => new(
        $"Coaching cycles ran for {entry.Number}.", rating.Process, rating.Performance,
        [
            new Citation(CitationKind.Evidence, Guid.NewGuid(), $"Walkthrough data for {entry.Number}", new DateOnly(2026, 10, 15)),
            new Citation(CitationKind.Minutes, Guid.NewGuid(), "Minutes of the Highlight Discussion of 20 October 2026", new DateOnly(2026, 10, 20)),
        ],
        [new Citation(CitationKind.BenchmarkResult, Guid.NewGuid(), $"Outcome of {entry.Number}: 48% against a target of 50%", new DateOnly(2026, 11, 15))],
        entry.Number == "1.1" ? "The coaches finished their first cycle." : null);

    /// <summary>A draft in review, 2.1 not rated yet, with a reviewer's comment on 1.1.</summary>
    private static ProgressReport InReview()
    {
        var report = Written(rateAll: false);
        report.SendForReview(Now);
        report.Review(ReportPart.Initiative, report.Initiatives[0].InitiativeId, ReviewComment, Ese, Now);
        return report;
    }

    /// <summary>Reviewed, fact-checked (with a correction the monitor answered), published, then given an erratum and presented.</summary>
    private static ProgressReport Published()
    {
        var report = Written(rateAll: true);
        report.SendForReview(Now);
        var comment = report.Review(ReportPart.Initiative, report.Initiatives[0].InitiativeId, ReviewComment, Ese, Now);
        report.Respond(comment.Id, ReportResponse.Accepted, null, Monitor, Now);
        report.SendForFactCheck(Now.AddDays(5));
        var correction = report.Correct(ReportPart.Summary, null, FactualCorrection, Superintendent, Now.AddDays(8));
        report.Respond(correction.Id, ReportResponse.Answered, CorrectionAnswer, Monitor, Now.AddDays(9));
        report.FinishFactCheck(Superintendent, Now.AddDays(10));
        report.ConfirmPublication(Monitor, FactCheckDue, PublishedAt.AddDays(-1));
        report.ConfirmPublication(Ese, FactCheckDue, PublishedAt);
        report.AddErratum(ErratumText, Ese.Name, new DateTimeOffset(2027, 1, 22, 15, 0, 0, TimeSpan.Zero));
        report.RecordPresentation(new DateOnly(2027, 1, 20), Superintendent.Name, new DateOnly(2027, 1, 25));
        return report;
    }
}
