using System.Globalization;
using Aip.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Aip.Web.Features.Errors;

/// <summary>What an error page shows: its status code and, for a form the app could not read, why.</summary>
public sealed record ErrorPage(int StatusCode, UnreadableForm? Unreadable = null);

/// <summary>
/// The pages shown for failed requests (re-executed by the status-code and exception middleware, with the
/// original method, hence no method constraint and no antiforgery check here). The actions take no parameters, so
/// that MVC never reads the failed request's form again (reading it may be what failed); the code comes from the route.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[Route("error")]
public sealed class ErrorsController : Controller
{
    [Route("")]
    public IActionResult ServerError() => Show(StatusCodes.Status500InternalServerError);

    [Route("{code:int}")]
    public IActionResult Status() =>
        int.TryParse(RouteData.Values["code"]?.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code) && code is >= 400 and <= 599
            ? Show(code)
            : Show(StatusCodes.Status404NotFound);

    private ViewResult Show(int code)
    {
        // A form that could not be read is the sender's problem: a 400 that says what happened, not a 500.
        var unreadable = HttpContext.Features.Get<UnreadableForm>();
        var status = unreadable is null ? code : StatusCodes.Status400BadRequest;
        Response.StatusCode = status;
        return View("Error", new ErrorPage(status, unreadable));
    }
}
