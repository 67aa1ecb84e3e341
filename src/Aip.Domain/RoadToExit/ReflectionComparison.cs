namespace Aip.Domain.RoadToExit;

/// <summary>How the views placed so far stand to each other for one sub-area.</summary>
public enum Agreement
{
    /// <summary>Fewer than two views placed: nothing to compare yet.</summary>
    Waiting = 1,
    Agree = 2,
    Disagree = 3,
}

/// <summary>How one view moved for one sub-area since the previous reflection.</summary>
public enum MovementKind
{
    NotYetPlaced = 1,
    FirstPlacement = 2,
    Unchanged = 3,
    Forward = 4,
    Back = 5,
}

public sealed record Movement(MovementKind Kind, ContinuumStage? From, ContinuumStage? To)
{
    /// <summary>In words, never by colour alone: "moved forward from Early Implementation to Transitional Implementation".</summary>
    public string Describe() => Kind switch
    {
        MovementKind.NotYetPlaced => "not yet placed",
        MovementKind.FirstPlacement => "first placement (not placed in the previous reflection)",
        MovementKind.Unchanged => $"no change ({From!.Value.DisplayName()})",
        MovementKind.Forward => $"moved forward from {From!.Value.DisplayName()} to {To!.Value.DisplayName()}",
        MovementKind.Back => $"moved back from {From!.Value.DisplayName()} to {To!.Value.DisplayName()}",
        _ => throw new InvalidOperationException(),
    };

    public static Movement Between(ContinuumStage? previous, ContinuumStage? current) => (previous, current) switch
    {
        (_, null) => new(MovementKind.NotYetPlaced, previous, null),
        (null, { } now) => new(MovementKind.FirstPlacement, null, now),
        ({ } before, { } now) when now > before => new(MovementKind.Forward, before, now),
        ({ } before, { } now) when now < before => new(MovementKind.Back, before, now),
        ({ } before, _) => new(MovementKind.Unchanged, before, before),
    };
}

/// <summary>One sub-area of a reflection: the three views side by side, their agreement and each view's movement.</summary>
public sealed record AreaComparison(
    ContinuumArea Area, IReadOnlyDictionary<Perspective, Placement?> Views, Agreement Agreement, IReadOnlyDictionary<Perspective, Movement> Movements)
{
    /// <summary>"All three views agree: Transitional Implementation", "Views differ: …", "Waiting for the Monitor's view".</summary>
    public string DescribeAgreement()
    {
        var placed = Views.Where(v => v.Value is not null).ToList();
        var waiting = Views.Where(v => v.Value is null).Select(v => v.Key.DisplayName()).ToList();
        var waitingText = waiting.Count == 0 ? string.Empty : $" (waiting for: {string.Join(", ", waiting)})";
        return Agreement switch
        {
            Agreement.Waiting => $"Not enough views to compare yet{waitingText}.",
            Agreement.Agree when waiting.Count == 0 => $"All three views agree: {placed[0].Value!.Stage.DisplayName()}.",
            Agreement.Agree => $"The views placed so far agree: {placed[0].Value!.Stage.DisplayName()}{waitingText}.",
            _ => $"Views differ: {string.Join("; ", placed.Select(v => $"{v.Key.DisplayName()}: {v.Value!.Stage.DisplayName()}"))}{waitingText}.",
        };
    }
}

/// <summary>Compares a reflection's views with each other and with the district's previous reflection.</summary>
public static class ReflectionComparison
{
    public static IReadOnlyList<AreaComparison> Of(ContinuumReflection current, ContinuumReflection? previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        return [.. Continuum.Areas.Select(area =>
        {
            var views = Perspectives.All.ToDictionary(p => p, p => Placed(current, p, area));
            var stages = views.Values.OfType<Placement>().Select(v => v.Stage).ToList();
            var agreement = stages.Count < 2 ? Agreement.Waiting : stages.Distinct().Count() == 1 ? Agreement.Agree : Agreement.Disagree;
            var movements = Perspectives.All.ToDictionary(
                p => p, p => Movement.Between(previous is null ? null : Placed(previous, p, area)?.Stage, views[p]?.Stage));
            return new AreaComparison(area, views, agreement, movements);
        })];
    }

    /// <summary>The reflection before <paramref name="current"/> among the district's reflections (opened earlier), if any.</summary>
    public static ContinuumReflection? PreviousOf(ContinuumReflection current, IEnumerable<ContinuumReflection> reflections)
    {
        ArgumentNullException.ThrowIfNull(current);
        return reflections.Where(r => r.DistrictId == current.DistrictId && r.Id != current.Id && r.OpenedOn <= current.OpenedOn)
            .OrderByDescending(r => r.OpenedOn).FirstOrDefault();
    }

    private static Placement? Placed(ContinuumReflection reflection, Perspective perspective, ContinuumArea area) =>
        reflection.Views.SingleOrDefault(v => v.Perspective == perspective) is { IsPlaced: true } view ? view.For(area) : null;
}
