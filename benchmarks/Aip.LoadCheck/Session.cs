using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Aip.Testing;

namespace Aip.LoadCheck;

/// <summary>One person's browser: its own cookies, pages read and forms sent as a browser would; every request timed.</summary>
internal sealed class Session : IDisposable
{
    private readonly Uri _baseUrl;
    private readonly Stats _stats;

    private static readonly HtmlParser Parser = new();

    /// <summary>The demo ESE and monitor accounts' authenticator app, shared by every session (each code works once).</summary>
    private static readonly Authenticator Authenticator = new();

    /// <summary>One session at a time enters a code; the others then sign in on the computer it remembered.</summary>
    private static readonly SemaphoreSlim SecondFactor = new(1, 1);

    private readonly CookieContainer _cookies = new();

    private readonly HttpClient _http;

    public Session(Uri baseUrl, Stats stats)
    {
        _baseUrl = baseUrl;
        _stats = stats;
        _http = new(new SocketsHttpHandler { CookieContainer = _cookies, AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    /// <summary>Signs in as a person does; ESE staff and monitors enter their code once, then their computer is remembered.</summary>
    public async Task SignInAsync(string email, string password)
    {
        var response = await PasswordAsync(email, password);
        if (IsCodeStep(response))
        {
            await SecondFactor.WaitAsync();
            try
            {
                response = Authenticator.RememberedComputer(email) is null ? await CodeAsync(email) : await PasswordAsync(email, password);
            }
            finally
            {
                SecondFactor.Release();
            }
        }

        if (response?.StatusCode != HttpStatusCode.Redirect || IsCodeStep(response))
        {
            throw new InvalidOperationException($"Sign-in as {email} failed ({(int?)response?.StatusCode}).");
        }
    }

    private async Task<HttpResponseMessage?> PasswordAsync(string email, string password)
    {
        if (Authenticator.RememberedComputer(email) is { } remembered)
        {
            _cookies.Add(_baseUrl, new Cookie(remembered.Name, remembered.Value, "/"));
        }

        var page = await PageAsync("sign-in", "/account/sign-in");
        return await SubmitAsync("sign-in", page!, "form[action='/account/sign-in']", new() { ["Email"] = email, ["Password"] = password });
    }

    private async Task<HttpResponseMessage?> CodeAsync(string email)
    {
        var page = await PageAsync("sign-in", "/account/sign-in/code");
        var response = await SubmitAsync("sign-in", page!, "form[action^='/account/sign-in/code']",
            new() { ["Code"] = await Authenticator.NextCodeAsync(email), ["RememberComputer"] = "true" });
        if (_cookies.GetCookies(_baseUrl).FirstOrDefault(c => c.Name == "Identity.TwoFactorRememberMe") is { } cookie)
        {
            Authenticator.Remember(email, cookie);
        }

        return response;
    }

    private static bool IsCodeStep(HttpResponseMessage? response) =>
        response?.Headers.Location?.OriginalString.Contains("/account/sign-in/code", StringComparison.Ordinal) == true;

    /// <summary>A page that must answer 200; null (and an error counted) otherwise.</summary>
    public async Task<IHtmlDocument?> PageAsync(string kind, string url)
    {
        var (response, body) = await TimedAsync(kind, () => _http.GetAsync(new Uri(url, UriKind.Relative)));
        return response?.StatusCode == HttpStatusCode.OK ? await Parser.ParseDocumentAsync(body!) : Failed(kind, url, response);
    }

    /// <summary>A download (the PDF) that must answer 200 with content.</summary>
    public async Task DownloadAsync(string kind, string url)
    {
        var (response, body) = await TimedAsync(kind, () => _http.GetAsync(new Uri(url, UriKind.Relative)));
        if (response?.StatusCode != HttpStatusCode.OK || string.IsNullOrEmpty(body))
        {
            Failed(kind, url, response);
        }
    }

    /// <summary>Sends a form of <paramref name="page"/> with its own values (antiforgery token, version) and the given ones.</summary>
    public async Task<HttpResponseMessage?> SubmitAsync(string kind, IHtmlDocument page, string selector, Dictionary<string, string> values)
    {
        var form = page.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form '{selector}' on {page.Url}.");
        var fields = HtmlForms.Values(form);
        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        var (response, body) = await TimedAsync(kind, () => _http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(fields)));
        if (response is not null)
        {
            LastBody = body;
        }

        return response;
    }

    /// <summary>This session's cookies as a <c>Cookie</c> header, for a load tool that reads pages as this person.</summary>
    public string CookieHeader => _cookies.GetCookieHeader(_baseUrl);

    /// <summary>The body of the last form answer (a redisplayed form says why it was not saved).</summary>
    public string? LastBody { get; private set; }

    public void Dispose() => _http.Dispose();

    private async Task<(HttpResponseMessage? Response, string? Body)> TimedAsync(string kind, Func<Task<HttpResponseMessage>> send)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var response = await send();
            var body = await response.Content.ReadAsStringAsync();
            _stats.Record(kind, watch.Elapsed.TotalMilliseconds);
            return (response, body);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            _stats.Error(kind, e.Message);
            return (null, null);
        }
    }

    private IHtmlDocument? Failed(string kind, string url, HttpResponseMessage? response)
    {
        if (response is not null)
        {
            _stats.Error(kind, $"GET {url}: {(int)response.StatusCode}");
        }

        return null;
    }
}
