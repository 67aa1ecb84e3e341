using System.Net;
using Aip.Domain.Reporting;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Reports;

/// <summary>
/// The year's Summative report in the screens: the period ESE's calendar names for it is begun like a Quarterly one, covers
/// the year, has its own sections, goes through the same chain and is presented by ESE to the Board. A class (and a database)
/// of its own, because it moves the calendar of the school year the other report tests run in.
/// </summary>
public abstract class SummativeReportWebTests(AipApp app)
{
    private const string EditForm = "main form[method=post][novalidate][action$='/edit']";

    [DbFact]
    public async Task The_summative_report_covers_the_year_has_its_own_sections_and_ese_records_its_presentation_to_the_board()
    {
        var district = await app.AddReportingDistrictAsync();
        using var monitor = await app.NewClient().SignedInAsAsync(district.Monitor);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var superintendent = await app.NewClient().SignedInAsAsync(district.Superintendent);
        using var anonymous = app.NewClient();
        var period = district.Period;

        // ESE's calendar makes the period that ended last the year's Summative one.
        var calendar = await ese.GetPageAsync($"/reporting-calendar/{period.SchoolYear}");
        Assert.Equal(HttpStatusCode.Redirect, (await ese.SubmitAsync(calendar, "main form[method=post]", new() { ["Form.Summative"] = period.Quarter.ToString() })).StatusCode);

        var list = await monitor.GetPageAsync($"/districts/{district.DistrictId}/reports");
        var begun = await monitor.SubmitAsync(list, $"form[action='/districts/{district.DistrictId}/reports']");
        Assert.Equal(HttpStatusCode.Redirect, begun.StatusCode);
        var reportId = await app.WithDbAsync(db => db.ProgressReports.Where(r => r.DistrictId == district.DistrictId).Select(r => r.Id).SingleAsync());
        Assert.Equal(ReportKind.Summative, await app.WithDbAsync(db => db.ProgressReports.Where(r => r.Id == reportId).Select(r => r.Kind).SingleAsync()));

        // The draft starts from the plan's final outcomes (no actual recorded for the year yet) and covers the twelve months to the period's end.
        var edit = await monitor.GetPageAsync($"/reports/{reportId}/edit");
        var covers = period.SpanOf(ReportKind.Summative);
        Assert.Equal($"Summative Report: {period.SchoolYearDisplay} ({covers.DisplayName})", edit.QuerySelector("h1")!.TextContent.Trim());
        var annual = edit.QuerySelector<IHtmlTextAreaElement>("textarea[name='Form.AnnualPerformance']")!.Value;
        Assert.Contains($"No actual recorded yet for {period.SchoolYearDisplay}.", annual, StringComparison.Ordinal);
        Assert.Equal(string.Empty, edit.QuerySelector<IHtmlTextAreaElement>("textarea[name='Form.Recommendations']")!.Value);

        // Sent for review without recommendations: refused, what was typed kept.
        var values = Ratings(edit);
        values["Form.Summary"] = "A year of steady progress: the routines hold in every school.";
        values["Form.AnnualPerformance"] = "The aggregate PPI rose to 71 against a target of 75.";
        values["then"] = "review";
        var refused = await TestClient.ParseAsync(await monitor.SubmitAsync(edit, EditForm, values));
        Assert.Contains("recommendations", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The aggregate PPI rose to 71 against a target of 75.", refused.QuerySelector<IHtmlTextAreaElement>("textarea[name='Form.AnnualPerformance']")!.Value);
        Assert.Equal(ReportStage.Draft, await StageAsync(reportId));

        values["Form.Recommendations"] = "Move the data teams' routine from the Plan Manager to the principals.";
        Assert.Equal(HttpStatusCode.Redirect, (await monitor.SubmitAsync(await monitor.GetPageAsync($"/reports/{reportId}/edit"), EditForm, values)).StatusCode);
        Assert.Equal(ReportStage.InReview, await StageAsync(reportId));

        // ESE comments on the recommendations, a place only the Summative report has.
        var inReview = await ese.GetPageAsync($"/reports/{reportId}");
        Assert.NotNull(inReview.QuerySelector("#recommendations"));
        Assert.NotNull(inReview.QuerySelector("#year-ratings"));
        Assert.Equal(HttpStatusCode.Redirect, (await ese.SubmitAsync(inReview, "#comment-form",
            new() { ["NewComment.Place"] = nameof(ReportPart.Recommendations), ["NewComment.Text"] = "Say who leads each recommendation." })).StatusCode);
        var pinned = await monitor.GetPageAsync($"/reports/{reportId}");
        Assert.Contains("Say who leads each recommendation.", pinned.QuerySelector("#recommendations")!.TextContent, StringComparison.Ordinal);

        // The same chain to publication.
        var commentId = await app.WithDbAsync(db => db.ProgressReportComments.Where(c => c.ReportId == reportId).Select(c => c.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await monitor.SubmitAsync(pinned, $"form[action$='/comments/{commentId}/respond']",
            new() { ["Reply.Response"] = nameof(ReportResponse.Accepted) })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await monitor.SubmitAsync(await monitor.GetPageAsync($"/reports/{reportId}"), "form[action$='/fact-check']")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await superintendent.SubmitAsync(await superintendent.GetPageAsync($"/reports/{reportId}"), "form[action$='/fact-check/done']")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await monitor.SubmitAsync(await monitor.GetPageAsync($"/reports/{reportId}"), "form[action$='/publication']")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ese.SubmitAsync(await ese.GetPageAsync($"/reports/{reportId}"), "form[action$='/publication']")).StatusCode);
        Assert.Equal(ReportStage.Published, await StageAsync(reportId));

        // The Board: ESE records it, a date in the future is refused next to the field; the superintendent may not.
        var published = await superintendent.GetPageAsync($"/reports/{reportId}");
        Assert.Null(published.QuerySelector("form[action$='/board-presentation']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await superintendent.PostAsync($"/reports/{reportId}/board-presentation", new() { ["BoardPresentation.On"] = "2026-01-01" })).StatusCode);
        var esePage = await ese.GetPageAsync($"/reports/{reportId}");
        var future = await TestClient.ParseAsync(await ese.SubmitAsync(esePage, "form[action$='/board-presentation']", new() { ["BoardPresentation.On"] = "2099-01-01" }));
        Assert.Contains("Board meeting falls between", future.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2099-01-01", future.QuerySelector<IHtmlInputElement>("input[name='BoardPresentation.On']")!.Value);
        Assert.Equal(HttpStatusCode.Redirect, (await ese.SubmitAsync(esePage, "form[action$='/board-presentation']")).StatusCode);
        Assert.NotNull(await app.WithDbAsync(db => db.ProgressReports.Where(r => r.Id == reportId).Select(r => r.PresentedToBoardOn).SingleAsync()));
        var userId = await app.UserIdAsync(district.Superintendent);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == userId && n.Message.Contains("to the Board"))));

        // The public reads it with its own sections and the Board's date, as a page and as a PDF named for the year.
        var archive = await anonymous.GetPageAsync($"/archive/{reportId}");
        Assert.StartsWith("Summative Report", archive.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Move the data teams' routine", archive.QuerySelector("#recommendations")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Presented to the Board of Elementary and Secondary Education", archive.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Say who leads each recommendation.", archive.Body!.TextContent, StringComparison.Ordinal);
        var pdf = await anonymous.Http.GetAsync(new Uri($"/archive/{reportId}/pdf", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"{district.Code}-summative-report-{period.SchoolYear}.pdf", pdf.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Every initiative rated, the first source offered cited for both ratings.</summary>
    private static Dictionary<string, string> Ratings(IHtmlDocument edit)
    {
        var values = new Dictionary<string, string>();
        foreach (var hidden in edit.QuerySelectorAll<IHtmlInputElement>("input[type=hidden][name$='.InitiativeId']"))
        {
            var prefix = hidden.Name![..^".InitiativeId".Length];
            values[prefix + ".Process"] = nameof(ProcessRating.PracticesInPlace);
            values[prefix + ".Performance"] = nameof(PerformanceRating.PartiallyReached);
            foreach (var scale in new[] { "Process", "Performance" })
            {
                var source = edit.QuerySelector<IHtmlInputElement>($"input[type=checkbox][name='{prefix}.{scale}Evidence']");
                values[$"{prefix}.{scale}Evidence"] = source?.Value ?? string.Empty;
            }
        }

        return values;
    }

    private Task<ReportStage> StageAsync(Guid reportId) => app.WithDbAsync(db => db.ProgressReports.Where(r => r.Id == reportId).Select(r => r.Stage).SingleAsync());
}

public sealed class SummativeReportWebOnSqlite(SqliteApp app) : SummativeReportWebTests(app), IClassFixture<SqliteApp>;

public sealed class SummativeReportWebOnPostgres(PostgresApp app) : SummativeReportWebTests(app), IClassFixture<PostgresApp>;

public sealed class SummativeReportWebOnSqlServer(SqlServerApp app) : SummativeReportWebTests(app), IClassFixture<SqlServerApp>;
