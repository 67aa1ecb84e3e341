using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Aip.Web.Infrastructure.Web;

public static class Validation
{
    /// <summary>
    /// Registers every FluentValidation validator in the web assembly. (FluentValidation's own DI package
    /// is not available to this project; this is the few lines it would give us.)
    /// </summary>
    public static IServiceCollection AddAipValidators(this IServiceCollection services)
    {
        var validators = typeof(Validation).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
                .Select(i => (Service: i, Implementation: t)));
        foreach (var (service, implementation) in validators)
        {
            services.AddScoped(service, implementation);
        }

        return services;
    }

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
