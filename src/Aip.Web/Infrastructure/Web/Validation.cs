using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Aip.Web.Infrastructure.Web;

public static class Validation
{
    /// <summary>Runs the validator and copies its failures into model state, next to their fields.</summary>
    public static async Task<bool> ValidateIntoAsync<T>(this IValidator<T> validator, T model, ModelStateDictionary modelState, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(modelState);
        var result = await validator.ValidateAsync(model);
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(prefix is null ? error.PropertyName : $"{prefix}.{error.PropertyName}", error.ErrorMessage);
        }

        return result.IsValid && modelState.IsValid;
    }
}
