using Aip.Domain.Dashboards;
using Aip.Domain.Districts;
using Aip.Domain.People;
using Aip.Web.Data;
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

    [DbFact]
    public async Task The_leaders_home_counts_late_activities_and_passed_or_missed_targets_as_the_whole_plans_progress_does()
    {
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);

        var lines = Lines(await superintendent.GetPageAsync("/"));

        // The counts as the plan's progress page makes them, from the whole plan (the home page reads less).
        var (late, overdue, missed) = await app.WithDbAsync(async db =>
        {
            var district = await db.Districts.Where(d => d.Code == Demo.District).Select(d => d.Id).SingleAsync();
            var id = await db.Plans.Where(p => p.DistrictId == district && p.Status == Aip.Domain.Plans.PlanStatus.Approved).Select(p => p.Id).SingleAsync();
            var plan = (await new Aip.Web.Features.Plans.PlanStore(db, new Aip.Web.Data.CompiledReads()).LoadAsync(id, tracking: false))!;
            var progress = await Aip.Web.Features.Progress.PlanProgress.LoadAsync(db, plan, Aip.Domain.Common.Dates.Day(TimeProvider.System.GetUtcNow()));
            var rows = plan.Objectives.SelectMany(o => o.Initiatives).Select(progress.Row).ToList();
            return (rows.Sum(r => r.ActivitiesLate), rows.Sum(r => r.Overdue), rows.Sum(r => r.NotMet));
        });
        Assert.True(late + overdue + missed > 0, "the demo plan has something late, passed or missed to count");
        string? Line(string start) => lines.Select(l => l.Text).SingleOrDefault(t => t.Contains(start, StringComparison.Ordinal));
        Assert.Equal(late == 0 ? null : $"{Count(late, "activity is", "activities are")} late: update their status or record an amendment.", Line("late: update their status"));
        Assert.Equal(overdue == 0 ? null : $"{Count(overdue, "benchmark target has", "benchmark targets have")} passed without a result: record it.", Line("passed without a result"));
        Assert.Equal(missed == 0 ? null : $"{Count(missed, "benchmark target was", "benchmark targets were")} missed.", Line(" missed."));

        static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
    }

    [DbFact]
    public async Task Ese_staff_find_districts_in_the_portfolio_rather_than_in_a_list_of_every_district_on_their_home_page()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);

        var home = await ese.GetPageAsync("/");

        var districts = await app.WithDbAsync(db => db.Districts.CountAsync());
        Assert.Null(home.QuerySelector("main table"));
        var paragraph = home.QuerySelectorAll("main p").Single(p => p.TextContent.Contains("portfolio", StringComparison.Ordinal));
        Assert.StartsWith($"{districts} districts.", paragraph.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["/portfolio", "/districts"], paragraph.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Riverton Public Schools", (await monitor.GetPageAsync("/")).QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Ese_home_shows_the_most_urgent_lines_and_every_line_when_asked()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        // More plans waiting for ESE's review than a home page lists: each is a line (undated, so after the dated ones).
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < DueGroup.HomeLines + 1; i++)
            {
                var district = District.Create($"Home test district {Guid.NewGuid():N}", "H" + Guid.NewGuid().ToString("N")[..8], 4, null);
                db.Districts.Add(district);
                var plan = DemoPlan.Build(district.Id, DemoData.DemoPlanFirstSchoolYear);
                plan.Submit(Role.Superintendent, DateTimeOffset.UtcNow.AddDays(-i));
                db.Plans.Add(plan);
            }

            return await db.SaveChangesAsync();
        });

        var home = await ese.GetPageAsync("/");
        var all = await ese.GetPageAsync("/?all=true");

        var shown = Lines(home);
        var every = Lines(all);
        Assert.Equal(DueGroup.HomeLines, shown.Count);
        Assert.True(every.Count > DueGroup.HomeLines + 1, $"{every.Count} lines");
        Assert.Equal(shown, every.Take(DueGroup.HomeLines));
        Assert.Contains(shown, l => l.Text.StartsWith("Review the draft progress report of Riverton Public Schools for", StringComparison.Ordinal));
        var more = home.QuerySelectorAll("main a").Single(a => a.TextContent.StartsWith("Show all", StringComparison.Ordinal));
        Assert.Equal($"Show all {every.Count} lines", more.TextContent);
        Assert.Equal("?all=true#due-0", more.GetAttribute("href"));
        Assert.DoesNotContain(all.QuerySelectorAll("main a"), a => a.TextContent.StartsWith("Show all", StringComparison.Ordinal));
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
