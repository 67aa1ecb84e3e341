using System.Net;
using System.Text;
using Aip.Web.Features.Districts;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Districts;

public abstract class DistrictRecordTests(AipApp app)
{
    private const string DeleteForm = "main form[action$='/delete']";

    [DbFact]
    public async Task Every_table_of_the_model_is_in_the_district_record_or_named_as_holding_no_district_data()
    {
        var (covered, model) = await app.WithDbAsync(async db =>
            ((await DistrictRecord.OfAsync(db, Guid.NewGuid())).Tables.Select(t => t.EntityType).ToList(), db.Model.GetEntityTypes().ToList()));

        Assert.Equal(covered.Distinct(), covered);
        var unaccounted = model.Select(e => e.ClrType)
            .Where(t => !covered.Contains(t) && !DistrictRecord.NotDistrictData.ContainsKey(t))
            .Select(t => t.Name);
        Assert.Empty(unaccounted);
        Assert.Empty(covered.Intersect(DistrictRecord.NotDistrictData.Keys));
    }

    [DbFact]
    public async Task Every_table_that_refers_to_a_record_of_the_district_belongs_to_the_district_record()
    {
        var (covered, model) = await app.WithDbAsync(async db =>
            ((await DistrictRecord.OfAsync(db, Guid.NewGuid())).Tables.Select(t => t.EntityType).ToHashSet(), db.Model.GetEntityTypes().ToList()));

        var forgotten = model
            .SelectMany(e => e.GetForeignKeys().Where(fk => covered.Contains(fk.PrincipalEntityType.ClrType) && !covered.Contains(e.ClrType))
                .Select(fk => $"{e.ClrType.Name} → {fk.PrincipalEntityType.ClrType.Name}"));
        Assert.Empty(forgotten);
    }

    [DbFact]
    public async Task Ese_staff_download_the_whole_record_as_one_streamed_archive()
    {
        await app.AddReviewedPlanAsync(sectionComment: "Name the data team.");
        var districtId = await app.DistrictIdAsync(Demo.District);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var page = await ese.GetPageAsync($"/districts/{districtId}");

        var response = await ese.SubmitAsync(page, $"form[action='/districts/{districtId}/export']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.StartsWith("RIV-record-", response.Content.Headers.ContentDisposition.FileNameStar, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl!.NoStore);
        var archive = await DistrictArchive.ReadAsync(response);
        Assert.Equal(districtId.ToString(), Assert.Single(archive.Rows("Districts")).GetProperty("Id").GetString(), ignoreCase: true);
        Assert.All(archive.Rows("Plans"), p => Assert.Equal(districtId.ToString(), p.GetProperty("DistrictId").GetString(), ignoreCase: true));
        Assert.NotEmpty(archive.Rows("PlanReviews"));
        Assert.NotEmpty(archive.Rows("CriterionRatings"));
        Assert.Contains(archive.Rows("ReviewComments"), c => c.GetProperty("Text").GetString() == "Name the data team.");
        Assert.NotEmpty(archive.Rows("Notifications"));
        Assert.NotEmpty(archive.Rows("AuditEntries"));
        Assert.NotEmpty(archive.Rows("MonitorAssignments"));
        Assert.All(archive.Rows("PlanVersions"), v => Assert.StartsWith("Riverton", v.GetProperty("Content").GetProperty("Title").GetString(), StringComparison.Ordinal));
    }

    [DbFact]
    public async Task The_archive_has_no_password_hashes_stamps_or_tokens_and_a_pdf_of_every_version()
    {
        await app.AddReviewedPlanAsync();
        // A signed-in person of the district has a session, whose ticket must not leave with the record.
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        var archive = await DistrictArchive.DownloadAsync(ese, await app.DistrictIdAsync(Demo.District));

        var people = archive.Rows("AspNetUsers").ToList();
        Assert.Contains(people, p => p.GetProperty("Email").GetString() == Demo.Superintendent);
        Assert.DoesNotContain(people, p => p.GetProperty("Email").GetString() == Demo.OtherSuperintendent);
        Assert.All(people, p => Assert.DoesNotContain(DistrictRecord.SecretAccountColumns, c => p.TryGetProperty(c, out _)));
        Assert.DoesNotContain("data/AspNetUserTokens.json", archive.Files.Keys);
        Assert.DoesNotContain("data/OutboxMessages.json", archive.Files.Keys);
        Assert.DoesNotContain("data/Sessions.json", archive.Files.Keys);
        Assert.DoesNotContain("data/FormSubmissions.json", archive.Files.Keys);
        var sessionKeys = await app.WithDbAsync(db => db.Sessions.Select(x => x.Key).ToListAsync());
        Assert.NotEmpty(sessionKeys);
        Assert.All(archive.Files.Values, file => Assert.DoesNotContain(sessionKeys, key => Encoding.UTF8.GetString(file).Contains(key, StringComparison.Ordinal)));
        var versions = archive.Rows("PlanVersions").Count();
        var pdfs = archive.Files.Where(f => f.Key.StartsWith("pdf/", StringComparison.Ordinal)).ToList();
        Assert.Equal(versions, pdfs.Count);
        Assert.All(pdfs, pdf => Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf.Value, 0, 4)));
        Assert.Equal(versions, archive.Manifest.GetProperty("pdfs").GetArrayLength());
    }

    [DbFact]
    public async Task The_export_is_in_the_district_history()
    {
        var districtId = await app.DistrictIdAsync(Demo.District);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        await DistrictArchive.DownloadAsync(ese, districtId);

        var history = await ese.GetPageAsync($"/districts/{districtId}/history");
        Assert.Contains("Exported", history.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_confirmation_page_counts_what_will_be_deleted()
    {
        var districtId = await app.DistrictIdAsync(Demo.OtherDistrict);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        var page = await ese.GetPageAsync($"/districts/{districtId}/delete");

        var rows = page.QuerySelectorAll("main table tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[1].TextContent);
        // The demo's Lakeside: its superintendent and plan manager, and its submitted plan.
        Assert.Equal("1", rows["Districts"]);
        Assert.Equal("2", rows["People's accounts"]);
        Assert.Equal("1", rows["Plans"]);
    }

    [DbFact]
    public async Task A_wrong_name_deletes_nothing_and_says_so_next_to_the_field()
    {
        var districtId = await app.DistrictIdAsync(Demo.OtherDistrict);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var before = await app.WithDbAsync(DatabaseRows.ReadAllAsync);

        var response = await ese.SubmitAsync(await ese.GetPageAsync($"/districts/{districtId}/delete"), DeleteForm,
            new() { ["ConfirmName"] = "Lakeside" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.StartsWith("That is not the district's name.", page.QuerySelector("#error-ConfirmName")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Lakeside", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#ConfirmName")!.Value);
        Assert.Equal(DatabaseRows.Fingerprint(before), DatabaseRows.Fingerprint(await app.WithDbAsync(DatabaseRows.ReadAllAsync)));
    }
}

public sealed class DistrictRecordOnSqlite(SqliteApp app) : DistrictRecordTests(app), IClassFixture<SqliteApp>;

public sealed class DistrictRecordOnPostgres(PostgresApp app) : DistrictRecordTests(app), IClassFixture<PostgresApp>;

public sealed class DistrictRecordOnSqlServer(SqlServerApp app) : DistrictRecordTests(app), IClassFixture<SqlServerApp>;
