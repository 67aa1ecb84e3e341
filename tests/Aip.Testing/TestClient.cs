using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Aip.Testing;

/// <summary>
/// An HTTP client that behaves like a person with a browser: it reads pages, fills in the forms it finds
/// there (with their antiforgery tokens) and submits them.
/// </summary>
public sealed class TestClient(HttpClient http, AipApp app, CookieContainer cookies) : IDisposable
{
    private const string RememberComputerCookie = "Identity.TwoFactorRememberMe";

    public const string DemoPassword = "demo-password-2026";

    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public AipApp App { get; } = app;

    public CookieContainer Cookies { get; } = cookies;

    /// <summary>
    /// Signs in as a person would: password, then (for accounts with a second factor) the code from the authenticator app,
    /// ticking "do not ask on this computer" so that the next sign-in of the account skips the code. Returns the last answer.
    /// </summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password = DemoPassword)
    {
        if (App.Authenticator.RememberedComputer(email) is { } remembered)
        {
            Cookies.Add(Http.BaseAddress!, new Cookie(remembered.Name, remembered.Value, "/"));
        }

        var page = await GetPageAsync("/account/sign-in");
        var response = await SubmitAsync(page, "form[action='/account/sign-in']", new() { ["Email"] = email, ["Password"] = password });
        return response.Headers.Location?.OriginalString is { } next && next.StartsWith("/account/sign-in/code", StringComparison.Ordinal)
            ? await EnterCodeAsync(email, next)
            : response;
    }

    /// <summary>The second step of signing in, with the next unused code of the account's authenticator app.</summary>
    public async Task<HttpResponseMessage> EnterCodeAsync(string email, string codePage = "/account/sign-in/code")
    {
        var page = await GetPageAsync(codePage);
        var response = await SubmitAsync(page, "form[action^='/account/sign-in/code']",
            new() { ["Code"] = await App.Authenticator.NextCodeAsync(email), ["RememberComputer"] = "true" });
        if (Cookies.GetCookies(Http.BaseAddress!).FirstOrDefault(c => c.Name == RememberComputerCookie) is { } cookie)
        {
            App.Authenticator.Remember(email, cookie);
        }

        return response;
    }

    /// <summary>Signs in and fails the test unless it worked.</summary>
    public async Task<TestClient> SignedInAsAsync(string email)
    {
        var response = await SignInAsync(email);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed with {(int)response.StatusCode}.");
        }

        return this;
    }

    public async Task<IHtmlDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Submits the form matched by <paramref name="selector"/> with its current values (hidden fields,
    /// antiforgery token, selected options) overridden by <paramref name="values"/>.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string selector, Dictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form '{selector}' on the page.");
        var fields = HtmlForms.Values(form);
        foreach (var (name, value) in values ?? [])
        {
            fields[name] = value;
        }

        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : throw new InvalidOperationException($"Form '{selector}' has no action.");
        using var content = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(new Uri(action, UriKind.RelativeOrAbsolute), content);
    }

    /// <summary>
    /// Submits the form as <c>multipart/form-data</c>, as a browser sends a form with files: its current values overridden
    /// by <paramref name="values"/> (a name may repeat, as checkboxes do), and the files as parts with their names.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitMultipartAsync(
        IHtmlDocument page, string selector, IEnumerable<KeyValuePair<string, string>> values, params (string Field, string FileName, byte[] Content)[] files)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(values);
        var form = page.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form '{selector}' on the page.");
        var given = values.ToList();
        var fields = HtmlForms.Values(form).Where(f => given.All(g => g.Key != f.Key)).Concat(given);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (field, fileName, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, field, fileName);
        }

        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : throw new InvalidOperationException($"Form '{selector}' has no action.");
        return await Http.PostAsync(new Uri(action, UriKind.RelativeOrAbsolute), content);
    }

    /// <summary>The antiforgery token of this client's session, taken from a page it can see.</summary>
    public async Task<string> AntiforgeryTokenAsync(string fromPage = "/account/change-password")
    {
        var page = await GetPageAsync(fromPage);
        return page.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")?.Value
            ?? throw new InvalidOperationException($"No antiforgery token on {fromPage}.");
    }

    public async Task<HttpResponseMessage> PostAsync(string url, Dictionary<string, string>? values = null, bool withToken = true)
    {
        var fields = new Dictionary<string, string>(values ?? []);
        if (withToken)
        {
            fields["__RequestVerificationToken"] = await AntiforgeryTokenAsync();
        }

        using var content = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public void Dispose() => Http.Dispose();
}
