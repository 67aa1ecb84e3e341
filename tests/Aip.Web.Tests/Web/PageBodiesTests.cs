using Aip.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Aip.Web.Tests.Web;

/// <summary>What <see cref="PageBodies"/> keeps and gives back (ReusedOverviewTests show it through the overview).</summary>
public sealed class PageBodiesTests
{
    private readonly Tokens _tokens = new();

    [Fact]
    public void A_kept_body_comes_back_with_the_antiforgery_token_of_the_request_that_reuses_it()
    {
        using var bodies = new PageBodies(_tokens, Options.Create(new AntiforgeryOptions()));
        var key = new PageBodyKey("Page", Guid.NewGuid(), "reader");
        _tokens.Current = "first-token";
        bodies.Keep(key, Form("first-token"), new DefaultHttpContext());

        _tokens.Current = "second-token";
        var reused = bodies.Find(key, new DefaultHttpContext());

        Assert.Equal(Form("second-token"), reused);
        Assert.Null(bodies.Find(key with { Stamp = Guid.NewGuid() }, new DefaultHttpContext()));
        Assert.Null(bodies.Find(key with { Reader = "another reader" }, new DefaultHttpContext()));
    }

    [Fact]
    public void A_body_is_not_kept_without_a_stamp_with_a_one_time_form_or_with_a_token_not_its_own()
    {
        using var bodies = new PageBodies(_tokens, Options.Create(new AntiforgeryOptions()));
        _tokens.Current = "this-requests-token";
        var withoutStamp = new PageBodyKey("Page", Guid.Empty, "reader");
        var oneTime = new PageBodyKey("Page", Guid.NewGuid(), "reader");
        var otherToken = new PageBodyKey("Page", Guid.NewGuid(), "reader");
        var plain = new PageBodyKey("Page", Guid.NewGuid(), "reader");

        bodies.Keep(withoutStamp, "<p>Plain</p>", new DefaultHttpContext());
        bodies.Keep(oneTime, $"<form><input name=\"{OneTimeFormAttribute.FieldName}\" value=\"{Guid.NewGuid()}\" /></form>", new DefaultHttpContext());
        bodies.Keep(otherToken, Form("another-requests-token"), new DefaultHttpContext());
        bodies.Keep(plain, "<p>Plain</p>", new DefaultHttpContext());

        Assert.Null(bodies.Find(withoutStamp, new DefaultHttpContext()));
        Assert.Null(bodies.Find(oneTime, new DefaultHttpContext()));
        Assert.Null(bodies.Find(otherToken, new DefaultHttpContext()));
        Assert.Equal("<p>Plain</p>", bodies.Find(plain, new DefaultHttpContext()));
    }

    [Fact]
    public void A_key_holds_the_readers_rights_and_a_request_with_a_query_string_gets_one_that_keeps_nothing()
    {
        var stamp = Guid.NewGuid();
        var plain = new DefaultHttpContext();
        plain.Request.Path = "/plans/1";
        var withQuery = new DefaultHttpContext();
        withQuery.Request.Path = "/plans/1";
        withQuery.Request.QueryString = new QueryString("?filler=1");

        Assert.Equal(stamp, PageBodies.KeyFor("Page", stamp, plain, true, false).Stamp);
        Assert.NotEqual(PageBodies.KeyFor("Page", stamp, plain, true, false), PageBodies.KeyFor("Page", stamp, plain, false, true));
        Assert.Equal(Guid.Empty, PageBodies.KeyFor("Page", stamp, withQuery, true, false).Stamp);
    }

    private static string Form(string token) =>
        $"<form method=\"post\"><input name=\"__RequestVerificationToken\" type=\"hidden\" value=\"{token}\" /></form>";

    /// <summary>Antiforgery whose request token is whatever the test says the current request's is.</summary>
    private sealed class Tokens : IAntiforgery
    {
        public string Current { get; set; } = string.Empty;

        public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) => GetTokens(httpContext);

        public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => new(Current, "cookie", "__RequestVerificationToken", null);

        public Task<bool> IsRequestValidAsync(HttpContext httpContext) => Task.FromResult(true);

        public Task ValidateRequestAsync(HttpContext httpContext) => Task.CompletedTask;

        public void SetCookieTokenAndHeader(HttpContext httpContext)
        {
        }
    }
}
