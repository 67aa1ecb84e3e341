using Aip.Web.Data;
using Aip.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Infrastructure.Web;

/// <summary>
/// A creating action that does its work once per drawn form. The form carries a one-time token
/// (<see cref="OneTimeFormTagHelper"/>); the first send with it creates, and the token is stored with what it created,
/// in the same transaction; a second send (a double click, a reload, a replay, or twenty at once) is sent where the
/// first one led. A send that creates nothing (a message on the form) does not use the token up, so the corrected form
/// can be sent again. A post without a token is handled as before.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OneTimeFormAttribute : Attribute, IAsyncActionFilter, IOrderedFilter
{
    public const string FieldName = "__FormToken";

    public const string AlreadySent = "This form had already been sent: nothing was added a second time. This is what it added.";

    public const string AlreadySentElsewhere =
        "This form has already been sent, so nothing was added again. Go back to the page you came from and reload it to see what it added.";

    /// <summary>After the plan is loaded and authorized (<c>ForPlan</c>), so that a refusal stays a refusal.</summary>
    public int Order => int.MaxValue;

    public static Guid? TokenOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HasFormContentType && Guid.TryParse(request.Form[FieldName], out var token) && token != Guid.Empty ? token : null;
    }

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (TokenOf(context.HttpContext.Request) is not { } token)
        {
            await next();
            return;
        }

        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<AipDbContext>();
        var user = context.HttpContext.User.UserId();
        if (await SentAsync(db, token) is { } earlier)
        {
            context.Result = Replay(context, earlier, user);
            return;
        }

        var submission = new FormSubmission { Token = token, UserId = user, At = services.GetRequiredService<TimeProvider>().GetUtcNow() };
        db.FormSubmissions.Add(submission);
        var executed = await next();

        if (db.Entry(submission).State == EntityState.Unchanged)
        {
            // Saved with what the form created: note where it led, for the sends that follow.
            submission.Location = LocationOf(executed);
            await db.SaveChangesAsync();
            return;
        }

        db.Entry(submission).State = EntityState.Detached;
        // Not saved: a message on the form, or another send of the same form committed first (a unique key violation).
        if ((executed.Exception is null or DbUpdateException) && await SentAsync(db, token) is { } first)
        {
            executed.ExceptionHandled = true;
            executed.Result = Replay(context, first, user);
        }
    }

    private static Task<FormSubmission?> SentAsync(AipDbContext db, Guid token) =>
        db.FormSubmissions.AsNoTracking().SingleOrDefaultAsync(s => s.Token == token);

    private static IActionResult Replay(ActionContext context, FormSubmission earlier, Guid? user)
    {
        var services = context.HttpContext.RequestServices;
        if (earlier.UserId == user && earlier.Location is { } location)
        {
            services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context.HttpContext)["Message"] = AlreadySent;
            return new LocalRedirectResult(location);
        }

        return new ViewResult
        {
            ViewName = "Conflict",
            StatusCode = StatusCodes.Status409Conflict,
            ViewData = new ViewDataDictionary(services.GetRequiredService<IModelMetadataProvider>(), context.ModelState) { Model = AlreadySentElsewhere },
        };
    }

    private static string? LocationOf(ActionExecutedContext executed)
    {
        var location = executed.Result switch
        {
            RedirectToActionResult r => (r.UrlHelper ?? executed.HttpContext.RequestServices.GetRequiredService<IUrlHelperFactory>().GetUrlHelper(executed))
                .Action(r.ActionName, r.ControllerName, r.RouteValues, protocol: null, host: null, fragment: r.Fragment),
            RedirectResult r => r.Url,
            LocalRedirectResult r => r.Url,
            _ => null,
        };
        // Only a path in this app (what LocalRedirect accepts): the app's own redirects are, anything else is not kept.
        return location is { Length: <= FormSubmission.LocationMaxLength } && location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal)
            && !location.StartsWith("/\\", StringComparison.Ordinal) ? location : null;
    }
}

/// <summary>
/// <c>&lt;form method="post" one-time="true"&gt;</c> (or <c>one-time="@Model.Adding"</c> for a form that adds or edits): the
/// form carries a one-time token for <see cref="OneTimeFormAttribute"/>. A form drawn again after a refused send keeps
/// the token it was sent with.
/// </summary>
[HtmlTargetElement("form", Attributes = "one-time")]
public sealed class OneTimeFormTagHelper : TagHelper
{
    [HtmlAttributeName("one-time")]
    public bool OneTime { get; set; }

    /// <summary>
    /// False for a form that was not the one sent, where several forms of a page post to one action (a review comment form
    /// at each place of the plan): each gets a token of its own, so that sending one does not use up another.
    /// </summary>
    [HtmlAttributeName("one-time-sent")]
    public bool WasSent { get; set; } = true;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!OneTime)
        {
            return;
        }

        var token = (WasSent ? OneTimeFormAttribute.TokenOf(ViewContext.HttpContext.Request) : null) ?? Guid.NewGuid();
        output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{OneTimeFormAttribute.FieldName}\" value=\"{token}\" />");
    }
}
