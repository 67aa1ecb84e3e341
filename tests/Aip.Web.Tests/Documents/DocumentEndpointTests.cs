using System.Net;
using Aip.Documents;
using Aip.Domain.People;
using Aip.Domain.Reviews;
using Aip.Web.Features.Documents;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aip.Web.Tests.Documents;

/// <summary>The PDF endpoints: what each downloads, who may, and the bound on rendering.</summary>
public sealed class DocumentEndpointTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [PdfToolsFact]
    public async Task A_one_year_plan_reads_the_same_on_its_page_and_in_its_pdf()
    {
        var planId = await app.AddPlanAsync(p => p.UpdateDetails("One-year plan", 2027, 2027));
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var page = (await manager.GetPageAsync($"/plans/{planId}")).QuerySelector(".lead")!.TextContent;
        var pdf = PdfTools.Text(await (await manager.Http.GetAsync(new Uri($"/plans/{planId}/pdf", UriKind.Relative))).Content.ReadAsByteArrayAsync());

        Assert.Contains("School years 2027–28", page, StringComparison.Ordinal);
        Assert.Contains("2027–28", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("2027–28 to", pdf, StringComparison.Ordinal);
    }

    [CjkFontFact]
    public async Task Chinese_japanese_and_korean_leads_print_in_the_plan_pdf_with_the_fallback_font()
    {
        var planId = await app.AddPlanAsync(p =>
        {
            var objective = p.AddObjective("Every student reads at grade level.", "李明华");
            p.AddInitiative(objective.Id, "Coaching for 山田太郎's literacy team.", "김민수", "Coaches.");
        });
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var pdf = await manager.Http.GetByteArrayAsync(new Uri($"/plans/{planId}/pdf", UriKind.Relative));

        var text = string.Concat(PdfTools.Text(pdf).Where(c => !char.IsWhiteSpace(c)));
        Assert.All(["李明华", "山田太郎", "김민수"], name => Assert.Contains(name, text, StringComparison.Ordinal));
        Assert.Contains(PdfTools.Fonts(pdf), font => font.Name.EndsWith("+Droid", StringComparison.Ordinal) && font.Embedded);
    }

    [PdfToolsFact]
    public async Task A_plan_not_approved_prints_DRAFT_on_every_page_and_an_approved_one_its_approval_block()
    {
        var draftId = await app.AddReadyPlanAsync();
        var approvedId = await app.AddReviewedPlanAsync();
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var draft = await manager.Http.GetByteArrayAsync(new Uri($"/plans/{draftId}/pdf", UriKind.Relative));
        var version = await manager.Http.GetByteArrayAsync(new Uri($"/plans/{approvedId}/versions/1/pdf", UriKind.Relative));
        var inForce = await manager.Http.GetByteArrayAsync(new Uri($"/plans/{approvedId}/pdf", UriKind.Relative));

        var marks = PdfTools.WatermarkedPages(draft, PlanDocument.DraftWatermark);
        Assert.True(marks.Count > 1);
        Assert.All(marks, Assert.True);
        Assert.Contains("has not been approved by ESE", PdfTools.PageTexts(draft)[0], StringComparison.Ordinal);
        Assert.DoesNotContain(PlanDocument.ApprovalTitle, PdfTools.PageTexts(draft)[0], StringComparison.Ordinal);
        foreach (var approved in new[] { version, inForce })
        {
            Assert.All(PdfTools.WatermarkedPages(approved, PlanDocument.DraftWatermark), Assert.False);
            var first = PdfTools.PageTexts(approved)[0];
            Assert.Contains("Approved by", first, StringComparison.Ordinal);
            Assert.Contains("Dana Whitfield, ESE", first, StringComparison.Ordinal);
        }
    }

    [PdfToolsFact]
    public async Task Each_version_downloads_as_its_own_pdf_and_the_live_plan_as_it_stands()
    {
        var planId = await app.AddReviewedPlanAsync();
        await app.WithDbAsync(async db =>
        {
            var plan = (await new Aip.Web.Features.Plans.PlanStore(db, new Aip.Web.Data.CompiledReads()).LoadAsync(planId))!;
            var amendment = plan.StartAmendment("Sharper first objective.", new Actor(Guid.NewGuid(), Role.PlanManager, "Ana Ruiz"), DateTimeOffset.UtcNow);
            plan.UpdateObjective(plan.Objectives[0].Id, "A sharper first objective for version two", plan.Objectives[0].Lead);
            db.Amendments.Add(amendment);
            db.PlanVersions.Add(plan.FinishAmendment(amendment, false, new Actor(Guid.NewGuid(), Role.PlanManager, "Ana Ruiz"), DateTimeOffset.UtcNow)!);
            return await db.SaveChangesAsync();
        });
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);

        var first = await monitor.Http.GetAsync(new Uri($"/plans/{planId}/versions/1/pdf", UriKind.Relative));
        var second = await monitor.Http.GetAsync(new Uri($"/plans/{planId}/versions/2/pdf", UriKind.Relative));
        var live = await monitor.Http.GetAsync(new Uri($"/plans/{planId}/pdf", UriKind.Relative));
        var missing = await monitor.Http.GetAsync(new Uri($"/plans/{planId}/versions/3/pdf", UriKind.Relative));

        Assert.Equal("application/pdf", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal("RIV-Riverton-Public-Schools-Accelerated-Improvement-Plan-2026-2028-version-1.pdf", first.Content.Headers.ContentDisposition!.FileNameStar ?? first.Content.Headers.ContentDisposition.FileName);
        var (one, two, now) = (PdfTools.Text(await first.Content.ReadAsByteArrayAsync()), PdfTools.Text(await second.Content.ReadAsByteArrayAsync()), PdfTools.Text(await live.Content.ReadAsByteArrayAsync()));
        Assert.Contains("Version 1 — approved by ESE (Dana Whitfield)", one, StringComparison.Ordinal);
        Assert.DoesNotContain("A sharper first objective for version two", one, StringComparison.Ordinal);
        Assert.Contains("Version 2 — amendment 1, recorded (Ana Ruiz)", two, StringComparison.Ordinal);
        Assert.Contains("A sharper first objective for version two", two, StringComparison.Ordinal);
        Assert.Contains("Version 2, in force", now, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [PdfToolsFact]
    public async Task A_decided_review_downloads_with_its_ratings_and_comments_and_one_in_progress_only_for_ese()
    {
        var planId = await app.AddReviewedPlanAsync(approve: false, sectionComment: "Tighten Section 1.");
        var reviewId = await app.WithDbAsync(db => db.PlanReviews.Where(r => r.PlanId == planId).Select(r => r.Id).SingleAsync());
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        Assert.Equal(HttpStatusCode.NotFound, (await superintendent.Http.GetAsync(new Uri($"/plans/{planId}/reviews/{reviewId}/pdf", UriKind.Relative))).StatusCode);
        var inProgress = await ese.Http.GetAsync(new Uri($"/plans/{planId}/reviews/{reviewId}/pdf", UriKind.Relative));

        var text = PdfTools.Text(await inProgress.Content.ReadAsByteArrayAsync());
        Assert.Contains("Provides Focus", text, StringComparison.Ordinal);
        Assert.Contains("Tighten Section 1.", text, StringComparison.Ordinal);

        // Once ESE decides, the district downloads it too.
        await app.WithDbAsync(async db =>
        {
            var plan = await db.Plans.SingleAsync(p => p.Id == planId);
            var review = await db.PlanReviews.Include(r => r.Ratings).SingleAsync(r => r.Id == reviewId);
            plan.Return(review, Role.EseStaff, DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var decided = await superintendent.Http.GetAsync(new Uri($"/plans/{planId}/reviews/{reviewId}/pdf", UriKind.Relative));
        var decidedText = PdfTools.Text(await decided.Content.ReadAsByteArrayAsync());
        Assert.Contains("Returned to the district for revision", decidedText, StringComparison.Ordinal);
        Assert.Contains("Tighten Section 1.", decidedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_pdf_endpoint_is_bound_by_the_render_limit()
    {
        var pdfs = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.EndsWith("/pdf", StringComparison.Ordinal)).ToList();

        Assert.Equal(6, pdfs.Count); // the plan, a version, a review, the Minutes, a progress report in the app and in the public archive
        Assert.All(pdfs, e => Assert.Equal(DocumentsRegistration.RenderPolicy, e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName));
    }

    [Fact]
    public async Task A_pdf_request_beyond_the_limit_is_asked_to_try_again()
    {
        // One render at a time and none waiting; the first render is held until the second request has its answer.
        using var release = new ManualResetEventSlim();
        using var rendering = new SemaphoreSlim(0);
        using var limited = app.WithWebHostBuilder(host => host
            .UseSetting("Documents:MaxConcurrentRenders", "1")
            .UseSetting("Documents:MaxQueuedRenders", "0")
            .ConfigureServices(services => services.AddSingleton<IDocumentRenderer>(new HeldRenderer(rendering, release))));
        var planId = await app.AddReviewedPlanAsync();
        using var first = await app.NewClient(limited).SignedInAsAsync(Demo.Monitor);
        using var second = await app.NewClient(limited).SignedInAsAsync(Demo.Monitor);

        var held = first.Http.GetAsync(new Uri($"/plans/{planId}/pdf", UriKind.Relative));
        Assert.True(await rendering.WaitAsync(TimeSpan.FromSeconds(30)), "the first render did not start");
        var busy = await second.GetPageAsync($"/plans/{planId}/pdf", HttpStatusCode.ServiceUnavailable);
        release.Set();

        Assert.Equal("AIP is busy", busy.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await held).StatusCode);
    }

    /// <summary>Renders once the test lets it, saying when it has started.</summary>
    private sealed class HeldRenderer(SemaphoreSlim started, ManualResetEventSlim release) : IDocumentRenderer
    {
        public byte[] Render(DocumentSpec spec)
        {
            started.Release();
            release.Wait(TimeSpan.FromSeconds(30));
            return "%PDF-1.4 held"u8.ToArray();
        }
    }

    [Theory]
    [InlineData("Riverton Public Schools Accelerated Improvement Plan 2026–2028", "Riverton-Public-Schools-Accelerated-Improvement-Plan-2026-2028")]
    [InlineData("Plan d’amélioration — École Saint-Léon", "Plan-d-amelioration-Ecole-Saint-Leon")]
    [InlineData("王小明", "plan")]
    public void File_names_are_plain_ascii(string title, string expected)
    {
        Assert.Equal(expected, DocumentsController.Slug(title));
    }
}
