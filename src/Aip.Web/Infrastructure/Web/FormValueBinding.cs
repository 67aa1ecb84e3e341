using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Aip.Web.Infrastructure.Web;

/// <summary>
/// How every simple form value is bound, in one place: text loses control characters other than tab, carriage return
/// and line feed (a NUL pasted from another program is dropped and the rest kept; PostgreSQL refuses NUL in text), and a
/// value that is not of its field's type (a tampered "abc" for a yes/no, a number or a date) is a message next to that
/// field, in plain words, with the form shown again.
/// </summary>
public static class FormValueBinding
{
    public static void Configure(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ModelBinderProviders.Insert(0, new PlainTextBinderProvider());
        options.ModelBinderProviders.Insert(0, new YesNoBinderProvider());
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}” is not a valid value for {field}. Enter or choose one the form offers.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}” is not a valid value here. Enter or choose one the form offers.");
        messages.SetValueIsInvalidAccessor(value => $"“{value}” is not a valid value here. Enter or choose one the form offers.");
        messages.SetValueMustNotBeNullAccessor(field => $"Enter a value for {field}.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"The value given for {field} is not valid. Enter or choose one the form offers.");
    }

    /// <summary>Drops control characters other than tab, carriage return and line feed.</summary>
    public static string WithoutControlCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(IsDropped) ? string.Concat(text.Where(c => !IsDropped(c))) : text;

        static bool IsDropped(char c) => char.IsControl(c) && c is not ('\t' or '\r' or '\n');
    }

    /// <summary>A value from the form, route or query string, not a body, header, service or custom binder.</summary>
    private static bool IsSimpleValue(ModelBinderProviderContext context) =>
        context.BindingInfo.BinderType is null
        && context.BindingInfo.BindingSource is not { IsGreedy: true }
        && context.BindingInfo.BindingSource != BindingSource.Header;

    private sealed class PlainTextBinderProvider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.ModelType == typeof(string) && IsSimpleValue(context)
                ? new PlainTextBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
                : null;
    }

    private sealed class PlainTextBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result is { IsModelSet: true, Model: string text } && WithoutControlCharacters(text) is var clean && clean != text)
            {
                bindingContext.Result = ModelBindingResult.Success(clean);
                // The form shown again shows the text as it was kept.
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, clean, clean);
            }
        }
    }

    private sealed class YesNoBinderProvider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.UnderlyingOrModelType == typeof(bool) && IsSimpleValue(context)
                ? new YesNoBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()))
                : null;
    }

    /// <summary>
    /// A yes/no that is neither keeps its message but not its raw value: a checkbox is drawn from the raw value as a bool,
    /// which would fail on "abc"; drawn from the model instead, it shows unticked.
    /// </summary>
    private sealed class YesNoBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (!bindingContext.Result.IsModelSet && bindingContext.ModelState.TryGetValue(bindingContext.ModelName, out var entry) && entry.Errors.Count > 0)
            {
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: null, entry.AttemptedValue);
            }
        }
    }
}
