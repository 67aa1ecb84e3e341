using Microsoft.AspNetCore.Http.Features;

namespace Aip.Web.Identity;

/// <summary>
/// Signing in always starts a new session (no session fixation): a session cookie that comes to the sign-in pages (the
/// password and the code step, shown or sent) is dropped before authentication reads it, so the cookie handler stores a
/// new session under a new key instead of renewing the one the browser brought, which someone else may have planted or
/// may still hold. The pages themselves are then anonymous, so their antiforgery tokens fit the anonymous post.
/// </summary>
public sealed class FreshSessionAtSignIn(RequestDelegate next)
{
    public const string CookieName = "aip.session";

    private static readonly PathString[] SignInSteps = [IdentityRegistration.SignInPath, IdentityRegistration.SignInPath + "/code"];

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((HttpMethods.IsPost(context.Request.Method) || HttpMethods.IsGet(context.Request.Method)) && SignInSteps.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase))
            && context.Request.Cookies.ContainsKey(CookieName))
        {
            var kept = context.Request.Headers.Cookie.SelectMany(h => (h ?? string.Empty).Split(';'))
                .Select(c => c.Trim())
                .Where(c => c.Length > 0 && !c.StartsWith(CookieName + "=", StringComparison.Ordinal));
            context.Request.Headers.Cookie = string.Join("; ", kept);
            // Parse the cookies again from the header as it is now.
            context.Features.Set<IRequestCookiesFeature>(new RequestCookiesFeature(context.Features));
        }

        return next(context);
    }
}
