using System.Net;
using System.Security.Cryptography;
using System.Text;
using Aip.Domain.Monitoring;
using Aip.Domain.Plans;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Evidence;

/// <summary>The evidence library through its screens: uploads and their refusals, downloads, access, filters, and section 1a.</summary>
public abstract class EvidenceWebTests(AipApp app)
{
    private const string Form = "main form[enctype='multipart/form-data']";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("school,walks\nLincoln,12\nWashington,9\n");

    [DbFact]
    public async Task The_manager_adds_evidence_with_a_pdf_and_a_csv_and_each_file_is_stored_under_a_new_key_with_its_sha256()
    {
        var (planId, _) = await PlanAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var page = await manager.GetPageAsync($"/plans/{planId}/evidence/new");

        var response = await manager.SubmitMultipartAsync(page, Form, await ValuesAsync(planId), ("Form.Files", @"C:\Users\priya\walks.pdf", Pdf), ("Form.Files", "walks.csv", Csv));

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, (await TestClient.ParseAsync(response)).QuerySelector(".error-summary")?.TextContent);
        var item = await app.WithDbAsync(db => db.EvidenceItems.Include(e => e.Files).SingleAsync(e => e.PlanId == planId));
        Assert.Equal("November learning walks", item.Title);
        var files = item.Files.OrderBy(f => f.FileName, StringComparer.Ordinal).ToList();
        Assert.Equal(["walks.csv", "walks.pdf"], files.Select(f => f.FileName));
        Assert.Equal(["text/csv", "application/pdf"], files.Select(f => f.ContentType));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), files[1].Sha256);
        var stored = Directory.GetFiles(app.FilesFolder, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.Contains(files[1].StorageKey.ToString("N") + ".bin", stored);
        Assert.DoesNotContain(stored, name => name!.Contains("walks", StringComparison.Ordinal));
    }

    private static readonly (string FileName, byte[] Content, string Message)[] Refused =
    [
        ("big.csv", Enumerable.Repeat((byte)'a', AipApp.MaxFileBytes + 1).ToArray(), "big.csv is larger than 64 KB, the most one file may be."),
        ("report.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00], "report.pdf is not a file the library takes, by its content"),
        ("page.html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><script>alert(1)</script></html>"), "page.html is not a file the library takes"),
        ("notes.txt", Encoding.UTF8.GetBytes("<html><body onload=alert(1)>hi</body></html>"), "notes.txt is not a file the library takes"),
        ("chart.pdf", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "chart.pdf is not a file the library takes"),
        ("plan.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00], "plan.docx is not a file the library takes"),
        ("data.csv", [0x61, 0x00, 0x62, 0xFF, 0xFE], "data.csv is not a file the library takes"),
    ];

    /// <summary>Too large; an executable renamed .pdf; HTML, as .html and renamed .txt; a PNG named .pdf; a bare zip as .docx; binary as .csv.</summary>
    [DbFact]
    public async Task An_upload_refused_says_why_next_to_the_field_and_keeps_everything_typed()
    {
        var (planId, initiativeId) = await PlanAsync();
        foreach (var (fileName, content, message) in Refused)
        {
            await RefusedAsync(planId, initiativeId, fileName, content, message);
        }
    }

    private async Task RefusedAsync(Guid planId, Guid initiativeId, string fileName, byte[] content, string message)
    {
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var before = Directory.GetFiles(app.FilesFolder, "*", SearchOption.AllDirectories).Length;

        var refused = await manager.SubmitMultipartAsync(await manager.GetPageAsync($"/plans/{planId}/evidence/new"), Form, await ValuesAsync(planId, initiativeId),
            ("Form.Files", fileName, content));

        var page = await TestClient.ParseAsync(refused);
        Assert.True(refused.StatusCode == HttpStatusCode.OK, fileName + ": " + page.Body?.TextContent[..Math.Min(3000, page.Body.TextContent.Length)]);
        Assert.Contains(message, page.QuerySelector("#error-Form_Files")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("November learning walks", page.QuerySelector<IHtmlInputElement>("input[name='Form.Title']")!.Value);
        Assert.Equal("Grade 4 walks at Lincoln.", page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Form.Description']")!.Value);
        Assert.True(page.QuerySelector<IHtmlInputElement>($"input[name='Form.Supports'][value='{initiativeId}']")!.IsChecked);
        Assert.Equal(0, await app.WithDbAsync(db => db.EvidenceItems.CountAsync(e => e.PlanId == planId)));
        Assert.Equal(before, Directory.GetFiles(app.FilesFolder, "*", SearchOption.AllDirectories).Length);
    }

    [DbFact]
    public async Task A_link_must_be_http_or_https_and_an_item_needs_files_or_a_link()
    {
        var (planId, _) = await PlanAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var values = await ValuesAsync(planId);
        values.Add(new("Form.Link", "javascript:alert(1)"));

        var refused = await TestClient.ParseAsync(await manager.SubmitMultipartAsync(await manager.GetPageAsync($"/plans/{planId}/evidence/new"), Form, values));
        Assert.Equal("Give the link as a web address starting with https:// or http://.", refused.QuerySelector("#error-Form_Link")!.TextContent.Trim());

        var empty = await TestClient.ParseAsync(await manager.SubmitMultipartAsync(await manager.GetPageAsync($"/plans/{planId}/evidence/new"), Form, await ValuesAsync(planId)));
        Assert.Contains("Upload at least one file, or give the link", empty.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_download_is_always_an_attachment_with_the_checked_type_and_nosniff()
    {
        var (planId, fileUrl, fileName) = await DemoFileAsync("application/pdf");
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);

        using var response = await monitor.Http.GetAsync(new Uri(fileUrl, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync())[..5], StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, planId);
    }

    [DbFact]
    public async Task The_other_districts_superintendent_and_anonymous_visitors_get_no_file()
    {
        var (_, fileUrl, _) = await DemoFileAsync("text/csv");
        using var other = await app.NewClient().SignedInAsAsync(Demo.OtherSuperintendent);
        using var anonymous = app.NewClient();

        using var refused = await other.Http.GetAsync(new Uri(fileUrl, UriKind.Relative));
        using var signIn = await anonymous.Http.GetAsync(new Uri(fileUrl, UriKind.Relative));

        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("/account/sign-in", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_library_filters_by_initiative_benchmark_kind_quarter_and_not_yet_cited()
    {
        var (planId, _) = await PlanAsync();
        var ids = await app.WithDbAsync(async db =>
        {
            var plan = await db.Plans.Include(p => p.Objectives).ThenInclude(o => o.Initiatives).ThenInclude(i => i.Benchmarks).SingleAsync(p => p.Id == planId);
            var first = plan.Objectives[0].Initiatives[0];
            var second = plan.Objectives[1].Initiatives[0];
            var manager = await db.Users.SingleAsync(u => u.Email == Demo.Manager);
            EvidenceItem Add(string title, EvidenceKind kind, DateOnly on, params Guid[] supports) =>
                EvidenceItem.Add(plan, title, kind, on, null, "https://drive.example.org/" + title.Replace(' ', '-'), supports, manager.Id, manager.DisplayName, DateTimeOffset.UtcNow);
            var year = plan.FirstSchoolYear;
            var items = new[]
            {
                Add("Walks autumn", EvidenceKind.ObservationNotes, new DateOnly(year, 10, 1), first.Id),
                Add("Survey winter", EvidenceKind.Survey, new DateOnly(year + 1, 2, 1), first.Benchmarks[0].Id),
                Add("Visits winter", EvidenceKind.DataExtract, new DateOnly(year + 1, 2, 10), second.Id),
            };
            db.EvidenceItems.AddRange(items);
            await db.SaveChangesAsync();
            return (First: first.Id, Benchmark: first.Benchmarks[0].Id, Winter: new SchoolQuarter(year, Quarter.JanMarch).Key, Cited: items[0].Id);
        });
        await app.WithDbAsync(async db =>
        {
            var minutes = await db.Minutes.FirstOrDefaultAsync(m => m.PlanId == planId);
            if (minutes is null)
            {
                var discussion = HighlightDiscussion.Schedule(await db.Plans.SingleAsync(p => p.Id == planId), DateTimeOffset.UtcNow.AddDays(-20), "Office", [new DiscussionParticipant(null, "A", "B")], "test", "Priya", DateTimeOffset.UtcNow.AddDays(-30));
                db.HighlightDiscussions.Add(discussion);
                minutes = Minutes.Begin(discussion, DateTimeOffset.UtcNow.AddDays(-19));
                db.Minutes.Add(minutes);
            }

            minutes.CiteEvidence([ids.Cited]);
            await db.SaveChangesAsync();
            return 0;
        });
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);

        async Task<List<string>> Titles(string query) =>
            [.. (await monitor.GetPageAsync($"/plans/{planId}/evidence?{query}")).QuerySelectorAll(".evidence-list h2").Select(h => h.TextContent.Trim()).Order()];

        Assert.Equal(["Survey winter", "Walks autumn"], await Titles($"initiative={ids.First}"));
        Assert.Equal(["Survey winter"], await Titles($"benchmark={ids.Benchmark}"));
        Assert.Equal(["Visits winter"], await Titles("kind=DataExtract"));
        Assert.Equal(["Survey winter", "Visits winter"], await Titles($"quarter={ids.Winter}"));
        Assert.Equal(["Survey winter", "Visits winter"], await Titles("notCited=true"));
        var library = await monitor.GetPageAsync($"/plans/{planId}/evidence");
        Assert.Contains("Cited in the Minutes of", library.QuerySelector($"#evidence-{ids.Cited}")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Minutes_cite_evidence_in_section_1a_listed_by_initiative_and_cited_evidence_stays_in_the_library()
    {
        var planId = await DemoPlanIdAsync();
        var (discussionId, evidenceId, title) = await app.WithDbAsync(async db =>
        {
            var draft = await db.Minutes.Where(m => m.PlanId == planId && m.Stage != MinutesStage.Final).Select(m => m.DiscussionId).FirstAsync();
            var uncited = (await db.EvidenceItems.Where(e => e.PlanId == planId).ToListAsync())
                .First(e => !db.Minutes.Where(m => m.PlanId == planId).AsEnumerable().Any(m => m.CitedEvidence.Contains(e.Id)));
            return (draft, uncited.Id, uncited.Title);
        });
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var url = $"/plans/{planId}/discussions/{discussionId}/minutes";
        var editor = await manager.GetPageAsync(url);
        Assert.NotNull(editor.QuerySelector($"#cite-evidence input[value='{evidenceId}']"));
        var form = editor.QuerySelector<IHtmlFormElement>("main form[novalidate]")!;
        var values = HtmlForms.Values(form).Where(v => v.Key != "Form.CitedEvidence").ToList();
        values.AddRange(form.QuerySelectorAll<IHtmlInputElement>("input[name='Form.CitedEvidence']").Where(i => i.IsChecked).Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)));
        values.Add(new("Form.CitedEvidence", evidenceId.ToString()));
        values.Add(new("then", "save"));

        var saved = await manager.SubmitMultipartAsync(editor, "main form[novalidate]", values);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(evidenceId, await app.WithDbAsync(db => db.Minutes.Where(m => m.DiscussionId == discussionId).Select(m => m.CitedEvidence).SingleAsync()));
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);
        var read = await monitor.GetPageAsync(url);
        Assert.Contains(title, read.QuerySelector("#cited-evidence")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Initiative ", read.QuerySelector("#cited-evidence")!.TextContent, StringComparison.Ordinal);
        var item = await manager.GetPageAsync($"/plans/{planId}/evidence/{evidenceId}");
        Assert.Contains("Minutes of", item.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
        Assert.Null(item.QuerySelector("form[action$='/remove']"));
        using var pdf = await monitor.Http.GetAsync(new Uri(url + "/pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
    }

    [DbFact]
    public async Task The_discussion_page_lists_the_evidence_added_since_the_previous_discussion()
    {
        var planId = await DemoPlanIdAsync();
        var (next, title) = await app.WithDbAsync(async db =>
        {
            var upcoming = (await db.HighlightDiscussions.Where(d => d.PlanId == planId).ToListAsync())
                .Where(d => d.StartsAt > DateTimeOffset.UtcNow).OrderBy(d => d.StartsAt).Select(d => d.Id).First();
            var latest = await db.EvidenceItems.Where(e => e.PlanId == planId).OrderByDescending(e => e.AddedAt).Select(e => e.Title).FirstAsync();
            return (upcoming, latest);
        });
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);

        var page = await monitor.GetPageAsync($"/plans/{planId}/discussions/{next}");

        Assert.Contains(title, page.QuerySelector("#new-evidence")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<(Guid PlanId, Guid InitiativeId)> PlanAsync()
    {
        var planId = await app.AddReviewedPlanAsync();
        var initiative = await app.WithDbAsync(db => db.Set<Initiative>().Where(i => db.Set<Objective>().Any(o => o.Id == i.ObjectiveId && o.PlanId == planId))
            .OrderBy(i => i.Rank).Select(i => i.Id).FirstAsync());
        return (planId, initiative);
    }

    private Task<Guid> DemoPlanIdAsync() =>
        app.WithDbAsync(async db =>
        {
            var district = await db.Districts.Where(d => d.Code == Demo.District).Select(d => d.Id).SingleAsync();
            // The demo's own plan: the one with the demo's months of discussions (tests add approved plans of their own).
            return await db.Plans.Where(p => p.DistrictId == district && p.Status == PlanStatus.Approved && db.HighlightDiscussions.Count(d => d.PlanId == p.Id) >= 7)
                .Select(p => p.Id).SingleAsync();
        });

    private async Task<(Guid PlanId, string Url, string FileName)> DemoFileAsync(string contentType)
    {
        var planId = await DemoPlanIdAsync();
        var file = await app.WithDbAsync(db => db.EvidenceFiles.Where(f => f.ContentType == contentType && db.EvidenceItems.Any(e => e.Id == f.EvidenceItemId && e.PlanId == planId))
            .Select(f => new { f.Id, f.EvidenceItemId, f.FileName }).FirstAsync());
        return (planId, $"/plans/{planId}/evidence/{file.EvidenceItemId}/files/{file.Id}", file.FileName);
    }

    private async Task<List<KeyValuePair<string, string>>> ValuesAsync(Guid planId, Guid? supports = null)
    {
        var year = await app.WithDbAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.FirstSchoolYear).SingleAsync());
        List<KeyValuePair<string, string>> values =
        [
            new("Form.Title", "November learning walks"),
            new("Form.Kind", nameof(EvidenceKind.ObservationNotes)),
            new("Form.CollectedOn", $"{year}-11-20"),
            new("Form.Description", "Grade 4 walks at Lincoln."),
        ];
        if (supports is { } id)
        {
            values.Add(new("Form.Supports", id.ToString()));
        }

        return values;
    }
}

public sealed class EvidenceWebOnSqlite(SqliteApp app) : EvidenceWebTests(app), IClassFixture<SqliteApp>;

public sealed class EvidenceWebOnPostgres(PostgresApp app) : EvidenceWebTests(app), IClassFixture<PostgresApp>;

public sealed class EvidenceWebOnSqlServer(SqlServerApp app) : EvidenceWebTests(app), IClassFixture<SqlServerApp>;
