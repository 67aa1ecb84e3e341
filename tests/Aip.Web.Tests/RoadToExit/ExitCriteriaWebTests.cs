using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.RoadToExit;

/// <summary>
/// Appendix N in the screens: ESE records criterion A per school year (refused without its data, corrected under the version
/// read) and cites the district's own sources for B–E; the district reads the readiness summary without the forms and may
/// not record; another district may not read it.
/// </summary>
public abstract class ExitCriteriaWebTests(AipApp app)
{
    private const string AchievementForm = "form[action$='/exit-criteria/achievement']";
    private const string EvidenceForm = "form[action$='/exit-criteria/evidence']";

    [DbFact]
    public async Task Ese_records_criterion_a_per_year_and_corrects_it_under_the_version_read()
    {
        var district = await app.AddReportingDistrictAsync();
        var url = $"/districts/{district.DistrictId}/road-to-exit/exit-criteria";
        var year = district.Period.SchoolYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var superintendent = await app.NewClient().SignedInAsAsync(district.Superintendent);
        using var lakeside = await app.NewClient().SignedInAsAsync(Demo.OtherSuperintendent);

        var page = await ese.GetPageAsync(url);
        Assert.Contains("603 CMR 2.05(12)", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("0 of 5 criteria shown", page.QuerySelector("#readiness-heading")!.TextContent, StringComparison.Ordinal);

        // Without its data: refused next to the field, the ticks kept.
        var refused = await TestClient.ParseAsync(await ese.SubmitAsync(page, AchievementForm,
            new() { ["Achievement.SchoolYear"] = year, ["Achievement.PpiTargetsMet"] = "true", ["Achievement.Data"] = "" }));
        Assert.StartsWith("Enter the data", refused.QuerySelector("#error-Achievement_Data")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.True(refused.QuerySelector<IHtmlInputElement>("input[type=checkbox][name='Achievement.PpiTargetsMet']")!.IsChecked);

        var saved = await ese.SubmitAsync(page, AchievementForm,
            new() { ["Achievement.SchoolYear"] = year, ["Achievement.PpiTargetsMet"] = "true", ["Achievement.Data"] = "Aggregate PPI 76 against a target of 75." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var read = await superintendent.GetPageAsync(url);
        Assert.Contains("Aggregate PPI 76 against a target of 75.", read.QuerySelector("#criterion-A")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 of 5 criteria shown", read.QuerySelector("#readiness-heading")!.TextContent, StringComparison.Ordinal);
        var superintendentId = await app.UserIdAsync(district.Superintendent);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == superintendentId && n.Message.Contains("exit criterion A"))));

        // The district reads it without the forms and may not record; another district may not read it.
        Assert.Null(read.QuerySelector(AchievementForm));
        Assert.Null(read.QuerySelector(EvidenceForm));
        Assert.Equal(HttpStatusCode.Forbidden, (await superintendent.PostAsync($"{url}/achievement",
            new() { ["Achievement.SchoolYear"] = year, ["Achievement.Data"] = "Mine." })).StatusCode);
        await lakeside.GetPageAsync(url, HttpStatusCode.Forbidden);

        // The same year again from a blank form: refused; corrected from its row instead, then a stale copy is refused.
        var twice = await TestClient.ParseAsync(await ese.SubmitAsync(await ese.GetPageAsync(url), AchievementForm,
            new() { ["Achievement.SchoolYear"] = year, ["Achievement.Data"] = "Again." }));
        Assert.Contains("is already recorded", twice.QuerySelector("#error-Achievement_SchoolYear")!.TextContent, StringComparison.Ordinal);
        var correct = await ese.GetPageAsync($"{url}?year={year}");
        Assert.Equal("Aggregate PPI 76 against a target of 75.", correct.QuerySelector<IHtmlTextAreaElement>("textarea[name='Achievement.Data']")!.Value);
        Assert.Equal(HttpStatusCode.Redirect, (await ese.SubmitAsync(correct, AchievementForm,
            new() { ["Achievement.PpiTargetsMet"] = "false", ["Achievement.Data"] = "Aggregate PPI 74 against a target of 75 (corrected)." })).StatusCode);
        var stale = await TestClient.ParseAsync(await ese.SubmitAsync(correct, AchievementForm, new() { ["Achievement.Data"] = "From the old page." }));
        Assert.Contains("Someone else changed", stale.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("From the old page.", stale.QuerySelector<IHtmlTextAreaElement>("textarea[name='Achievement.Data']")!.Value);
        var record = await app.WithDbAsync(db => db.AchievementRecords.SingleAsync(a => a.DistrictId == district.DistrictId));
        Assert.Equal(("Aggregate PPI 74 against a target of 75 (corrected).", false), (record.Data, record.Meets));
    }

    [DbFact]
    public async Task Ese_cites_the_districts_own_sources_for_b_to_e_once_and_withdraws_a_citation()
    {
        var district = await app.AddReportingDistrictAsync();
        var url = $"/districts/{district.DistrictId}/road-to-exit/exit-criteria";
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        var page = await ese.GetPageAsync(url);
        var source = page.QuerySelectorAll<IHtmlOptionElement>("select[name='Evidence.Source'] option").Single(o => o.Text.StartsWith("Learning walk notes", StringComparison.Ordinal)).Value;
        var values = new Dictionary<string, string> { ["Evidence.Criterion"] = "Monitor", ["Evidence.Source"] = source, ["Evidence.Note"] = "" };
        var noNote = await TestClient.ParseAsync(await ese.SubmitAsync(page, EvidenceForm, values));
        Assert.Equal("Say what the source shows for the criterion.", noNote.QuerySelector("#error-Evidence_Note")!.TextContent.Trim());
        Assert.Equal(source, noNote.QuerySelector<IHtmlSelectElement>("select[name='Evidence.Source']")!.Value);

        values["Evidence.Note"] = "Principals' learning walks reach every school each month.";
        Assert.Equal(HttpStatusCode.Redirect, (await ese.SubmitAsync(await ese.GetPageAsync(url), EvidenceForm, values)).StatusCode);
        var cited = await ese.GetPageAsync(url);
        Assert.Contains("Principals' learning walks reach every school each month.", cited.QuerySelector("#criterion-D")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(cited.QuerySelector("#criterion-D a[href*='/evidence/']"));

        var again = await TestClient.ParseAsync(await ese.SubmitAsync(cited, EvidenceForm, values));
        Assert.Contains("already cited for criterion D", again.QuerySelector("#error-Evidence_Source")!.TextContent, StringComparison.Ordinal);
        values["Evidence.Source"] = $"Evidence:{Guid.NewGuid()}";
        var forged = await TestClient.ParseAsync(await ese.SubmitAsync(await ese.GetPageAsync(url), EvidenceForm, values));
        Assert.Contains("Choose one of the district's", forged.QuerySelector("#error-Evidence_Source")!.TextContent, StringComparison.Ordinal);
        values["Evidence.Source"] = source;
        values["Evidence.Criterion"] = "DemonstrateImprovedAchievement";
        var criterionA = await TestClient.ParseAsync(await ese.SubmitAsync(await ese.GetPageAsync(url), EvidenceForm, values));
        Assert.Equal("Choose the criterion, B to E.", criterionA.QuerySelector("#error-Evidence_Criterion")!.TextContent.Trim());

        var withdrawn = await ese.SubmitAsync(await ese.GetPageAsync(url), "#criterion-D form[action$='/withdraw']");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ExitEvidence.AnyAsync(e => e.DistrictId == district.DistrictId)));
    }
}

public sealed class ExitCriteriaWebOnSqlite(SqliteApp app) : ExitCriteriaWebTests(app), IClassFixture<SqliteApp>;

public sealed class ExitCriteriaWebOnPostgres(PostgresApp app) : ExitCriteriaWebTests(app), IClassFixture<PostgresApp>;

public sealed class ExitCriteriaWebOnSqlServer(SqlServerApp app) : ExitCriteriaWebTests(app), IClassFixture<SqlServerApp>;
