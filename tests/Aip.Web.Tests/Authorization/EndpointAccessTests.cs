using System.Net;
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
        ("POST", "account/sign-out", Access.SignedIn),
        ("GET", "account/change-password", Access.SignedIn),
        ("POST", "account/change-password", Access.SignedIn),
        ("GET", "", Access.SignedIn),
        ("GET", "districts", Access.EseStaff),
        ("GET", "districts/create", Access.EseStaff),
        ("POST", "districts/create", Access.EseStaff),
        ("GET", "districts/{id:guid}", Access.DistrictRead),
        ("GET", "districts/{id:guid}/edit", Access.EseStaff),
        ("POST", "districts/{id:guid}/edit", Access.EseStaff),
        ("POST", "districts/{id:guid}/monitors", Access.EseStaff),
        ("POST", "districts/{id:guid}/monitors/{monitorId:guid}/remove", Access.EseStaff),
        ("GET", "users", Access.EseStaff),
        ("GET", "users/create", Access.EseStaff),
        ("POST", "users/create", Access.EseStaff),
        ("GET", "users/{id:guid}/edit", Access.EseStaff),
        ("POST", "users/{id:guid}/edit", Access.EseStaff),
        ("POST", "users/{id:guid}/deactivate", Access.EseStaff),
        ("POST", "users/{id:guid}/reactivate", Access.EseStaff),
        ("POST", "users/{id:guid}/password-link", Access.EseStaff),
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
    public async Task People_outside_a_district_are_refused_its_pages()
    {
        // The other district's superintendent, and the monitor on a district not assigned to them.
        foreach (var (email, district) in new[] { (Demo.OtherSuperintendent, Demo.District), (Demo.Monitor, Demo.OtherDistrict) })
        {
            using var client = await app.NewClient().SignedInAsAsync(email);
            foreach (var (method, route, _) in Table.Where(r => r.Access == Access.DistrictRead))
            {
                var response = await SendAsync(client, method, await UrlAsync(route, district), withToken: true);

                Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
                    $"{email} {method} {route} of {district}: expected 403 or 404, got {(int)response.StatusCode}.");
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

    private async Task<string> UrlAsync(string route, string districtCode)
    {
        var url = "/" + route
            .Replace("{id:guid}", (await app.DistrictIdAsync(districtCode)).ToString(), StringComparison.Ordinal)
            .Replace("{monitorId:guid}", (await app.UserIdAsync(Demo.Monitor)).ToString(), StringComparison.Ordinal)
            .Replace("{code:int}", "404", StringComparison.Ordinal);
        // User routes take a user id: any account will do for an access check.
        return route.StartsWith("users/{id", StringComparison.Ordinal)
            ? url.Replace((await app.DistrictIdAsync(districtCode)).ToString(), (await app.UserIdAsync(Demo.Manager)).ToString(), StringComparison.Ordinal)
            : url;
    }

    private static async Task<HttpResponseMessage> SendAsync(TestClient client, string method, string url, bool withToken) =>
        method == "POST"
            ? await client.PostAsync(url, withToken: withToken)
            : await client.Http.GetAsync(new Uri(url, UriKind.Relative));
}

public sealed class EndpointAccessOnSqlite(SqliteApp app) : EndpointAccessTests(app), IClassFixture<SqliteApp>;

public sealed class EndpointAccessOnPostgres(PostgresApp app) : EndpointAccessTests(app), IClassFixture<PostgresApp>;
