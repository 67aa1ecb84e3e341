using System.Net;
using Aip.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Aip.Web.Tests.Authorization;

/// <summary>Who may reach an endpoint.</summary>
public enum Access
{
    /// <summary>Anyone, signed in or not.</summary>
    Public,

    /// <summary>Any signed-in person.</summary>
    SignedIn,

    /// <summary>ESE staff only: every other role gets 403.</summary>
    EseStaff,

    /// <summary>Anyone who may read the district in the route: others get 403 (or 404).</summary>
    DistrictRead,

    /// <summary>Only the district's Superintendent and Plan Manager, while the plan is a draft: everyone else 403.</summary>
    PlanEdit,

    /// <summary>Only the district's Superintendent and Plan Manager, in any status (the workflow refuses wrong steps): everyone else 403.</summary>
    PlanSteer,

    /// <summary>Only ESE staff, on a plan: district people and monitors 403.</summary>
    PlanReview,

    /// <summary>
    /// Like <see cref="DistrictRead"/>, for a record of the plan (a review, a version, a comparison of versions): outsiders
    /// get 403 or 404 here; insiders reading it are tested with the feature.
    /// </summary>
    DistrictReadRecord,

    /// <summary>The district's Superintendent and Plan Manager take the monitoring steps (schedule, agenda, Minutes, risks): everyone else 403.</summary>
    MonitoringLead,

    /// <summary>Discrepancies on a draft of the Minutes: the district's Superintendent and its monitor; the Plan Manager and ESE 403.</summary>
    MonitoringReview,

    /// <summary>The monitor's own steps (questions for the agenda, requests, visits): the district's monitor only.</summary>
    MonitoringMonitorSteps,

    /// <summary>Questions on final Minutes: ESE staff only.</summary>
    MonitoringAsk,

    /// <summary>Begin a district's progress report: the district's monitor only.</summary>
    ReportWrite,

    /// <summary>
    /// A progress report's page or step (the demo's report in review): the role and the report's stage decide
    /// (<c>ReportAccess</c>, unit tested; the chain is tested with the feature). Here: anonymous visitors sign in, the other
    /// district's people get 403; any monitor may read a draft in review, so the unassigned monitor is not refused here.
    /// </summary>
    Report,
}

/// <summary>
/// Every endpoint of the app must have a row in <see cref="Table"/>; for each row the test checks that an
/// anonymous visitor is sent to sign in, a wrong role gets 403 and a person of the wrong district gets
/// 403 or 404. A new endpoint without a row fails the test, so access is always decided on purpose.
/// </summary>
public abstract class EndpointAccessTests(AipApp app)
{
    public static readonly IReadOnlyList<(string Method, string Route, Access Access)> Table =
    [
        ("*", "health", Access.Public),
        ("*", "error", Access.Public),
        ("*", "error/{code:int}", Access.Public),
        ("GET", "account/sign-in", Access.Public),
        ("POST", "account/sign-in", Access.Public),
        ("GET", "account/forgot-password", Access.Public),
        ("POST", "account/forgot-password", Access.Public),
        ("GET", "account/reset-password", Access.Public),
        ("POST", "account/reset-password", Access.Public),
        ("GET", "account/sign-in/code", Access.Public),
        ("POST", "account/sign-in/code", Access.Public),
        ("POST", "account/sign-out", Access.SignedIn),
        ("GET", "account/second-factor", Access.SignedIn),
        ("POST", "account/second-factor", Access.SignedIn),
        ("POST", "account/second-factor/recovery-codes", Access.SignedIn),
        ("POST", "account/second-factor/turn-off", Access.SignedIn),
        ("GET", "account/sessions", Access.SignedIn),
        ("POST", "account/sessions/{handle}/end", Access.SignedIn),
        ("POST", "account/sessions/end-others", Access.SignedIn),
        ("GET", "account/change-password", Access.SignedIn),
        ("POST", "account/change-password", Access.SignedIn),
        ("GET", "account/notification-mail", Access.SignedIn),
        ("POST", "account/notification-mail", Access.SignedIn),
        ("GET", "", Access.SignedIn),
        ("GET", "districts", Access.EseStaff),
        ("GET", "districts/create", Access.EseStaff),
        ("POST", "districts/create", Access.EseStaff),
        ("GET", "districts/{id:guid}", Access.DistrictRead),
        ("GET", "districts/{id:guid}/edit", Access.EseStaff),
        ("POST", "districts/{id:guid}/edit", Access.EseStaff),
        ("POST", "districts/{id:guid}/monitors", Access.EseStaff),
        ("POST", "districts/{id:guid}/monitors/{monitorId:guid}/remove", Access.EseStaff),
        ("GET", "districts/{id:guid}/history", Access.EseStaff),
        ("POST", "districts/{id:guid}/export", Access.EseStaff),
        ("GET", "districts/{id:guid}/delete", Access.EseStaff),
        ("POST", "districts/{id:guid}/delete", Access.EseStaff),
        ("GET", "districts/deleted", Access.EseStaff),
        ("GET", "admin/outbox", Access.EseStaff),
        ("POST", "admin/outbox/{id:guid}/retry", Access.EseStaff),
        ("GET", "users", Access.EseStaff),
        ("GET", "users/create", Access.EseStaff),
        ("POST", "users/create", Access.EseStaff),
        ("POST", "users/{id:guid}/second-factor/reset", Access.EseStaff),
        ("GET", "users/sign-ins", Access.EseStaff),
        ("GET", "users/{id:guid}/edit", Access.EseStaff),
        ("POST", "users/{id:guid}/edit", Access.EseStaff),
        ("POST", "users/{id:guid}/deactivate", Access.EseStaff),
        ("POST", "users/{id:guid}/reactivate", Access.EseStaff),
        ("POST", "users/{id:guid}/password-link", Access.EseStaff),
        ("GET", "users/history", Access.EseStaff),
        ("GET", "districts/{districtId:guid}/plans/new", Access.PlanEdit),
        ("POST", "districts/{districtId:guid}/plans/new", Access.PlanEdit),
        ("GET", "plans/{id:guid}", Access.DistrictRead),
        ("GET", "plans/{id:guid}/details", Access.PlanEdit),
        ("POST", "plans/{id:guid}/details", Access.PlanEdit),
        ("GET", "plans/{id:guid}/section-1", Access.PlanEdit),
        ("POST", "plans/{id:guid}/section-1", Access.PlanEdit),
        ("GET", "plans/{id:guid}/history", Access.EseStaff),
        ("GET", "plans/{id:guid}/objectives/add", Access.PlanEdit),
        ("POST", "plans/{id:guid}/objectives/add", Access.PlanEdit),
        ("GET", "plans/{id:guid}/objectives/{objectiveId:guid}/edit", Access.PlanEdit),
        ("POST", "plans/{id:guid}/objectives/{objectiveId:guid}/edit", Access.PlanEdit),
        ("POST", "plans/{id:guid}/objectives/{objectiveId:guid}/move", Access.PlanEdit),
        ("GET", "plans/{id:guid}/objectives/{objectiveId:guid}/remove", Access.PlanEdit),
        ("POST", "plans/{id:guid}/objectives/{objectiveId:guid}/remove", Access.PlanEdit),
        ("GET", "plans/{id:guid}/initiatives/{initiativeId:guid}", Access.DistrictRead),
        ("GET", "plans/{id:guid}/objectives/{objectiveId:guid}/initiatives/add", Access.PlanEdit),
        ("POST", "plans/{id:guid}/objectives/{objectiveId:guid}/initiatives/add", Access.PlanEdit),
        ("GET", "plans/{id:guid}/initiatives/{initiativeId:guid}/edit", Access.PlanEdit),
        ("POST", "plans/{id:guid}/initiatives/{initiativeId:guid}/edit", Access.PlanEdit),
        ("POST", "plans/{id:guid}/initiatives/{initiativeId:guid}/move", Access.PlanEdit),
        ("GET", "plans/{id:guid}/initiatives/{initiativeId:guid}/remove", Access.PlanEdit),
        ("POST", "plans/{id:guid}/initiatives/{initiativeId:guid}/remove", Access.PlanEdit),
        ("GET", "plans/{id:guid}/initiatives/{initiativeId:guid}/benchmarks/add", Access.PlanEdit),
        ("POST", "plans/{id:guid}/initiatives/{initiativeId:guid}/benchmarks/add", Access.PlanEdit),
        ("GET", "plans/{id:guid}/benchmarks/{benchmarkId:guid}/edit", Access.PlanEdit),
        ("POST", "plans/{id:guid}/benchmarks/{benchmarkId:guid}/edit", Access.PlanEdit),
        ("GET", "plans/{id:guid}/benchmarks/{benchmarkId:guid}/remove", Access.PlanEdit),
        ("POST", "plans/{id:guid}/benchmarks/{benchmarkId:guid}/remove", Access.PlanEdit),
        ("GET", "plans/{id:guid}/initiatives/{initiativeId:guid}/activities/add", Access.PlanEdit),
        ("POST", "plans/{id:guid}/initiatives/{initiativeId:guid}/activities/add", Access.PlanEdit),
        ("GET", "plans/{id:guid}/activities/{activityId:guid}/edit", Access.PlanEdit),
        ("POST", "plans/{id:guid}/activities/{activityId:guid}/edit", Access.PlanEdit),
        ("GET", "plans/{id:guid}/activities/{activityId:guid}/remove", Access.PlanEdit),
        ("POST", "plans/{id:guid}/activities/{activityId:guid}/remove", Access.PlanEdit),
        ("GET", "plans/{id:guid}/final-outcomes/add", Access.PlanEdit),
        ("POST", "plans/{id:guid}/final-outcomes/add", Access.PlanEdit),
        ("GET", "plans/{id:guid}/final-outcomes/{outcomeId:guid}/edit", Access.PlanEdit),
        ("POST", "plans/{id:guid}/final-outcomes/{outcomeId:guid}/edit", Access.PlanEdit),
        ("GET", "plans/{id:guid}/final-outcomes/{outcomeId:guid}/remove", Access.PlanEdit),
        ("POST", "plans/{id:guid}/final-outcomes/{outcomeId:guid}/remove", Access.PlanEdit),
        ("GET", "plans/{id:guid}/submit", Access.PlanSteer),
        ("POST", "plans/{id:guid}/submit", Access.PlanSteer),
        ("POST", "plans/{id:guid}/submit/ask", Access.PlanSteer),
        ("GET", "plans/{id:guid}/self-assessment", Access.DistrictRead),
        ("POST", "plans/{id:guid}/self-assessment", Access.PlanSteer),
        ("GET", "plans/{id:guid}/review", Access.PlanReview),
        ("POST", "plans/{id:guid}/review", Access.PlanReview),
        ("POST", "plans/{id:guid}/review/comments", Access.PlanReview),
        ("GET", "plans/{id:guid}/reviews/{reviewId:guid}", Access.DistrictReadRecord),
        ("POST", "plans/{id:guid}/comments/{commentId:guid}/resolve", Access.PlanSteer),
        ("GET", "plans/{id:guid}/versions", Access.DistrictRead),
        ("GET", "plans/{id:guid}/compare", Access.DistrictReadRecord),
        ("GET", "plans/{id:guid}/amendments/new", Access.PlanSteer),
        ("POST", "plans/{id:guid}/amendments/new", Access.PlanSteer),
        ("GET", "plans/{id:guid}/amendments/finish", Access.PlanSteer),
        ("POST", "plans/{id:guid}/amendments/finish", Access.PlanSteer),
        ("GET", "plans/{id:guid}/amendments/cancel", Access.PlanSteer),
        ("POST", "plans/{id:guid}/amendments/cancel", Access.PlanSteer),
        ("GET", "plans/{id:guid}/amendments/decide", Access.PlanReview),
        ("POST", "plans/{id:guid}/amendments/decide", Access.PlanReview),
        ("GET", "plans/{id:guid}/successor", Access.PlanSteer),
        ("POST", "plans/{id:guid}/successor", Access.PlanSteer),
        ("GET", "plans/{id:guid}/pdf", Access.DistrictRead),
        ("GET", "plans/{id:guid}/versions/{number:int}/pdf", Access.DistrictReadRecord),
        ("GET", "plans/{id:guid}/reviews/{reviewId:guid}/pdf", Access.DistrictReadRecord),
        ("GET", "plans/{id:guid}/discussions", Access.DistrictRead),
        ("GET", "plans/{id:guid}/discussions/new", Access.MonitoringLead),
        ("POST", "plans/{id:guid}/discussions/new", Access.MonitoringLead),
        ("GET", "plans/{id:guid}/discussions/{discussionId:guid}", Access.DistrictReadRecord),
        ("GET", "plans/{id:guid}/discussions/{discussionId:guid}/reschedule", Access.MonitoringLead),
        ("POST", "plans/{id:guid}/discussions/{discussionId:guid}/reschedule", Access.MonitoringLead),
        ("POST", "plans/{id:guid}/discussions/{discussionId:guid}/cancel", Access.MonitoringLead),
        ("POST", "plans/{id:guid}/discussions/{discussionId:guid}/agenda", Access.MonitoringLead),
        ("POST", "plans/{id:guid}/discussions/{discussionId:guid}/agenda/{itemId:guid}/remove", Access.MonitoringLead),
        ("POST", "plans/{id:guid}/discussions/{discussionId:guid}/agenda/{itemId:guid}/questions", Access.MonitoringMonitorSteps),
        ("POST", "plans/{id:guid}/discussions/{discussionId:guid}/questions/share", Access.MonitoringMonitorSteps),
        ("GET", "plans/{id:guid}/discussions/{discussionId:guid}/minutes", Access.DistrictReadRecord),
        ("POST", "plans/{id:guid}/discussions/{discussionId:guid}/minutes", Access.MonitoringLead),
        ("POST", "plans/{id:guid}/discussions/{discussionId:guid}/minutes/comments", Access.MonitoringReview),
        ("POST", "plans/{id:guid}/discussions/{discussionId:guid}/minutes/questions", Access.MonitoringAsk),
        ("POST", "plans/{id:guid}/discussions/{discussionId:guid}/minutes/comments/{commentId:guid}/resolve", Access.MonitoringLead),
        ("POST", "plans/{id:guid}/discussions/{discussionId:guid}/minutes/final", Access.MonitoringLead),
        ("POST", "plans/{id:guid}/discussions/{discussionId:guid}/minutes/addenda", Access.MonitoringLead),
        ("GET", "plans/{id:guid}/discussions/{discussionId:guid}/minutes/pdf", Access.DistrictReadRecord),
        ("GET", "plans/{id:guid}/evidence", Access.DistrictRead),
        ("GET", "plans/{id:guid}/evidence/new", Access.MonitoringLead),
        ("POST", "plans/{id:guid}/evidence/new", Access.MonitoringLead),
        ("GET", "plans/{id:guid}/evidence/{evidenceId:guid}", Access.DistrictReadRecord),
        ("GET", "plans/{id:guid}/evidence/{evidenceId:guid}/edit", Access.MonitoringLead),
        ("POST", "plans/{id:guid}/evidence/{evidenceId:guid}/edit", Access.MonitoringLead),
        ("POST", "plans/{id:guid}/evidence/{evidenceId:guid}/remove", Access.MonitoringLead),
        ("GET", "plans/{id:guid}/evidence/{evidenceId:guid}/files/{fileId:guid}", Access.DistrictReadRecord),
        ("GET", "plans/{id:guid}/risks", Access.DistrictRead),
        ("POST", "plans/{id:guid}/risks", Access.MonitoringLead),
        ("POST", "plans/{id:guid}/risks/{riskId:guid}", Access.MonitoringLead),
        ("GET", "plans/{id:guid}/coverage", Access.DistrictRead),
        ("GET", "plans/{id:guid}/requests", Access.DistrictRead),
        ("POST", "plans/{id:guid}/requests", Access.MonitoringMonitorSteps),
        ("POST", "plans/{id:guid}/requests/{requestId:guid}/answer", Access.MonitoringLead),
        ("GET", "plans/{id:guid}/visits", Access.DistrictRead),
        ("POST", "plans/{id:guid}/visits", Access.MonitoringMonitorSteps),
        ("POST", "plans/{id:guid}/visits/{visitId:guid}/cancel", Access.MonitoringMonitorSteps),
        ("POST", "plans/{id:guid}/visits/{visitId:guid}/notes", Access.MonitoringMonitorSteps),
        ("GET", "plans/{id:guid}/progress", Access.DistrictRead),
        ("GET", "plans/{id:guid}/initiatives/{initiativeId:guid}/progress", Access.DistrictRead),
        ("GET", "plans/{id:guid}/progress/results", Access.MonitoringLead),
        ("POST", "plans/{id:guid}/progress/results", Access.MonitoringLead),
        ("GET", "plans/{id:guid}/benchmarks/{benchmarkId:guid}/baseline", Access.MonitoringLead),
        ("POST", "plans/{id:guid}/benchmarks/{benchmarkId:guid}/baseline", Access.MonitoringLead),
        ("GET", "plans/{id:guid}/activities/{activityId:guid}/status", Access.MonitoringLead),
        ("POST", "plans/{id:guid}/activities/{activityId:guid}/status", Access.MonitoringLead),
        ("GET", "plans/{id:guid}/final-outcomes/{outcomeId:guid}/actuals", Access.MonitoringLead),
        ("POST", "plans/{id:guid}/final-outcomes/{outcomeId:guid}/actuals", Access.MonitoringLead),
        ("GET", "districts/{districtId:guid}/reports", Access.DistrictRead),
        ("POST", "districts/{districtId:guid}/reports", Access.ReportWrite),
        ("GET", "reports", Access.SignedIn),
        ("GET", "reporting-calendar/{schoolYear:int?}", Access.EseStaff),
        ("POST", "reporting-calendar/{schoolYear:int}", Access.EseStaff),
        ("GET", "reports/{reportId:guid}", Access.Report),
        ("GET", "reports/{reportId:guid}/edit", Access.Report),
        ("POST", "reports/{reportId:guid}/edit", Access.Report),
        ("POST", "reports/{reportId:guid}/comments", Access.Report),
        ("POST", "reports/{reportId:guid}/corrections", Access.Report),
        ("POST", "reports/{reportId:guid}/comments/{commentId:guid}/respond", Access.Report),
        ("POST", "reports/{reportId:guid}/fact-check", Access.Report),
        ("POST", "reports/{reportId:guid}/fact-check/done", Access.Report),
        ("POST", "reports/{reportId:guid}/publication", Access.Report),
        ("POST", "reports/{reportId:guid}/presentation", Access.Report),
        ("POST", "reports/{reportId:guid}/board-presentation", Access.Report),
        ("POST", "reports/{reportId:guid}/errata", Access.Report),
        ("GET", "reports/{reportId:guid}/pdf", Access.Report),
        ("GET", "portfolio", Access.EseStaff),
        ("GET", "portfolio.csv", Access.EseStaff),
        ("GET", "archive", Access.Public),
        ("GET", "archive/{reportId:guid}", Access.Public),
        ("GET", "archive/{reportId:guid}/pdf", Access.Public),
        ("GET", "notifications", Access.SignedIn),
        ("POST", "notifications/{id:guid}/open", Access.SignedIn),
        ("POST", "notifications/read", Access.SignedIn),
        ("GET", "districts/{districtId:guid}/road-to-exit", Access.DistrictRead),
        ("POST", "districts/{districtId:guid}/road-to-exit/reflections", Access.DistrictReadRecord),
        ("GET", "districts/{districtId:guid}/road-to-exit/reflections/{reflectionId:guid}", Access.DistrictRead),
        ("GET", "districts/{districtId:guid}/road-to-exit/reflections/{reflectionId:guid}/my-view", Access.DistrictReadRecord),
        ("POST", "districts/{districtId:guid}/road-to-exit/reflections/{reflectionId:guid}/my-view", Access.DistrictReadRecord),
        ("GET", "districts/{districtId:guid}/review-findings", Access.DistrictRead),
        ("POST", "districts/{districtId:guid}/review-findings", Access.EseStaff),
        ("POST", "districts/{districtId:guid}/review-findings/{findingId:guid}", Access.EseStaff),
        ("POST", "districts/{districtId:guid}/review-findings/{findingId:guid}/withdraw", Access.EseStaff),
        ("GET", "districts/{districtId:guid}/road-to-exit/exit-criteria", Access.DistrictRead),
        ("POST", "districts/{districtId:guid}/road-to-exit/exit-criteria/achievement", Access.EseStaff),
        ("POST", "districts/{districtId:guid}/road-to-exit/exit-criteria/evidence", Access.EseStaff),
        ("POST", "districts/{districtId:guid}/road-to-exit/exit-criteria/evidence/{evidenceId:guid}/withdraw", Access.EseStaff),
    ];

    [DbFact]
    public void Every_endpoint_has_exactly_one_row_in_the_access_table()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText?.Trim('/')}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var rows = Table.Select(r => $"{r.Method} {r.Route}").Order(StringComparer.Ordinal).ToList();

        Assert.Equal(rows.Distinct(), rows);
        Assert.Equal(rows, endpoints);
    }

    [DbFact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_except_on_public_endpoints()
    {
        using var anonymous = app.NewClient();
        foreach (var (method, route, access) in Table)
        {
            var response = await SendAsync(anonymous, method, await UrlAsync(route, Demo.District), withToken: false);

            if (access == Access.Public)
            {
                Assert.False(response.IsRedirectToSignIn(), $"{method} {route} is public but sent the visitor to sign in.");
            }
            else
            {
                Assert.True(response.IsRedirectToSignIn(), $"{method} {route}: expected a redirect to sign in, got {(int)response.StatusCode}.");
            }
        }
    }

    [DbFact]
    public async Task Other_roles_are_refused_ese_staff_endpoints()
    {
        foreach (var email in new[] { Demo.Superintendent, Demo.Manager, Demo.Monitor })
        {
            using var client = await app.NewClient().SignedInAsAsync(email);
            foreach (var (method, route, _) in Table.Where(r => r.Access == Access.EseStaff))
            {
                var response = await SendAsync(client, method, await UrlAsync(route, Demo.District), withToken: true);

                Assert.True(HttpStatusCode.Forbidden == response.StatusCode, $"{email} {method} {route}: expected 403, got {(int)response.StatusCode}.");
            }
        }
    }

    [DbFact]
    public async Task Readers_are_refused_the_plan_editors_and_the_district_steps()
    {
        foreach (var email in new[] { Demo.Ese, Demo.Monitor })
        {
            using var client = await app.NewClient().SignedInAsAsync(email);
            foreach (var (method, route, _) in Table.Where(r => r.Access is Access.PlanEdit or Access.PlanSteer))
            {
                var response = await SendAsync(client, method, await UrlAsync(route, Demo.District), withToken: true);

                Assert.True(HttpStatusCode.Forbidden == response.StatusCode, $"{email} {method} {route}: expected 403, got {(int)response.StatusCode}.");
            }
        }
    }

    [DbFact]
    public async Task District_people_and_monitors_are_refused_the_ese_review_steps()
    {
        foreach (var email in new[] { Demo.Superintendent, Demo.Manager, Demo.Monitor })
        {
            using var client = await app.NewClient().SignedInAsAsync(email);
            foreach (var (method, route, _) in Table.Where(r => r.Access == Access.PlanReview))
            {
                var response = await SendAsync(client, method, await UrlAsync(route, Demo.District), withToken: true);

                Assert.True(HttpStatusCode.Forbidden == response.StatusCode, $"{email} {method} {route}: expected 403, got {(int)response.StatusCode}.");
            }
        }
    }

    [DbFact]
    public async Task Each_monitoring_step_is_refused_to_the_roles_that_do_not_take_it()
    {
        var refused = new (Access Access, string[] Emails)[]
        {
            (Access.MonitoringLead, [Demo.Ese, Demo.Monitor]),
            (Access.MonitoringReview, [Demo.Manager, Demo.Ese]),
            (Access.MonitoringMonitorSteps, [Demo.Superintendent, Demo.Manager, Demo.Ese]),
            (Access.MonitoringAsk, [Demo.Superintendent, Demo.Manager, Demo.Monitor]),
            (Access.ReportWrite, [Demo.Superintendent, Demo.Manager, Demo.Ese]),
        };
        foreach (var (access, emails) in refused)
        {
            foreach (var email in emails)
            {
                using var client = await app.NewClient().SignedInAsAsync(email);
                foreach (var (method, route, _) in Table.Where(r => r.Access == access))
                {
                    var response = await SendAsync(client, method, await UrlAsync(route, Demo.District), withToken: true);

                    Assert.True(HttpStatusCode.Forbidden == response.StatusCode, $"{email} {method} {route}: expected 403, got {(int)response.StatusCode}.");
                }
            }
        }
    }

    [DbFact]
    public async Task District_leaders_reach_the_plan_editors_of_their_district()
    {
        foreach (var email in new[] { Demo.Superintendent, Demo.Manager })
        {
            using var client = await app.NewClient().SignedInAsAsync(email);
            foreach (var (method, route, _) in Table.Where(r => r.Access == Access.PlanEdit && r.Method == "GET"))
            {
                var response = await SendAsync(client, method, await UrlAsync(route, Demo.District), withToken: false);

                Assert.True(HttpStatusCode.OK == response.StatusCode, $"{email} {method} {route}: expected 200, got {(int)response.StatusCode}.");
            }
        }
    }

    [DbFact]
    public async Task People_outside_a_district_are_refused_its_pages()
    {
        // The other district's superintendent, and a monitor not assigned to the district.
        var unassignedMonitor = await app.CreateAccountAsync(Aip.Domain.People.Role.PlanMonitor);
        foreach (var email in new[] { Demo.OtherSuperintendent, unassignedMonitor })
        {
            using var client = await app.NewClient().SignedInAsAsync(email);
            foreach (var (method, route, _) in Table.Where(r => r.Access is not (Access.Public or Access.SignedIn or Access.EseStaff)
                && !(r.Access == Access.Report && email == unassignedMonitor)))
            {
                var response = await SendAsync(client, method, await UrlAsync(route, Demo.District), withToken: true);

                Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
                    $"{email} {method} {route}: expected 403 or 404, got {(int)response.StatusCode}.");
            }
        }
    }

    [DbFact]
    public async Task People_inside_a_district_reach_its_pages()
    {
        foreach (var email in new[] { Demo.Superintendent, Demo.Manager, Demo.Monitor, Demo.Ese })
        {
            using var client = await app.NewClient().SignedInAsAsync(email);
            foreach (var (method, route, _) in Table.Where(r => r.Access == Access.DistrictRead && r.Method == "GET"))
            {
                var response = await SendAsync(client, method, await UrlAsync(route, Demo.District), withToken: false);

                Assert.True(HttpStatusCode.OK == response.StatusCode, $"{email} {method} {route}: expected 200, got {(int)response.StatusCode}.");
            }
        }
    }

    [DbFact]
    public async Task A_refusal_shows_the_access_denied_page_with_status_403()
    {
        using var client = await app.NewClient().SignedInAsAsync(Demo.OtherSuperintendent);

        var page = await client.GetPageAsync($"/districts/{await app.DistrictIdAsync(Demo.District)}", HttpStatusCode.Forbidden);

        Assert.Equal("You do not have access to this page", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("Riverton", page.Body!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// The route with real ids from the demo data: the district, its people and its demo plan, which is approved and has a
    /// review, comments and versions; the plan editors' routes take a draft of the district instead, since only a draft
    /// opens its editors.
    /// </summary>
    private async Task<string> UrlAsync(string route, string districtCode)
    {
        var districtId = await app.DistrictIdAsync(districtCode);
        var plan = Table.First(r => r.Route == route).Access == Access.PlanEdit
            ? await DraftAsync(districtId)
            : await app.WithDbAsync(db => db.Plans.Where(p => p.DistrictId == districtId && p.Status == PlanStatus.Approved).Select(p => p.Id).SingleAsync());
        var ids = await app.WithDbAsync(async db =>
        {
            var objective = await db.Set<Objective>().Where(o => o.PlanId == plan).OrderBy(o => o.Rank).FirstOrDefaultAsync();
            var initiative = await db.Set<Initiative>().Where(i => i.ObjectiveId == objective!.Id).OrderBy(i => i.Rank).FirstOrDefaultAsync();
            var file = await db.EvidenceFiles.Where(f => db.EvidenceItems.Any(e => e.Id == f.EvidenceItemId && e.PlanId == plan))
                .Select(f => new { f.Id, f.EvidenceItemId }).FirstOrDefaultAsync();
            return new Dictionary<string, Guid>
            {
                ["{objectiveId:guid}"] = objective?.Id ?? Guid.Empty,
                ["{initiativeId:guid}"] = initiative?.Id ?? Guid.Empty,
                ["{benchmarkId:guid}"] = await db.Set<Benchmark>().Where(b => b.InitiativeId == initiative!.Id).Select(b => b.Id).FirstOrDefaultAsync(),
                ["{activityId:guid}"] = await db.Set<Activity>().Where(a => a.InitiativeId == initiative!.Id).Select(a => a.Id).FirstOrDefaultAsync(),
                ["{outcomeId:guid}"] = await db.Set<FinalOutcome>().Where(o => o.PlanId == plan).Select(o => o.Id).FirstOrDefaultAsync(),
                ["{monitorId:guid}"] = await app.UserIdAsync(Demo.Monitor),
                ["{reviewId:guid}"] = await db.PlanReviews.Where(r => r.PlanId == plan).Select(r => r.Id).FirstOrDefaultAsync(),
                ["{commentId:guid}"] = await db.ReviewComments.Where(c => c.PlanId == plan).Select(c => c.Id).FirstOrDefaultAsync(),
                ["{discussionId:guid}"] = await db.HighlightDiscussions.Where(d => d.PlanId == plan).Select(d => d.Id).FirstOrDefaultAsync(),
                ["{itemId:guid}"] = await db.Set<Aip.Domain.Monitoring.AgendaItem>().Where(a => db.HighlightDiscussions.Any(d => d.PlanId == plan && d.Id == a.DiscussionId)).Select(a => a.Id).FirstOrDefaultAsync(),
                ["{riskId:guid}"] = await db.Risks.Where(r => r.PlanId == plan).Select(r => r.Id).FirstOrDefaultAsync(),
                ["{requestId:guid}"] = await db.EvidenceRequests.Where(r => r.PlanId == plan).Select(r => r.Id).FirstOrDefaultAsync(),
                ["{visitId:guid}"] = await db.MonitoringVisits.Where(v => v.PlanId == plan).Select(v => v.Id).FirstOrDefaultAsync(),
                ["{evidenceId:guid}"] = file?.EvidenceItemId ?? Guid.Empty,
                ["{fileId:guid}"] = file?.Id ?? Guid.Empty,
                ["{districtId:guid}"] = districtId,
                ["{findingId:guid}"] = await db.ReviewFindings.Where(f => f.DistrictId == districtId).Select(f => f.Id).FirstOrDefaultAsync(),
                ["{reflectionId:guid}"] = await db.ContinuumReflections.Where(r => r.DistrictId == districtId).OrderByDescending(r => r.OpenedOn)
                    .Select(r => r.Id).FirstOrDefaultAsync(),
                ["{reportId:guid}"] = await db.ProgressReports.Where(r => r.DistrictId == districtId && r.Stage == Aip.Domain.Reporting.ReportStage.InReview)
                    .Select(r => r.Id).FirstOrDefaultAsync(),
                // {id} is the district, the account or the plan, by the route's first segment.
                ["{id:guid}"] = route.Split('/')[0] switch { "users" => await app.UserIdAsync(Demo.Manager), "plans" => plan, _ => districtId },
            };
        });
        var url = "/" + route.Replace("{code:int}", "404", StringComparison.Ordinal).Replace("{number:int}", "1", StringComparison.Ordinal)
            .Replace("{schoolYear:int?}", "2026", StringComparison.Ordinal).Replace("{schoolYear:int}", "2026", StringComparison.Ordinal);
        return ids.Aggregate(url, (current, id) => current.Replace(id.Key, id.Value.ToString(), StringComparison.Ordinal));
    }

    /// <summary>A draft plan of the district: the one an earlier test of this class added, or a new copy of the ready demo plan.</summary>
    private async Task<Guid> DraftAsync(Guid districtId)
    {
        var draft = await app.WithDbAsync(db => db.Plans.Where(p => p.DistrictId == districtId && p.Status == PlanStatus.Draft).Select(p => p.Id).FirstOrDefaultAsync());
        return draft != Guid.Empty ? draft : await app.AddReadyPlanAsync();
    }

    private static async Task<HttpResponseMessage> SendAsync(TestClient client, string method, string url, bool withToken) =>
        method == "POST"
            ? await client.PostAsync(url, withToken: withToken)
            : await client.Http.GetAsync(new Uri(url, UriKind.Relative));
}

public sealed class EndpointAccessOnSqlite(SqliteApp app) : EndpointAccessTests(app), IClassFixture<SqliteApp>;

public sealed class EndpointAccessOnPostgres(PostgresApp app) : EndpointAccessTests(app), IClassFixture<PostgresApp>;

public sealed class EndpointAccessOnSqlServer(SqlServerApp app) : EndpointAccessTests(app), IClassFixture<SqlServerApp>;
