using System.Globalization;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Aip.Web.Infrastructure.Web;

/// <summary>
/// Shows the simple FluentValidation rules of a form in the browser too (jQuery unobtrusive validation):
/// required, length, email, pattern and range. The server stays the authority; conditional rules and
/// rules that need the database are checked there only. One set of rules, two places they show.
/// </summary>
public sealed class FluentClientValidatorProvider(IServiceScopeFactory scopes) : IClientModelValidatorProvider
{
    public void CreateValidators(ClientValidatorProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.ModelMetadata;
        if (metadata.MetadataKind != ModelMetadataKind.Property || metadata.ContainerType is null || metadata.PropertyName is null)
        {
            return;
        }

        using var scope = scopes.CreateScope();
        if (scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(metadata.ContainerType)) is not IValidator validator)
        {
            return;
        }

        var components = validator.CreateDescriptor().GetRulesForMember(metadata.PropertyName)
            .SelectMany(rule => rule.Components)
            .Where(component => !component.HasCondition && !component.HasAsyncCondition);
        foreach (var component in components)
        {
            var message = component.GetUnformattedErrorMessage()?.Replace("{PropertyName}", metadata.GetDisplayName(), StringComparison.Ordinal);
            if (message is null || message.Contains('{', StringComparison.Ordinal))
            {
                continue;
            }

            if (ClientRule.For(component.Validator, message) is { } rule)
            {
                context.Results.Add(new ClientValidatorItem { Validator = rule, IsReusable = true });
            }
        }
    }
}

/// <summary>One rule as the data-val-* attributes jQuery unobtrusive validation reads.</summary>
internal sealed class ClientRule(string name, string message, IReadOnlyDictionary<string, string> parameters) : IClientModelValidator
{
    public static ClientRule? For(IPropertyValidator validator, string message) => validator switch
    {
        INotEmptyValidator or INotNullValidator => new("required", message, new Dictionary<string, string>()),
        ILengthValidator length => new("length", message, new Dictionary<string, string>
            {
                ["min"] = length.Min > 0 ? Invariant(length.Min) : string.Empty,
                ["max"] = length.Max > 0 ? Invariant(length.Max) : string.Empty,
            }.Where(p => p.Value.Length > 0).ToDictionary()),
        IEmailValidator => new("email", message, new Dictionary<string, string>()),
        IRegularExpressionValidator pattern => new("regex", message, new Dictionary<string, string> { ["pattern"] = pattern.Expression }),
        IBetweenValidator range => new("range", message, new Dictionary<string, string>
            {
                ["min"] = Convert.ToString(range.From, CultureInfo.InvariantCulture)!,
                ["max"] = Convert.ToString(range.To, CultureInfo.InvariantCulture)!,
            }),
        _ => null,
    };

    public void AddValidation(ClientModelValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Attributes.TryAdd("data-val", "true");
        context.Attributes.TryAdd($"data-val-{name}", message);
        foreach (var (key, value) in parameters)
        {
            context.Attributes.TryAdd($"data-val-{name}-{key}", value);
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
