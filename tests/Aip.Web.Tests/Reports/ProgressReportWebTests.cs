using System.Net;
using Aip.Domain.Reporting;
using Aip.Web.Tests.Authorization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Reports;

/// <summary>A Quarterly Progress Report through its chain in the screens, each role in turn, with the refusals on the way.</summary>
public abstract class ProgressReportWebTests(AipApp app)
{
    private const string EditForm = "main form[method=post][novalidate][action$='/edit']";

    [DbFact]
    public async Task The_report_goes_from_the_monitors_prefilled_draft_through_review_and_factual_corrections_to_publication_and_the_public_archive()
    {
        var district = await app.AddReportingDistrictAsync();
        using var monitor = await app.NewClient().SignedInAsAsync(district.Monitor);
        using var otherMonitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var superintendent = await app.NewClient().SignedInAsAsync(district.Superintendent);
        using var anonymous = app.NewClient();

        // The monitor begins the period's report and lands on the draft, with Appendix G's descriptions beside each level.
        var list = await monitor.GetPageAsync($"/districts/{district.DistrictId}/reports");
        var begun = await monitor.SubmitAsync(list, $"form[action='/districts/{district.DistrictId}/reports']");
        Assert.Equal(HttpStatusCode.Redirect, begun.StatusCode);
        var editUrl = begun.Headers.Location!.OriginalString;
        var reportId = await app.WithDbAsync(db => db.ProgressReports.Where(r => r.DistrictId == district.DistrictId).Select(r => r.Id).SingleAsync());
        Assert.Equal($"/reports/{reportId}/edit", editUrl);
        var edit = await monitor.GetPageAsync(editUrl);
        Assert.Contains(ProcessRating.FullyEmbedded.Description(), edit.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(PerformanceRating.ReachedHighConsistently.Description(), edit.Body!.TextContent, StringComparison.Ordinal);

        // District people do not read the draft; a monitor of another district reads it only once it is in review.
        await superintendent.GetPageAsync($"/reports/{reportId}", HttpStatusCode.Forbidden);
        await otherMonitor.GetPageAsync($"/reports/{reportId}", HttpStatusCode.Forbidden);
        await otherMonitor.GetPageAsync(editUrl, HttpStatusCode.Forbidden);

        // Rated on both scales, every rating with the period's plan as its evidence; sent for review.
        var values = Ratings(edit, cite: true);
        values["Form.Summary"] = "Instructional expectations are posted in every school; data teams meet weekly.";
        values["then"] = "review";
        var sent = await monitor.SubmitAsync(edit, EditForm, values);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(ReportStage.InReview, await StageAsync(reportId));
        Assert.True(await NotifiedAsync(Demo.Monitor, reportId), "Every monitor hears of a draft to review.");
        Assert.True(await NotifiedAsync(Demo.Ese, reportId));

        // The other monitor and ESE pin comments; the superintendent still cannot read it.
        var inReview = await otherMonitor.GetPageAsync($"/reports/{reportId}");
        var place = inReview.QuerySelectorAll<IHtmlOptionElement>("select[name='NewComment.Place'] option").Skip(1).Last().Value;
        var empty = await otherMonitor.SubmitAsync(inReview, "#comment-form", new() { ["NewComment.Place"] = place, ["NewComment.Text"] = "" });
        Assert.Equal("Write the comment.", (await TestClient.ParseAsync(empty)).QuerySelector("#error-NewComment_Text")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await otherMonitor.SubmitAsync(inReview, "#comment-form",
            new() { ["NewComment.Place"] = place, ["NewComment.Text"] = "Which walkthroughs back Practices in Place?" })).StatusCode);
        await superintendent.GetPageAsync($"/reports/{reportId}", HttpStatusCode.Forbidden);

        // The monitor cannot send it on with the comment open; answers it; sends it to the superintendent.
        var details = await monitor.GetPageAsync($"/reports/{reportId}");
        var early = await monitor.SubmitAsync(details, "form[action$='/fact-check']");
        Assert.Contains("1 review comment waits for your answer", (await TestClient.ParseAsync(early)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var commentId = await app.WithDbAsync(db => db.ProgressReportComments.Where(c => c.ReportId == reportId).Select(c => c.Id).SingleAsync());
        var unsure = await monitor.SubmitAsync(details, $"form[action$='/comments/{commentId}/respond']", new() { ["Reply.Text"] = "The October walks." });
        var unsurePage = await TestClient.ParseAsync(unsure);
        Assert.Equal("Say whether you accept the comment or answer it.", unsurePage.QuerySelector($"#error-Reply-{commentId}_Text")!.TextContent.Trim());
        Assert.Equal("The October walks.", unsurePage.QuerySelector<IHtmlTextAreaElement>($"#Reply-{commentId}_Text")!.Value);
        var answered = await monitor.SubmitAsync(details, $"form[action$='/comments/{commentId}/respond']",
            new() { ["Reply.Response"] = nameof(ReportResponse.Answered), ["Reply.Text"] = "The October learning walks in all six schools." });
        Assert.True(HttpStatusCode.Redirect == answered.StatusCode, (await TestClient.ParseAsync(answered)).QuerySelector(".error-summary")?.OuterHtml);
        Assert.Equal(HttpStatusCode.Redirect, (await monitor.SubmitAsync(await monitor.GetPageAsync($"/reports/{reportId}"), "form[action$='/fact-check']")).StatusCode);
        Assert.Equal(ReportStage.FactCheck, await StageAsync(reportId));
        Assert.True(await NotifiedAsync(district.Superintendent, reportId));

        // The superintendent reads it without the reviewers' comments and sends a correction of fact.
        var factCheck = await superintendent.GetPageAsync($"/reports/{reportId}");
        Assert.DoesNotContain("Which walkthroughs back", factCheck.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await superintendent.SubmitAsync(factCheck, "#comment-form",
            new() { ["NewComment.Place"] = "Summary", ["NewComment.Text"] = "Data teams meet every week since October, not September." })).StatusCode);

        // Publication waits for the correction's answer and the superintendent's word (or the due date).
        var blocked = await monitor.SubmitAsync(await monitor.GetPageAsync($"/reports/{reportId}"), "form[action$='/publication']");
        var why = (await TestClient.ParseAsync(blocked)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("1 factual correction waits for the monitor", why, StringComparison.Ordinal);
        Assert.Contains("has until", why, StringComparison.Ordinal);
        var correctionId = await app.WithDbAsync(db => db.ProgressReportComments
            .Where(c => c.ReportId == reportId && c.Kind == ReportCommentKind.FactualCorrection).Select(c => c.Id).SingleAsync());
        var accepted = await monitor.SubmitAsync(await monitor.GetPageAsync($"/reports/{reportId}"),
            $"form[action$='/comments/{correctionId}/respond']", new() { ["Reply.Response"] = nameof(ReportResponse.Accepted) });
        Assert.True(HttpStatusCode.Redirect == accepted.StatusCode, (await TestClient.ParseAsync(accepted)).QuerySelector(".error-summary, .field-error")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await superintendent.SubmitAsync(await superintendent.GetPageAsync($"/reports/{reportId}"), "form[action$='/fact-check/done']")).StatusCode);

        // Two confirmations: the monitor's, a refused second one, ESE's, which publishes.
        Assert.Equal(HttpStatusCode.Redirect, (await monitor.SubmitAsync(await monitor.GetPageAsync($"/reports/{reportId}"), "form[action$='/publication']")).StatusCode);
        Assert.Equal(ReportStage.FactCheck, await StageAsync(reportId));
        Assert.Null((await monitor.GetPageAsync($"/reports/{reportId}")).QuerySelector("form[action$='/publication']"));
        var twice = await monitor.PostAsync($"/reports/{reportId}/publication", new() { ["concurrencyToken"] = await TokenAsync(reportId) });
        Assert.Contains("already confirmed publication", (await TestClient.ParseAsync(twice)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ese.SubmitAsync(await ese.GetPageAsync($"/reports/{reportId}"), "form[action$='/publication']")).StatusCode);
        Assert.Equal(ReportStage.Published, await StageAsync(reportId));
        Assert.True(await NotifiedAsync(district.Superintendent, reportId));

        // Published: immutable (an erratum instead), in the public archive without the comments, as a page and a PDF.
        var refused = await monitor.PostAsync(editUrl, new() { ["Form.Summary"] = "Changed after publication.", ["Form.ConcurrencyToken"] = await TokenAsync(reportId) });
        Assert.Contains("published and cannot change", (await TestClient.ParseAsync(refused)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ese.SubmitAsync(await ese.GetPageAsync($"/reports/{reportId}"), "form[action$='/errata']",
            new() { ["Erratum.Text"] = "Initiative 1.1's narrative names October, not September." })).StatusCode);
        var archive = await anonymous.GetPageAsync("/archive");
        Assert.NotNull(archive.QuerySelector($"a[href='/archive/{reportId}']"));
        var page = await anonymous.GetPageAsync($"/archive/{reportId}");
        Assert.Contains("Instructional expectations are posted in every school", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("names October, not September", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Which walkthroughs back", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Data teams meet every week since October", page.Body!.TextContent, StringComparison.Ordinal);
        var pdf = await anonymous.Http.GetAsync(new Uri($"/archive/{reportId}/pdf", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }

    [DbFact]
    public async Task A_rating_without_evidence_cannot_be_published_and_the_reviewers_see_the_consistency_flags()
    {
        var district = await app.AddReportingDistrictAsync();
        using var monitor = await app.NewClient().SignedInAsAsync(district.Monitor);
        var begun = await monitor.SubmitAsync(await monitor.GetPageAsync($"/districts/{district.DistrictId}/reports"), $"form[action='/districts/{district.DistrictId}/reports']");
        var edit = await monitor.GetPageAsync(begun.Headers.Location!.OriginalString);
        var values = Ratings(edit, cite: false, process: nameof(ProcessRating.FullyEmbedded), performance: nameof(PerformanceRating.NotReached));
        values["Form.Summary"] = "A summary.";
        Assert.Equal(HttpStatusCode.Redirect, (await monitor.SubmitAsync(edit, EditForm, values)).StatusCode);
        var reportId = await app.WithDbAsync(db => db.ProgressReports.Where(r => r.DistrictId == district.DistrictId).Select(r => r.Id).SingleAsync());

        var details = await monitor.GetPageAsync($"/reports/{reportId}");

        var blockers = details.QuerySelector("#steps-heading")!.ParentElement!.TextContent;
        Assert.Contains("the process rating cites no evidence", blockers, StringComparison.Ordinal);
        Assert.Contains("the performance rating cites no evidence", blockers, StringComparison.Ordinal);
        Assert.Contains("“Fully Embedded” with “Performance Goals Not Reached”", details.QuerySelector("#flags-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.WithDbAsync(db => db.ProgressReports.Where(r => r.Id == reportId && r.Stage == ReportStage.Published).ToListAsync()));
    }

    [DbFact]
    public async Task Only_the_districts_monitor_begins_its_report_once_and_the_archive_never_shows_a_draft()
    {
        var district = await app.AddReportingDistrictAsync();
        using var monitor = await app.NewClient().SignedInAsAsync(district.Monitor);
        using var otherMonitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);
        using var anonymous = app.NewClient();
        var period = district.Period.Key;

        var stranger = await otherMonitor.PostAsync($"/districts/{district.DistrictId}/reports", new() { ["period"] = period });
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await monitor.PostAsync($"/districts/{district.DistrictId}/reports", new() { ["period"] = period })).StatusCode);
        var again = await monitor.PostAsync($"/districts/{district.DistrictId}/reports", new() { ["period"] = period });
        Assert.Contains("has already been begun", (await TestClient.ParseAsync(again)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var future = await monitor.PostAsync($"/districts/{district.DistrictId}/reports", new() { ["period"] = district.Period.Next.Next.Key });
        Assert.Contains("A report is begun for the period that ended last", (await TestClient.ParseAsync(future)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var reportId = await app.WithDbAsync(db => db.ProgressReports.Where(r => r.DistrictId == district.DistrictId).Select(r => r.Id).SingleAsync());
        await anonymous.GetPageAsync($"/archive/{reportId}", HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync(new Uri($"/archive/{reportId}/pdf", UriKind.Relative))).StatusCode);
        Assert.Null((await anonymous.GetPageAsync("/archive")).QuerySelector($"a[href='/archive/{reportId}']"));
        Assert.True((await anonymous.Http.GetAsync(new Uri($"/reports/{reportId}", UriKind.Relative))).IsRedirectToSignIn());
    }

    [DbFact]
    public async Task Another_districts_leader_finds_and_reads_a_published_report_without_a_link_to_that_districts_list_they_may_not_open()
    {
        var (reportId, districtId) = await app.WithDbAsync(async db =>
        {
            var riverton = await db.Districts.Where(d => d.Code == Demo.District).Select(d => d.Id).SingleAsync();
            return (await db.ProgressReports.Where(r => r.Stage == ReportStage.Published && r.DistrictId == riverton).Select(r => r.Id).FirstAsync(), riverton);
        });
        using var lakeside = await app.NewClient().SignedInAsAsync(Demo.OtherManager);
        using var riverton = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var page = await lakeside.GetPageAsync($"/reports/{reportId}");
        var list = await lakeside.GetPageAsync("/reports");

        Assert.Contains("Riverton Public Schools", page.QuerySelector("nav[aria-label=Breadcrumb]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"a[href='/districts/{districtId}/reports']"));
        Assert.NotNull(list.QuerySelector($"a[href='/reports/{reportId}']"));
        Assert.Null(list.QuerySelector($"a[href='/districts/{districtId}/reports']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await lakeside.Http.GetAsync(new Uri($"/districts/{districtId}/reports", UriKind.Relative))).StatusCode);
        Assert.NotNull((await riverton.GetPageAsync($"/reports/{reportId}")).QuerySelector($"nav[aria-label=Breadcrumb] a[href='/districts/{districtId}/reports']"));
    }

    [DbFact]
    public async Task A_step_the_person_may_take_at_another_stage_never_shows_a_draft_they_may_not_read()
    {
        var district = await app.AddReportingDistrictAsync();
        using var monitor = await app.NewClient().SignedInAsAsync(district.Monitor);
        using var superintendent = await app.NewClient().SignedInAsAsync(district.Superintendent);
        using var otherMonitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);
        Assert.Equal(HttpStatusCode.Redirect, (await monitor.PostAsync($"/districts/{district.DistrictId}/reports", new() { ["period"] = district.Period.Key })).StatusCode);
        var reportId = await app.WithDbAsync(db => db.ProgressReports.Where(r => r.DistrictId == district.DistrictId).Select(r => r.Id).SingleAsync());

        // A draft: the superintendent's and the other monitor's steps are refused before anything is shown.
        Assert.Equal(HttpStatusCode.Forbidden, (await superintendent.PostAsync($"/reports/{reportId}/fact-check/done")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await superintendent.PostAsync($"/reports/{reportId}/presentation", new() { ["Presentation.On"] = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await superintendent.PostAsync($"/reports/{reportId}/corrections", new() { ["NewComment.Place"] = "Summary", ["NewComment.Text"] = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherMonitor.PostAsync($"/reports/{reportId}/comments", new() { ["NewComment.Place"] = "Summary", ["NewComment.Text"] = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await superintendent.Http.GetAsync(new Uri($"/reports/{reportId}/pdf", UriKind.Relative))).StatusCode);
    }

    [DbFact]
    public async Task A_comment_sent_from_a_page_read_before_the_report_moved_on_is_refused_with_what_was_typed()
    {
        var district = await app.AddReportingDistrictAsync();
        using var monitor = await app.NewClient().SignedInAsAsync(district.Monitor);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var edit = await monitor.GetPageAsync((await monitor.PostAsync($"/districts/{district.DistrictId}/reports", new() { ["period"] = district.Period.Key })).Headers.Location!.OriginalString);
        var values = Ratings(edit, cite: true);
        values["Form.Summary"] = "A summary.";
        values["then"] = "review";
        Assert.Equal(HttpStatusCode.Redirect, (await monitor.SubmitAsync(edit, EditForm, values)).StatusCode);
        var reportId = await app.WithDbAsync(db => db.ProgressReports.Where(r => r.DistrictId == district.DistrictId).Select(r => r.Id).SingleAsync());
        var read = await ese.GetPageAsync($"/reports/{reportId}");

        // The monitor sends it on to the superintendent while ESE is typing.
        Assert.Equal(HttpStatusCode.Redirect, (await monitor.SubmitAsync(await monitor.GetPageAsync($"/reports/{reportId}"), "form[action$='/fact-check']")).StatusCode);
        var late = await ese.SubmitAsync(read, "#comment-form", new() { ["NewComment.Place"] = "Summary", ["NewComment.Text"] = "A late thought on the summary." });

        var page = await TestClient.ParseAsync(late);
        Assert.Contains("The review is over", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.WithDbAsync(db => db.ProgressReportComments.Where(c => c.ReportId == reportId).ToListAsync()));
    }

    [DbFact]
    public async Task Ese_sets_the_reporting_calendar_and_an_impossible_one_is_refused_with_what_was_typed()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        const int Year = 2031;
        var page = await ese.GetPageAsync($"/reporting-calendar/{Year}");

        var refused = await ese.SubmitAsync(page, "main form[method=post]", new() { ["Form.DraftDays"] = "60", ["Form.ReviewDays"] = "60", ["Form.FactCheckDays"] = "60" });

        var shown = await TestClient.ParseAsync(refused);
        Assert.Contains("would be due after its publication month", shown.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("60", shown.QuerySelector<IHtmlInputElement>("input[name='Form.DraftDays']")!.Value);
        var saved = await ese.SubmitAsync(page, "main form[method=post]", new() { ["Form.Summative"] = nameof(ReportingQuarter.MarchMay), ["Form.DraftDays"] = "10" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var year = await app.WithDbAsync(db => db.ReportingYears.SingleAsync(y => y.SchoolYear == Year));
        Assert.Equal((ReportingQuarter.MarchMay, 10), (year.SummativeQuarter, year.DraftDays));
        var blank = await ese.SubmitAsync(await ese.GetPageAsync($"/reporting-calendar/{Year}"), "main form[method=post]", new() { ["Form.ReviewDays"] = "" });
        Assert.NotNull((await TestClient.ParseAsync(blank)).QuerySelector("#error-Form_ReviewDays"));
    }

    /// <summary>Every initiative rated; with <paramref name="cite"/>, the first source offered cited for both ratings.</summary>
    private static Dictionary<string, string> Ratings(IHtmlDocument edit, bool cite, string process = nameof(ProcessRating.PracticesInPlace), string performance = nameof(PerformanceRating.PartiallyReached))
    {
        var values = new Dictionary<string, string>();
        foreach (var hidden in edit.QuerySelectorAll<IHtmlInputElement>("input[type=hidden][name$='.InitiativeId']"))
        {
            var prefix = hidden.Name![..^".InitiativeId".Length];
            values[prefix + ".Process"] = process;
            values[prefix + ".Performance"] = performance;
            foreach (var scale in new[] { "Process", "Performance" })
            {
                var source = edit.QuerySelector<IHtmlInputElement>($"input[type=checkbox][name='{prefix}.{scale}Evidence']");
                values[$"{prefix}.{scale}Evidence"] = cite && source is not null ? source.Value : string.Empty;
            }
        }

        return values;
    }

    private Task<ReportStage> StageAsync(Guid reportId) => app.WithDbAsync(db => db.ProgressReports.Where(r => r.Id == reportId).Select(r => r.Stage).SingleAsync());

    private async Task<string> TokenAsync(Guid reportId) =>
        (await app.WithDbAsync(db => db.ProgressReports.Where(r => r.Id == reportId).Select(r => r.ConcurrencyToken).SingleAsync())).ToString();

    private async Task<bool> NotifiedAsync(string email, Guid reportId)
    {
        var userId = await app.UserIdAsync(email);
        return await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == userId && n.Link.StartsWith($"/reports/{reportId}")));
    }
}

public sealed class ProgressReportWebOnSqlite(SqliteApp app) : ProgressReportWebTests(app), IClassFixture<SqliteApp>;

public sealed class ProgressReportWebOnPostgres(PostgresApp app) : ProgressReportWebTests(app), IClassFixture<PostgresApp>;

public sealed class ProgressReportWebOnSqlServer(SqlServerApp app) : ProgressReportWebTests(app), IClassFixture<SqlServerApp>;
