using Aip.Web.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Aip.Web.Infrastructure.Web;

/// <summary>
/// What a reused page body is kept under: the page, the stamp of the records it shows (a <see cref="Data.PlanPageStamp"/>),
/// and the reader (<see cref="PageBodies.KeyFor"/>).
/// </summary>
public sealed record PageBodyKey(string Page, Guid Stamp, string Reader)
{
    /// <summary>Whether a body may be kept and reused under the key: not without a stamp (a plan with no stamp row, a query string).</summary>
    public bool Reusable => Stamp != Guid.Empty;
}

/// <summary>A kept page body (<see cref="PageBodies"/>) for <c>Features/Shared/ReusedBody.cshtml</c>, which sets it in the layout.</summary>
public sealed record ReusedBody(string Title, string Html);

/// <summary>
/// The rendered bodies of pages that show the same thing for the same records and the same reader, kept in memory and
/// reused: the page's action computes the key from the records' stamp and the reader's rights, which it reads on every
/// request, and skips reading and rendering the rest when a body is kept under it (the layout, with the notification
/// badge and the one-time message, is rendered for every request). A body is rendered inside
/// <c>&lt;reusable-body key="…"&gt;</c> (<see cref="ReusableBodyTagHelper"/>), which keeps it. Forms in a body carry this
/// request's antiforgery token; a reused body gets the token of the request that reuses it, so a form is valid for the
/// browser it is sent to. A stamp that moves leaves the old bodies unread until they fall out (idle for
/// <see cref="Idle"/>, or the oldest when <see cref="CapacityInChars"/> is reached).
/// </summary>
public sealed class PageBodies(IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions) : IDisposable
{
    /// <summary>How much HTML is kept at most, in characters (about twice as many bytes).</summary>
    public const int CapacityInChars = 16 * 1024 * 1024;

    /// <summary>How long a body not reused is kept.</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _bodies = new(new MemoryCacheOptions { SizeLimit = CapacityInChars });

    /// <summary>
    /// The key of <paramref name="page"/>'s body for the records under <paramref name="stamp"/> and this request's reader:
    /// the person (account, role, district), <paramref name="rights"/> (what the action asked the authorization handlers,
    /// so a right that changes without the records changing gives another body) and the path (pages link back to it). A
    /// request with a query string is rendered every time (a key without a stamp): the pages reused take none, and
    /// anyone could otherwise fill the store with addresses of their own making.
    /// </summary>
    public static PageBodyKey KeyFor(string page, Guid stamp, HttpContext context, params ReadOnlySpan<bool> rights)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        var flags = new char[rights.Length];
        for (var i = 0; i < rights.Length; i++)
        {
            flags[i] = rights[i] ? '1' : '0';
        }

        return new(
            page, context.Request.QueryString.HasValue ? Guid.Empty : stamp,
            $"{user.UserId()}|{user.Role()}|{user.DistrictId()}|{new string(flags)}|{context.Request.Path}");
    }

    /// <summary>The body kept under <paramref name="key"/>, with this request's antiforgery token in its forms; null when none is kept.</summary>
    public string? Find(PageBodyKey key, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!key.Reusable || !_bodies.TryGetValue(key, out Body? body) || body is null)
        {
            return null;
        }

        return body.Token is null ? body.Html : body.Html.Replace(body.Token, antiforgery.GetAndStoreTokens(context).RequestToken, StringComparison.Ordinal);
    }

    /// <summary>
    /// Keeps <paramref name="html"/>, rendered for this request, under <paramref name="key"/>. A body with a form is kept
    /// only when its antiforgery token can be found in it again, and never one with a one-time form (its token must be new
    /// each time the form is drawn, <see cref="OneTimeFormAttribute"/>).
    /// </summary>
    public void Keep(PageBodyKey key, string html, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(html);
        if (!key.Reusable || html.Contains(OneTimeFormAttribute.FieldName, StringComparison.Ordinal))
        {
            return;
        }

        string? token = null;
        if (html.Contains(antiforgeryOptions.Value.FormFieldName, StringComparison.Ordinal))
        {
            token = antiforgery.GetAndStoreTokens(context).RequestToken;
            if (string.IsNullOrEmpty(token) || !html.Contains(token, StringComparison.Ordinal))
            {
                return;
            }
        }

        _bodies.Set(key, new Body(html, token), new MemoryCacheEntryOptions { Size = Math.Max(html.Length, 1), SlidingExpiration = Idle });
    }

    public void Dispose() => _bodies.Dispose();

    private sealed record Body(string Html, string? Token);
}

/// <summary>
/// <c>&lt;reusable-body key="…"&gt;…&lt;/reusable-body&gt;</c>: renders its content and keeps it in <see cref="PageBodies"/>
/// under the key. Without a key, or with one that has no stamp, the content is written as it renders, not copied into a
/// string (a copy of the body: about four bytes a character). The element itself leaves no trace in the page.
/// </summary>
[HtmlTargetElement("reusable-body")]
public sealed class ReusableBodyTagHelper(PageBodies bodies) : TagHelper
{
    public PageBodyKey? Key { get; set; }

    [Microsoft.AspNetCore.Mvc.ViewFeatures.ViewContext]
    [HtmlAttributeNotBound]
    public Microsoft.AspNetCore.Mvc.Rendering.ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        if (Key is not { Reusable: true } key)
        {
            return;
        }

        var content = await output.GetChildContentAsync();
        var html = content.GetContent();
        output.Content.SetHtmlContent(html);
        bodies.Keep(key, html, ViewContext.HttpContext);
    }
}
