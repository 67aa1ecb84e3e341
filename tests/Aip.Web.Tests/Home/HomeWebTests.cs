using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Home;

/// <summary>Each role's home page says what is due, with the deadline and a link to the exact place to act, from the demo data.</summary>
public abstract class HomeWebTests(AipApp app)
{
    [DbFact]
    public async Task The_plan_manager_sees_the_overdue_request_first_and_the_published_report_to_present()
    {
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var lines = Lines(await manager.GetPageAsync("/"));

        var first = lines.First(l => l.Action);
        Assert.StartsWith("Answer the monitor's request for", first.Text, StringComparison.Ordinal);
        Assert.Contains("overdue by", first.Text, StringComparison.Ordinal);
        Assert.Matches("^/plans/[0-9a-f-]+/requests#request-[0-9a-f-]+$", first.Link);
        var present = Assert.Single(lines, l => l.Text.StartsWith("Present the published report for", StringComparison.Ordinal));
        var reportId = await app.WithDbAsync(db => db.ProgressReports.Where(r => r.PresentedToCommitteeOn == null && r.Stage == Aip.Domain.Reporting.ReportStage.Published)
            .Select(r => r.Id).SingleAsync());
        Assert.Equal($"/reports/{reportId}#presentation", present.Link);
        Assert.Contains(lines, l => !l.Action && l.Text.Contains("approved, version 2 in force", StringComparison.Ordinal));
        Assert.Contains(lines, l => !l.Action && l.Text.StartsWith("Next Highlight Discussion:", StringComparison.Ordinal) && l.Text.Contains("ESE had a week's notice", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task The_monitor_sees_the_questions_to_share_the_report_in_review_and_the_visits_of_the_month()
    {
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);

        var lines = Lines(await monitor.GetPageAsync("/"));

        Assert.Contains(lines, l => l.Action && l.Text.StartsWith("Prepare and share your questions for the next Highlight Discussion.", StringComparison.Ordinal));
        var report = Assert.Single(lines, l => l.Text.StartsWith("Answer the reviewers' comments and send the progress report for", StringComparison.Ordinal));
        Assert.Contains("due", report.Text, StringComparison.Ordinal);
        Assert.Matches("^/reports/[0-9a-f-]+$", report.Link);
        Assert.Contains(lines, l => !l.Action && l.Text.StartsWith("Monitoring visits this month:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Text.StartsWith("Answer the monitor's request", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task Ese_sees_the_draft_report_to_review_and_another_district_sees_only_its_own_plan()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var lakeside = await app.NewClient().SignedInAsAsync(Demo.OtherSuperintendent);

        var eseLines = Lines(await ese.GetPageAsync("/"));
        var lakesideLines = Lines(await lakeside.GetPageAsync("/"));

        Assert.Contains(eseLines, l => l.Action && l.Text.StartsWith("Review the draft progress report of Riverton Public Schools for", StringComparison.Ordinal));
        var only = Assert.Single(lakesideLines);
        Assert.Contains("is with ESE for review", only.Text, StringComparison.Ordinal);
        Assert.False(only.Action);
    }

    [DbFact]
    public async Task A_district_page_gathers_the_same_lines_for_its_reader_as_information_for_ese()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var riverton = await app.DistrictIdAsync(Demo.District);

        var eseLines = Lines(await ese.GetPageAsync($"/districts/{riverton}"));
        var managerLines = Lines(await manager.GetPageAsync($"/districts/{riverton}"));

        Assert.Contains(eseLines, l => !l.Action && l.Text.Contains("approved, version 2 in force", StringComparison.Ordinal));
        Assert.DoesNotContain(eseLines, l => l.Action && l.Text.StartsWith("Answer the monitor's request", StringComparison.Ordinal));
        Assert.Contains(managerLines, l => l.Action && l.Text.StartsWith("Answer the monitor's request", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task With_no_discussion_scheduled_the_superintendent_is_asked_to_schedule_one_and_ese_reads_the_discussions_instead()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.ThirdSuperintendent);
        var brookfield = await app.DistrictIdAsync(Demo.ThirdDistrict);

        var eseLine = Assert.Single(Lines(await ese.GetPageAsync($"/districts/{brookfield}")), l => l.Text.StartsWith("No Highlight Discussion is scheduled", StringComparison.Ordinal));
        var leadersLine = Assert.Single(Lines(await superintendent.GetPageAsync("/")), l => l.Text.StartsWith("No Highlight Discussion is scheduled", StringComparison.Ordinal));

        Assert.Equal(("No Highlight Discussion is scheduled.", false), (eseLine.Text, eseLine.Action));
        Assert.Matches("^/plans/[0-9a-f-]+/discussions$", eseLine.Link);
        await ese.GetPageAsync(eseLine.Link);
        Assert.True(leadersLine.Action);
        Assert.Equal(eseLine.Link + "/new", leadersLine.Link);
        await superintendent.GetPageAsync(leadersLine.Link);
    }

    private static List<(string Text, string Link, bool Action)> Lines(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("main .due-list li").Select(li => (
            li.TextContent.Replace("To do:", string.Empty, StringComparison.Ordinal).Replace("For information:", string.Empty, StringComparison.Ordinal).Trim(),
            li.QuerySelector("a")!.GetAttribute("href")!,
            li.ClassList.Contains("due-action")))];
}

public sealed class HomeWebOnSqlite(SqliteApp app) : HomeWebTests(app), IClassFixture<SqliteApp>;

public sealed class HomeWebOnPostgres(PostgresApp app) : HomeWebTests(app), IClassFixture<PostgresApp>;

public sealed class HomeWebOnSqlServer(SqlServerApp app) : HomeWebTests(app), IClassFixture<SqlServerApp>;
