using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Aip.Web.Infrastructure.Web;

/// <summary>
/// Feature folders: a controller's views live in the folder of its namespace (Aip.Web.Features.Plans →
/// Features/Plans), so several controllers of one feature share a folder.
/// </summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string Key = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace?.Split('.') is [.., "Features", var feature])
        {
            context.Values[Key] = feature;
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Values.TryGetValue(Key, out var feature) && feature is not null
            ? viewLocations.Select(location => location.Replace("{feature}", feature, StringComparison.Ordinal))
            : viewLocations.Where(location => !location.Contains("{feature}", StringComparison.Ordinal));
    }
}
