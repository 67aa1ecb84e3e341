using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Domain.Versions;
using Aip.Web.Features.Documents;

namespace Aip.Web.Features.Reviews;

/// <summary>
/// Names the place a review comment is pinned to in the words of the printed plan ("Initiative 2.3",
/// "Initiative 2.3, activity 4"), looked up in the content of the reviewed plan; items are numbered in the order the
/// Strategy Sheet prints them.
/// </summary>
public static class CommentPlaces
{
    public const string WholePlan = "The plan as a whole";
    public const string Section1 = "Section 1: Explanation of key issues";
    public const string FinalOutcomes = "Final outcomes";

    public static string Label(CommentPlace place, PlanContent plan)
    {
        ArgumentNullException.ThrowIfNull(place);
        return InPlanOrder(plan).FirstOrDefault(p => p.Place == place).Label ?? Missing(place.Area);
    }

    /// <summary>Every place a comment can be pinned to, with its label, in the order the plan prints them.</summary>
    public static IEnumerable<(CommentPlace Place, string Label)> InPlanOrder(PlanContent plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        yield return (CommentPlace.WholePlan, WholePlan);
        yield return (new CommentPlace(CommentArea.Section1), Section1);
        foreach (var objective in plan.Objectives)
        {
            yield return (new CommentPlace(CommentArea.Objective, objective.Id), $"Objective {objective.Number}");
            foreach (var initiative in objective.Initiatives)
            {
                var name = $"Initiative {initiative.Number}";
                yield return (new CommentPlace(CommentArea.Initiative, initiative.Id), name);
                foreach (var kind in (BenchmarkKind[])[BenchmarkKind.ShortTermOutcome, BenchmarkKind.EarlyEvidenceOfChange])
                {
                    var ofKind = initiative.Benchmarks.Where(b => b.Kind == kind).ToList();
                    for (var i = 0; i < ofKind.Count; i++)
                    {
                        yield return (new CommentPlace(CommentArea.Benchmark, ofKind[i].Id), $"{name}, {kind.DisplayName().ToLowerInvariant()} {i + 1}");
                    }
                }

                var activities = StrategySheet.InSheetOrder(initiative.Activities);
                for (var i = 0; i < activities.Count; i++)
                {
                    yield return (new CommentPlace(CommentArea.Activity, activities[i].Id), $"{name}, activity {i + 1}");
                }
            }
        }

        yield return (new CommentPlace(CommentArea.FinalOutcomes), FinalOutcomes);
        for (var i = 0; i < plan.FinalOutcomes.Count; i++)
        {
            yield return (new CommentPlace(CommentArea.FinalOutcomes, plan.FinalOutcomes[i].Id), $"Final outcome {i + 1}");
        }
    }

    /// <summary>
    /// The places a reviewer comments on from the review page, each at the place itself: the plan, Section 1, each
    /// objective, each Strategy Sheet and each of its benchmarks, the final outcomes (what the district's screens show
    /// comments at). A posted place must be one of them.
    /// </summary>
    public static IReadOnlySet<CommentPlace> Offered(PlanContent plan) =>
        InPlanOrder(plan).Select(p => p.Place).Where(IsOffered).ToHashSet();

    /// <summary>How a comment form names its place ("Section1", "Objective:{id}"); <see cref="CommentForm.ToPlace"/> reads it back.</summary>
    public static string ValueOf(CommentPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place.ItemId is { } id ? $"{place.Area}:{id}" : place.Area.ToString();
    }

    /// <summary>The id of the place's comment control on the review page, the fragment a pinned comment leads back to.</summary>
    public static string AnchorOf(CommentPlace place) =>
        "comment-" + ValueOf(place).Replace(':', '-').ToLowerInvariant();

    private static bool IsOffered(CommentPlace place) =>
        place.Area is CommentArea.Plan or CommentArea.Section1 or CommentArea.Objective or CommentArea.Initiative or CommentArea.Benchmark
        || place == new CommentPlace(CommentArea.FinalOutcomes);

    /// <summary>A comment on an item removed from the plan since (a later version) keeps its text, not its place.</summary>
    private static string Missing(CommentArea area) => area switch
    {
        CommentArea.Objective => "An objective no longer in the plan",
        CommentArea.Initiative => "An initiative no longer in the plan",
        CommentArea.Benchmark => "A benchmark no longer in the plan",
        CommentArea.Activity => "An activity no longer in the plan",
        CommentArea.FinalOutcomes => "A final outcome no longer in the plan",
        _ => WholePlan,
    };
}
