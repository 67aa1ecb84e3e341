using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Aip.Web.Infrastructure.Web;

/// <summary>
/// A data table too wide for a phone scrolls on its own inside <c>&lt;scroll-table label="…"&gt;</c>: a region that a
/// keyboard can focus and scroll (WCAG 2.1.1), named "… (scrolls sideways)"; while the table is wider than its box, site.js
/// marks it and a line says so (site.css).
/// </summary>
[HtmlTargetElement("scroll-table")]
public sealed class ScrollTableTagHelper : TagHelper
{
    /// <summary>What the table holds, as a screen reader names the region: "Activities of Initiative 1.1".</summary>
    public string Label { get; set; } = string.Empty;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (string.IsNullOrWhiteSpace(Label))
        {
            throw new InvalidOperationException("A scroll-table needs a label that names what the table holds.");
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "table-responsive table-scroll");
        output.Attributes.SetAttribute("tabindex", "0");
        output.Attributes.SetAttribute("role", "region");
        output.Attributes.SetAttribute("aria-label", $"{Label} (scrolls sideways)");
    }
}
