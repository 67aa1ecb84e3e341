using Aip.Domain.Reviews;
using Aip.Domain.Versions;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Aip.Web.Features.Reviews;

/// <summary>The places in a plan a reviewer can pin a comment to, named as the district names them.</summary>
public static class CommentPlaces
{
    public static IReadOnlyList<SelectListItem> Options(PlanContent plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        List<SelectListItem> options =
        [
            new("The plan as a whole", nameof(CommentArea.Plan)),
            new("Section 1: Explanation of key issues", nameof(CommentArea.Section1)),
        ];
        foreach (var objective in plan.Objectives)
        {
            options.Add(new($"Objective {objective.Number}", $"{nameof(CommentArea.Objective)}:{objective.Id}"));
            options.AddRange(objective.Initiatives.Select(i => new SelectListItem($"Initiative {i.Number} (Strategy Sheet)", $"{nameof(CommentArea.Initiative)}:{i.Id}")));
        }

        options.Add(new("Final outcomes", nameof(CommentArea.FinalOutcomes)));
        return options;
    }

    /// <summary>"Initiative 2.3"; an item removed since the comment was made is named by its kind only.</summary>
    public static string Label(CommentPlace place, PlanContent plan)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(plan);
        return place.Area switch
        {
            CommentArea.Plan => "The plan as a whole",
            CommentArea.Section1 => "Section 1",
            CommentArea.FinalOutcomes => "Final outcomes",
            CommentArea.Objective => plan.Objectives.FirstOrDefault(o => o.Id == place.ItemId) is { } o ? $"Objective {o.Number}" : "An objective since removed",
            CommentArea.Initiative => plan.Initiatives.FirstOrDefault(i => i.Id == place.ItemId) is { } i ? $"Initiative {i.Number}" : "An initiative since removed",
            CommentArea.Benchmark => plan.Initiatives.FirstOrDefault(i => i.Benchmarks.Any(b => b.Id == place.ItemId)) is { } i ? $"A benchmark of initiative {i.Number}" : "A benchmark since removed",
            CommentArea.Activity => plan.Initiatives.FirstOrDefault(i => i.Activities.Any(a => a.Id == place.ItemId)) is { } i ? $"An activity of initiative {i.Number}" : "An activity since removed",
            _ => "The plan",
        };
    }
}
