using AngleSharp.Html.Dom;

namespace Aip.Testing;

/// <summary>
/// What a browser would send for a form as it stands: hidden fields (the antiforgery token and the record's version
/// among them), text, checked boxes, selected options. Shared by the tests' <see cref="TestClient"/> and the load check.
/// </summary>
public static class HtmlForms
{
    public static Dictionary<string, string> Values(IHtmlFormElement form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name.Length: > 0, Type: not ("submit" or "button" or "checkbox" or "radio") } input:
                    fields[input.Name!] = input.Value;
                    break;
                case IHtmlInputElement { Name.Length: > 0, IsChecked: true } check:
                    fields[check.Name!] = check.Value;
                    break;
                case IHtmlTextAreaElement { Name.Length: > 0 } area:
                    fields[area.Name!] = area.Value;
                    break;
                case IHtmlSelectElement { Name.Length: > 0 } select:
                    fields[select.Name!] = select.Value ?? string.Empty;
                    break;
            }
        }

        return fields;
    }
}
