using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Aip.Web.Infrastructure.Web;

/// <summary>
/// One form field as every AIP form shows it: label, optional hint, the error message (above the control,
/// GOV.UK style) and the control. An invalid control gets <c>aria-invalid</c> and <c>aria-describedby</c>
/// pointing at its message and hint, so screen readers read the error with the field. The value shown
/// after a failed post is what the person typed (model state), never lost.
/// <code>&lt;field asp-for="Name" /&gt;  &lt;field asp-for="Notes" rows="6" /&gt;  &lt;field asp-for="Role" items="..." /&gt;  &lt;field asp-for="Agreed" type="checkbox" /&gt;</code>
/// </summary>
[HtmlTargetElement("field", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    /// <summary>Input type (text, email, password, date, number...). Ignored for textarea and select.</summary>
    public string Type { get; set; } = "text";

    /// <summary>A textarea with this many rows when set.</summary>
    public int? Rows { get; set; }

    /// <summary>A select with these options when set.</summary>
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>The first, empty option of a select ("Choose...").</summary>
    public string? Placeholder { get; set; }

    public string? Hint { get; set; }

    /// <summary>Label text instead of the property's display name (e.g. "Target 2: date" in a list).</summary>
    public string? Label { get; set; }

    public string? Autocomplete { get; set; }

    /// <summary>The on-screen keyboard phones show (e.g. "numeric" for a code).</summary>
    public string? Inputmode { get; set; }

    public bool Required { get; set; }

    /// <summary>
    /// The control's id instead of the one its name gives, when the same field is drawn in several forms of one page (a
    /// review comment's text at each place of the plan); the label, hint and message follow it.
    /// </summary>
    public string? Id { get; set; }

    [HtmlAttributeName("input-class")]
    public string? InputClass { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = string.IsNullOrEmpty(Id) ? TagBuilder.CreateSanitizedId(name, "_") : Id;
        var hasError = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0;
        var describedBy = string.Join(' ', new[] { Hint is null ? null : "hint-" + id, hasError ? "error-" + id : null }.OfType<string>());

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        var checkbox = Type == "checkbox";
        output.Attributes.SetAttribute("class", (checkbox ? "form-check mb-3" : "mb-3") + (hasError ? " field-has-error" : string.Empty));

        var label = generator.GenerateLabel(ViewContext, For.ModelExplorer, For.Name, labelText: Label, new { @class = checkbox ? "form-check-label" : "form-label" });
        label.MergeAttribute("for", id, replaceExisting: true);
        if (Required)
        {
            label.InnerHtml.AppendHtml(" <span class=\"text-body-secondary small\">(required)</span>");
        }

        // A checkbox's label and hint follow it (Bootstrap's form-check); the message still comes first.
        if (!checkbox)
        {
            output.Content.AppendHtml(label);
            AppendHint(output, id);
        }

        // Always there (empty until needed) so that browser-side validation has a place for its message.
        var message = generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, For.Name, message: null, tag: "span",
            new { @class = "field-error", id = "error-" + id });
        output.Content.AppendHtml(message);

        var control = Control(hasError);
        control.MergeAttribute("id", id, replaceExisting: true);
        if (describedBy.Length > 0)
        {
            control.MergeAttribute("aria-describedby", describedBy, replaceExisting: true);
        }

        if (hasError)
        {
            control.MergeAttribute("aria-invalid", "true", replaceExisting: true);
        }

        output.Content.AppendHtml(control);
        if (checkbox)
        {
            output.Content.AppendHtml(generator.GenerateHiddenForCheckbox(ViewContext, For.ModelExplorer, For.Name));
            output.Content.AppendHtml(label);
            AppendHint(output, id);
        }
    }

    private void AppendHint(TagHelperOutput output, string id)
    {
        if (Hint is not null)
        {
            output.Content.AppendHtml($"<div class=\"form-text mt-0 mb-1\" id=\"hint-{id}\">{HtmlEncoder.Default.Encode(Hint)}</div>");
        }
    }

    private TagBuilder Control(bool hasError)
    {
        if (Type == "checkbox")
        {
            return generator.GenerateCheckBox(ViewContext, For.ModelExplorer, For.Name, isChecked: null,
                new Dictionary<string, object?> { ["class"] = "form-check-input" + (hasError ? " is-invalid" : string.Empty) });
        }

        var css = (Items is null ? "form-control" : "form-select") + (hasError ? " is-invalid" : string.Empty) +
            (InputClass is null ? string.Empty : " " + InputClass);
        var attributes = new Dictionary<string, object?> { ["class"] = css };
        if (Autocomplete is not null)
        {
            attributes["autocomplete"] = Autocomplete;
        }

        if (Inputmode is not null)
        {
            attributes["inputmode"] = Inputmode;
        }

        if (Items is not null)
        {
            return generator.GenerateSelect(ViewContext, For.ModelExplorer, Placeholder, For.Name, Items, allowMultiple: false, attributes);
        }

        if (Rows is { } rows)
        {
            return generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, rows, columns: 0, attributes);
        }

        if (Type == "password")
        {
            return generator.GeneratePassword(ViewContext, For.ModelExplorer, For.Name, value: null, attributes);
        }

        attributes["type"] = Type;
        var format = Type == "date" ? "{0:yyyy-MM-dd}" : null;
        return generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, For.Model, format, attributes);
    }
}
