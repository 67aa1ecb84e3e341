using Aip.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Aip.Web.Infrastructure.Web;

/// <summary>
/// A broken business rule that a form did not already turn into a field message becomes a 409 page with
/// the rule's own words, never a 500.
/// </summary>
public sealed class DomainExceptionFilter(IModelMetadataProvider metadata) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is not DomainException exception)
        {
            return;
        }

        context.Result = new ViewResult
        {
            ViewName = "Conflict",
            StatusCode = StatusCodes.Status409Conflict,
            ViewData = new ViewDataDictionary(metadata, context.ModelState) { Model = exception.Message },
        };
        context.ExceptionHandled = true;
    }
}
