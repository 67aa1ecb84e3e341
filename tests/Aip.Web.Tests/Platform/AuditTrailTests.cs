using Aip.Domain.Common;
using Aip.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Platform;

/// <summary>Every change to an audited record is in the trail, in the users' words, and ESE reads it in Massachusetts time.</summary>
public abstract class AuditTrailTests(AipApp app)
{
    private const string EditorForm = "main form";

    [DbFact]
    public async Task A_district_setting_is_audited_with_its_label_and_readable_values()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var districtId = await NewDistrictAsync(ese);

        await ese.SubmitAsync(await ese.GetPageAsync($"/districts/{districtId}/edit"), EditorForm, new() { ["AmendmentsNeedEseApproval"] = "true", ["Level"] = "5" });

        var history = await HistoryAsync(ese, districtId);
        Assert.Contains("Changed: Audited district", history, StringComparison.Ordinal);
        Assert.Contains("Amendments need ESE approval: No → Yes", history, StringComparison.Ordinal);
        Assert.Contains("Accountability level: Level 4 → Level 5", history, StringComparison.Ordinal);
        Assert.Contains("Dana Whitfield", history, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Role_and_district_changes_deactivation_and_monitor_assignments_are_audited_in_the_districts_trail()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var districtId = await NewDistrictAsync(ese);
        var manager = await app.UserIdAsync(await app.CreateAccountAsync(Role.PlanManager, Demo.District));
        var monitor = await app.UserIdAsync(await app.CreateAccountAsync(Role.PlanMonitor));

        await ese.SubmitAsync(await ese.GetPageAsync($"/users/{manager}/edit"), EditorForm,
            new() { ["Role"] = nameof(Role.Superintendent), ["DistrictId"] = districtId.ToString() });
        await ese.PostAsync($"/users/{manager}/deactivate");
        await ese.SubmitAsync(await ese.GetPageAsync($"/districts/{districtId}"), $"form[action='/districts/{districtId}/monitors']", new() { ["monitorId"] = monitor.ToString() });
        await ese.SubmitAsync(await ese.GetPageAsync($"/districts/{districtId}"), $"form[action='/districts/{districtId}/monitors/{monitor}/remove']");

        var history = await HistoryAsync(ese, districtId);
        Assert.Contains("Removed: Test Plan Monitor monitors Audited district", history, StringComparison.Ordinal);
        Assert.Contains("Assignment ended", history, StringComparison.Ordinal);
        Assert.Contains("Role: Plan Manager → Superintendent", history, StringComparison.Ordinal);
        Assert.Contains("District: Riverton Public Schools → Audited district", history, StringComparison.Ordinal);
        Assert.Contains("Active: Yes → No", history, StringComparison.Ordinal);
        Assert.Contains("Added: Test Plan Monitor monitors Audited district", history, StringComparison.Ordinal);
        Assert.DoesNotContain("SecurityStamp", history, StringComparison.Ordinal);
        Assert.DoesNotContain("ConcurrencyStamp", history, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_history_shows_massachusetts_time_and_filters_by_person_and_day()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var districtId = await NewDistrictAsync(ese);
        await ese.SubmitAsync(await ese.GetPageAsync($"/districts/{districtId}/edit"), EditorForm, new() { ["Notes"] = "Audited note." });
        var entry = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.DistrictId == districtId).OrderBy(a => a.At).FirstAsync());

        var page = await ese.GetPageAsync($"/districts/{districtId}/history");
        Assert.Contains("Massachusetts time", page.QuerySelector("thead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Dates.DisplayWithTime(entry.At), page.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("+00:00", page.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);

        var day = Dates.Day(entry.At);
        var someoneElse = await app.UserIdAsync(Demo.Manager);
        Assert.Contains("Audited note", await HistoryAsync(ese, districtId, $"?Person={entry.UserId}&From={day:yyyy-MM-dd}&To={day:yyyy-MM-dd}"), StringComparison.Ordinal);
        Assert.Null((await ese.GetPageAsync($"/districts/{districtId}/history?Person={someoneElse}")).QuerySelector("tbody"));
        Assert.Null((await ese.GetPageAsync($"/districts/{districtId}/history?From={day.AddDays(1):yyyy-MM-dd}")).QuerySelector("tbody"));
    }

    [DbFact]
    public async Task Changes_to_accounts_without_a_district_are_in_the_people_history()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var monitor = await app.UserIdAsync(await app.CreateAccountAsync(Role.PlanMonitor));

        await ese.SubmitAsync(await ese.GetPageAsync($"/users/{monitor}/edit"), EditorForm, new() { ["DisplayName"] = "Renamed Monitor" });
        await ese.PostAsync($"/users/{monitor}/deactivate");

        var history = (await ese.GetPageAsync("/users/history")).QuerySelector("tbody")!.TextContent;
        Assert.Contains("Name: “Test Plan Monitor” → “Renamed Monitor”", history, StringComparison.Ordinal);
        Assert.Contains("Changed: Renamed Monitor", history, StringComparison.Ordinal);
        Assert.Contains("Active: Yes → No", history, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Only_ese_staff_read_a_districts_history()
    {
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        var riverton = await app.DistrictIdAsync(Demo.District);

        var response = await superintendent.Http.GetAsync(new Uri($"/districts/{riverton}/history", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<Guid> NewDistrictAsync(TestClient ese)
    {
        var response = await ese.SubmitAsync(await ese.GetPageAsync("/districts/create"), EditorForm,
            new() { ["Name"] = "Audited district", ["Code"] = "A" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), ["Level"] = "4" });
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private static async Task<string> HistoryAsync(TestClient ese, Guid districtId, string query = "") =>
        (await ese.GetPageAsync($"/districts/{districtId}/history{query}")).QuerySelector("tbody")!.TextContent;
}

public sealed class AuditTrailOnSqlite(SqliteApp app) : AuditTrailTests(app), IClassFixture<SqliteApp>;

public sealed class AuditTrailOnPostgres(PostgresApp app) : AuditTrailTests(app), IClassFixture<PostgresApp>;

public sealed class AuditTrailOnSqlServer(SqlServerApp app) : AuditTrailTests(app), IClassFixture<SqlServerApp>;
