using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Aip.Web.Features.Errors;

/// <summary>
/// The pages shown for failed requests (re-executed by the status-code and exception middleware, with the
/// original method, hence no method constraint and no antiforgery check here).
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[Route("error")]
public sealed class ErrorsController : Controller
{
    [Route("")]
    public IActionResult ServerError() => Show(StatusCodes.Status500InternalServerError);

    // From the route only: a re-executed POST may carry a form field named "code".
    [Route("{code:int}")]
    public IActionResult Status([FromRoute] int code) => Show(code);

    private ViewResult Show(int code)
    {
        Response.StatusCode = code;
        return View("Error", code);
    }
}
