using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.RoadToExit;

/// <summary>
/// The road to exit (Appendix M) from the demo data: the monitor whose view is missing is told on the home page, places it
/// beside the cells' descriptions (a missing choice is refused next to its sub-area, keeping the notes typed), and the line
/// goes; people of another district, and roles that may not open a reflection, are refused.
/// </summary>
public abstract class ReflectionWebTests(AipApp app)
{
    private const string PlaceLine = "Place your view (";

    [DbFact]
    public async Task The_monitor_follows_the_due_line_places_the_view_and_a_missing_choice_is_refused_keeping_the_notes()
    {
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);

        var home = await monitor.GetPageAsync("/");
        var line = home.QuerySelectorAll("main .due-list li").Single(li => li.TextContent.Contains(PlaceLine, StringComparison.Ordinal));
        var link = line.QuerySelector("a")!.GetAttribute("href")!;
        Assert.EndsWith("/my-view", link, StringComparison.Ordinal);
        var form = await monitor.GetPageAsync(link);
        Assert.Contains("Practices Embedded", form.Body!.TextContent, StringComparison.Ordinal);
        var areas = form.QuerySelectorAll("input[type=hidden][name$='.Area']").Select(i => i.GetAttribute("name")!.Replace(".Area", string.Empty, StringComparison.Ordinal)).ToList();
        Assert.True(areas.Count >= 4, $"expected a row per sub-area, got {areas.Count}");

        var partial = areas.Skip(1).ToDictionary(p => $"{p}.Stage", _ => "TransitionalImplementation");
        partial[$"{areas[0]}.Note"] = "Our note, kept after the refusal";
        var refused = await monitor.SubmitAsync(form, "main form[method=post]", partial);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await TestClient.ParseAsync(refused);
        Assert.Contains("Choose where the district stands for", again.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Our note, kept after the refusal", again.QuerySelector<IHtmlTextAreaElement>($"textarea[name='{areas[0]}.Note']")!.Value);

        var all = areas.ToDictionary(p => $"{p}.Stage", _ => "TransitionalImplementation");
        var saved = await monitor.SubmitAsync(again, "main form[method=post]", all);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var reflection = await monitor.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("Transitional Implementation", reflection.Body!.TextContent, StringComparison.Ordinal);
        var after = await monitor.GetPageAsync("/");
        Assert.DoesNotContain(after.QuerySelectorAll("main .due-list li"), li => li.TextContent.Contains(PlaceLine, StringComparison.Ordinal));
    }

    [DbFact]
    public async Task Another_district_cannot_read_and_the_superintendent_cannot_open_a_reflection()
    {
        var riverton = await app.DistrictIdAsync(Demo.District);
        using var lakeside = await app.NewClient().SignedInAsAsync(Demo.OtherSuperintendent);
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);

        await lakeside.GetPageAsync($"/districts/{riverton}/road-to-exit", HttpStatusCode.Forbidden);
        var page = await superintendent.GetPageAsync($"/districts/{riverton}/road-to-exit");
        Assert.Null(page.QuerySelector("form[action$='/road-to-exit/reflections']"));
        var open = await superintendent.PostAsync($"/districts/{riverton}/road-to-exit/reflections",
            new() { ["Open.ViewsDueOn"] = "2027-01-15" });
        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);
    }

    [DbFact]
    public async Task Twenty_reflections_opened_at_once_make_at_most_two_the_rule_of_twice_a_year_holds()
    {
        var lakeside = await app.DistrictIdAsync(Demo.OtherDistrict);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.OtherManager);
        var url = $"/districts/{lakeside}/road-to-exit";
        var pages = new List<IHtmlDocument>();
        for (var i = 0; i < 20; i++)
        {
            pages.Add(await manager.GetPageAsync(url));
        }

        var dueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var responses = await Task.WhenAll(pages.Select(p => manager.SubmitAsync(p, "main form[action$='/road-to-exit/reflections']", new() { ["Open.ViewsDueOn"] = dueOn })));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"got {(int)r.StatusCode}"));
        // All twenty may race for the first number and leave one reflection; never more than two, and each one opened is stored.
        var opened = responses.Count(r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.InRange(opened, 1, 2);
        Assert.Equal(Enumerable.Range(1, opened), await app.WithDbAsync(db => db.ContinuumReflections.Where(r => r.DistrictId == lakeside)
            .Select(r => r.NumberInYear).OrderBy(n => n).ToListAsync()));
    }
}

public sealed class ReflectionWebOnSqlite(SqliteApp app) : ReflectionWebTests(app), IClassFixture<SqliteApp>;

public sealed class ReflectionWebOnPostgres(PostgresApp app) : ReflectionWebTests(app), IClassFixture<PostgresApp>;

public sealed class ReflectionWebOnSqlServer(SqlServerApp app) : ReflectionWebTests(app), IClassFixture<SqlServerApp>;
