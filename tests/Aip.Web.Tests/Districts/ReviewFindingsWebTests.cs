using System.Net;
using AngleSharp.Html.Dom;
using Aip.Domain.Districts;
using Aip.Domain.Versions;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Districts;

/// <summary>
/// District Review findings in the screens: ESE records and corrects them (refused next to the field, a stale copy reported),
/// the district reads them without the form and may not record, another district may not read them; the plan's objectives
/// tick the findings they address, and the overview, the readiness panel and ESE's review say which finding nothing addresses.
/// </summary>
public abstract class ReviewFindingsWebTests(AipApp app)
{
    private const string Form = "form#finding-form";
    private const string AmendmentForm = "main form[method=post][novalidate]";

    [DbFact]
    public async Task Ese_records_and_corrects_findings_the_district_reads_them_and_nobody_else_does()
    {
        var district = await app.AddReportingDistrictAsync();
        var url = $"/districts/{district.DistrictId}/review-findings";
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var superintendent = await app.NewClient().SignedInAsAsync(district.Superintendent);
        using var lakeside = await app.NewClient().SignedInAsAsync(Demo.OtherSuperintendent);

        var page = await ese.GetPageAsync(url);
        var blank = await TestClient.ParseAsync(await ese.SubmitAsync(page, Form,
            new() { ["Form.Standard"] = "StudentSupport", ["Form.Finding"] = "", ["Form.Recommendation"] = "Track attendance weekly." }));
        Assert.Equal("Enter the finding as the District Review states it.", blank.QuerySelector("#error-Form_Finding")!.TextContent.Trim());
        Assert.Equal("StudentSupport", blank.QuerySelector<IHtmlSelectElement>("select[name='Form.Standard']")!.Value);
        Assert.Equal("Track attendance weekly.", blank.QuerySelector<IHtmlTextAreaElement>("textarea[name='Form.Recommendation']")!.Value);
        var noStandard = await TestClient.ParseAsync(await ese.SubmitAsync(page, Form, new() { ["Form.Standard"] = "", ["Form.Finding"] = "Absence is high." }));
        Assert.NotNull(noStandard.QuerySelector("#error-Form_Standard"));

        foreach (var text in new[] { "Chronic absence is above 20% in three schools.", "Families are contacted late." })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await ese.SubmitAsync(await ese.GetPageAsync(url), Form,
                new() { ["Form.Standard"] = "StudentSupport", ["Form.Finding"] = text })).StatusCode);
        }

        var read = await superintendent.GetPageAsync(url);
        Assert.Contains("Student Support", read.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Families are contacted late.", read.Body.TextContent, StringComparison.Ordinal);
        Assert.Null(read.QuerySelector(Form));
        Assert.Equal(HttpStatusCode.Forbidden, (await superintendent.PostAsync(url, new() { ["Form.Standard"] = "Assessment", ["Form.Finding"] = "Mine." })).StatusCode);
        await lakeside.GetPageAsync(url, HttpStatusCode.Forbidden);

        var findings = await app.WithDbAsync(db => db.ReviewFindings.Where(f => f.DistrictId == district.DistrictId).OrderBy(f => f.Number).ToListAsync());
        Assert.Equal([1, 2], findings.Select(f => f.Number));
        Assert.All(findings, f => Assert.Equal(DistrictStandard.StudentSupport, f.Standard));

        // Corrected under the version read; a second copy of the same page is refused and keeps what was typed.
        var correct = await ese.GetPageAsync($"{url}?edit={findings[1].Id}");
        Assert.Equal("Families are contacted late.", correct.QuerySelector<IHtmlTextAreaElement>("textarea[name='Form.Finding']")!.Value);
        Assert.Equal(HttpStatusCode.Redirect, (await ese.SubmitAsync(correct, Form, new() { ["Form.Finding"] = "Families are contacted only after a problem is serious." })).StatusCode);
        var stale = await TestClient.ParseAsync(await ese.SubmitAsync(correct, Form, new() { ["Form.Finding"] = "From the old page." }));
        Assert.Contains("Someone else changed", stale.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("From the old page.", stale.QuerySelector<IHtmlTextAreaElement>("textarea[name='Form.Finding']")!.Value);
        var corrected = await app.WithDbAsync(db => db.ReviewFindings.SingleAsync(f => f.Id == findings[1].Id));
        Assert.Equal(("Families are contacted only after a problem is serious.", DistrictStandard.StudentSupport, 2), (corrected.Finding, corrected.Standard, corrected.Number));

        // Withdrawn while nothing addresses it; the other keeps its number.
        Assert.Equal(HttpStatusCode.Redirect, (await ese.PostAsync($"{url}/{findings[0].Id}/withdraw", [])).StatusCode);
        Assert.Equal([2], await app.WithDbAsync(db => db.ReviewFindings.Where(f => f.DistrictId == district.DistrictId).Select(f => f.Number).ToListAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.DistrictId == district.DistrictId && a.Kind == "District Review")));
    }

    [DbFact]
    public async Task An_objective_ticks_the_findings_it_addresses_and_the_plan_and_review_show_what_nothing_addresses()
    {
        var planId = await app.AddReadyPlanAsync();
        var districtId = await app.DistrictIdAsync(Demo.District);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var finding = await RecordFindingAsync(ese, districtId, "FinancialAndAssetManagement", $"Grants overlap ({planId}).");

        var overview = await manager.GetPageAsync($"/plans/{planId}");
        Assert.Contains("Not addressed", overview.QuerySelector($"#finding-{finding.Id}")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(overview.QuerySelectorAll(".readiness li, #readiness li"), li => li.TextContent.Contains(finding.Name, StringComparison.Ordinal));

        var objectiveId = await app.WithDbAsync(db => db.Set<Domain.Plans.Objective>().Where(o => o.PlanId == planId && o.Rank == 2).Select(o => o.Id).SingleAsync());
        var edit = await manager.GetPageAsync($"/plans/{planId}/objectives/{objectiveId}/edit");
        Assert.NotNull(edit.QuerySelector($"input[type=checkbox][name=Findings][value='{finding.Id}']"));
        // A finding of another district (or none at all) is refused, and nothing is saved.
        var refused = await TestClient.ParseAsync(await manager.SubmitAsync(edit, "main form[method=post]", new() { ["Findings"] = Guid.NewGuid().ToString() }));
        Assert.Contains("this district's District Review", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(edit, "main form[method=post]", new() { ["Findings"] = finding.Id.ToString() })).StatusCode);

        overview = await manager.GetPageAsync($"/plans/{planId}");
        Assert.Contains("Objective 2", overview.QuerySelector($"#finding-{finding.Id}")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(overview.QuerySelectorAll(".readiness li, #readiness li"), li => li.TextContent.Contains(finding.Name, StringComparison.Ordinal));
        var ticked = await manager.GetPageAsync($"/plans/{planId}/objectives/{objectiveId}/edit");
        Assert.True(ticked.QuerySelector<IHtmlInputElement>($"input[type=checkbox][name=Findings][value='{finding.Id}']")!.IsChecked);

        // The findings page names the part of the plan that addresses it, and ESE may not withdraw it meanwhile.
        var page = await ese.GetPageAsync($"/districts/{districtId}/review-findings");
        Assert.Contains("Objective 2", page.QuerySelector($"#finding-{finding.Id}")!.TextContent, StringComparison.Ordinal);
        var withdraw = await ese.PostAsync($"/districts/{districtId}/review-findings/{finding.Id}/withdraw", []);
        Assert.Equal(HttpStatusCode.Conflict, withdraw.StatusCode);
        Assert.Contains("Objective 2", (await TestClient.ParseAsync(withdraw)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        // Unticked (a browser then sends no value), it may be withdrawn, so that the shared demo district stays as it was.
        var unticked = HtmlForms.Values(ticked.QuerySelector<IHtmlFormElement>("main form[method=post]")!).Where(f => f.Key is not "Findings" and not "__RequestVerificationToken")
            .ToDictionary(f => f.Key, f => f.Value);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostAsync($"/plans/{planId}/objectives/{objectiveId}/edit", unticked)).StatusCode);
        Assert.Empty((await app.WithDbAsync(db => db.Set<Domain.Plans.Objective>().SingleAsync(o => o.Id == objectiveId))).Addresses);
        Assert.Equal(HttpStatusCode.Redirect, (await ese.PostAsync($"/districts/{districtId}/review-findings/{finding.Id}/withdraw", [])).StatusCode);
    }

    [DbFact]
    public async Task A_finding_ticked_in_an_amendment_shows_in_the_diff_and_the_history_names_what_was_added_and_removed()
    {
        var planId = await app.AddReviewedPlanAsync();
        var districtId = await app.DistrictIdAsync(Demo.District);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var finding = await RecordFindingAsync(ese, districtId, "Assessment", $"Common assessments are not analysed ({planId}).");
        var objectiveId = await app.WithDbAsync(db => db.Set<Domain.Plans.Objective>().Where(o => o.PlanId == planId && o.Rank == 2).Select(o => o.Id).SingleAsync());
        await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/amendments/new"), AmendmentForm, new() { ["Form.Reason"] = "Objective 2 answers the assessment finding." });

        var edit = await manager.GetPageAsync($"/plans/{planId}/objectives/{objectiveId}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(edit, "main form[method=post]", new() { ["Findings"] = finding.Id.ToString() })).StatusCode);

        // The version in force compared with the plan now: objective 2 changed, its findings named as the findings page names them.
        var diff = await manager.GetPageAsync($"/plans/{planId}/compare?from=1");
        var changed = Assert.Single(diff.QuerySelectorAll(".version-diff-table tbody"));
        Assert.Contains("Objective 2", changed.QuerySelector(".diff-item")!.TextContent, StringComparison.Ordinal);
        var row = Assert.Single(changed.QuerySelectorAll("tr"), r => r.QuerySelector("th")!.TextContent == PlanDiff.FindingsField);
        var sides = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(("—none", finding.Name), (sides[0], sides[1]));
        Assert.Contains(finding.Name, (await ese.GetPageAsync($"/plans/{planId}/compare?from=1")).Body!.TextContent, StringComparison.Ordinal);

        // Unticked again (a browser then sends no value).
        var ticked = await manager.GetPageAsync($"/plans/{planId}/objectives/{objectiveId}/edit");
        var unticked = HtmlForms.Values(ticked.QuerySelector<IHtmlFormElement>("main form[method=post]")!).Where(f => f.Key is not "Findings" and not "__RequestVerificationToken")
            .ToDictionary(f => f.Key, f => f.Value);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostAsync($"/plans/{planId}/objectives/{objectiveId}/edit", unticked)).StatusCode);

        var history = (await ese.GetPageAsync($"/plans/{planId}/history")).QuerySelector("tbody")!.TextContent;
        Assert.Contains($"District Review findings addressed: added “{finding.Name}”", history, StringComparison.Ordinal);
        Assert.Contains($"District Review findings addressed: removed “{finding.Name}”", history, StringComparison.Ordinal);
        Assert.DoesNotContain("District Review findings addressed: changed", history, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ese.PostAsync($"/districts/{districtId}/review-findings/{finding.Id}/withdraw", [])).StatusCode);
    }

    /// <summary>ESE records a finding through the form; the finding as saved.</summary>
    private async Task<ReviewFinding> RecordFindingAsync(TestClient ese, Guid districtId, string standard, string text)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await ese.SubmitAsync(await ese.GetPageAsync($"/districts/{districtId}/review-findings"), Form,
            new() { ["Form.Standard"] = standard, ["Form.Finding"] = text })).StatusCode);
        return await app.WithDbAsync(db => db.ReviewFindings.SingleAsync(f => f.Finding == text));
    }
}

public sealed class ReviewFindingsWebOnSqlite(SqliteApp app) : ReviewFindingsWebTests(app), IClassFixture<SqliteApp>;

public sealed class ReviewFindingsWebOnPostgres(PostgresApp app) : ReviewFindingsWebTests(app), IClassFixture<PostgresApp>;

public sealed class ReviewFindingsWebOnSqlServer(SqlServerApp app) : ReviewFindingsWebTests(app), IClassFixture<SqlServerApp>;
