using System.Net;
using Aip.Domain.Reviews;
using Aip.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aip.Web.Tests.Districts;

/// <summary>One destructive journey per database: the demo district is exported, then its data deleted.</summary>
public abstract class DistrictDeletionTests(AipApp app)
{
    private const string DistrictName = "Riverton Public Schools";

    [DbFact]
    public async Task After_export_and_deletion_nothing_of_the_district_is_left_in_any_table_and_nothing_else_changed()
    {
        var districtId = await app.DistrictIdAsync(Demo.District);
        await FillDistrictAsync();
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var archive = await DistrictArchive.DownloadAsync(ese, districtId);
        var markers = archive.Markers();
        var before = await app.WithDbAsync(DatabaseRows.ReadAllAsync);

        var response = await ese.SubmitAsync(await ese.GetPageAsync($"/districts/{districtId}/delete"), "main form[action$='/delete']",
            new() { ["ConfirmName"] = DistrictName });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await app.WithDbAsync(DatabaseRows.ReadAllAsync);
        var tombstone = Assert.Single(after["AuditEntries"], r => r.Contains("Kind=district record|", StringComparison.Ordinal) && !before["AuditEntries"].Contains(r));
        foreach (var (table, rows) in after)
        {
            // Nothing that names a record of the district is left, but the one entry that records the deletion.
            Assert.Empty(rows.Where(r => r != tombstone && markers.Any(m => r.Contains(m, StringComparison.Ordinal))).Select(r => $"{table}: {r}"));
            // Every row left was there before, unchanged; every row gone was the district's.
            Assert.Empty(rows.Where(r => r != tombstone && !before[table].Contains(r)).Select(r => $"{table} changed: {r}"));
            Assert.Empty(before[table].Except(rows).Where(r => !markers.Any(m => r.Contains(m, StringComparison.Ordinal))).Select(r => $"{table} lost: {r}"));
        }

        Assert.NotEmpty(before["AspNetUserTokens"].Except(after["AspNetUserTokens"]));
        Assert.NotEmpty(before["OutboxMessages"].Except(after["OutboxMessages"]));
        Assert.NotEmpty(after["AspNetUsers"]);
        // None of the district's plans is left; the other district's plan stays (unchanged, as the loop above checks).
        Assert.False(await app.WithDbAsync(db => db.Plans.AnyAsync(p => p.DistrictId == districtId)));
        Assert.True(await app.WithDbAsync(db => db.Plans.AnyAsync(p => p.DistrictId != districtId)));
        Assert.Equal(before["Districts"].Count - 1, await app.WithDbAsync(db => db.Districts.CountAsync()));

        // Each exported table's rows were all deleted, and the deletion's entry counts them.
        foreach (var table in archive.Manifest.GetProperty("tables").EnumerateArray())
        {
            Assert.Contains($"{table.GetProperty("what").GetString()}: {table.GetProperty("rows").GetInt32()} deleted", tombstone, StringComparison.OrdinalIgnoreCase);
        }

        var history = (await ese.GetPageAsync("/districts/deleted")).QuerySelector("table")!.TextContent;
        Assert.Contains($"{DistrictName} (RIV)", history, StringComparison.Ordinal);
        Assert.Contains(districtId.ToString(), history, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Record last exported:", history, StringComparison.Ordinal);
    }

    /// <summary>Something in every table the district can reach: reviews, ratings, comments, versions, a self-assessment, notices, mail, a token.</summary>
    private async Task FillDistrictAsync()
    {
        var planId = await app.AddReviewedPlanAsync(sectionComment: "Name the data team.");
        await app.AddReviewedPlanAsync(approve: false);
        await app.WithDbAsync(async db =>
        {
            var assessment = SelfAssessment.Start(planId);
            assessment.Answer(1, "We looked at three years of data.");
            db.SelfAssessments.Add(assessment);
            return await db.SaveChangesAsync();
        });
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AipUser>>();
        var superintendent = await users.FindByEmailAsync(Demo.Superintendent);
        Assert.True((await users.SetAuthenticationTokenAsync(superintendent!, "[AspNetUserStore]", "AuthenticatorKey", "SECRET")).Succeeded);
        Assert.True((await users.AddClaimAsync(superintendent!, new System.Security.Claims.Claim("test", "value"))).Succeeded);
    }
}

public sealed class DistrictDeletionOnSqlite(SqliteApp app) : DistrictDeletionTests(app), IClassFixture<SqliteApp>;

public sealed class DistrictDeletionOnPostgres(PostgresApp app) : DistrictDeletionTests(app), IClassFixture<PostgresApp>;

public sealed class DistrictDeletionOnSqlServer(SqlServerApp app) : DistrictDeletionTests(app), IClassFixture<SqlServerApp>;
