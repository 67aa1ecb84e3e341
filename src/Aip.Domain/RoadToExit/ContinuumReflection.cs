using Aip.Domain.Common;
using Aip.Domain.People;

namespace Aip.Domain.RoadToExit;

/// <summary>Whose view of the continuum: the district (its Superintendent), the Plan Manager, or the assigned Monitor.</summary>
public enum Perspective
{
    District = 1,
    PlanManager = 2,
    Monitor = 3,
}

public static class Perspectives
{
    public static IReadOnlyList<Perspective> All { get; } = Enum.GetValues<Perspective>();

    public static string DisplayName(this Perspective perspective) => perspective switch
    {
        Perspective.District => "District (Superintendent)",
        Perspective.PlanManager => "Plan Manager",
        Perspective.Monitor => "Monitor",
        _ => throw new ArgumentOutOfRangeException(nameof(perspective), perspective, null),
    };

    /// <summary>The one view a role writes: the Superintendent speaks for the district.</summary>
    public static Perspective? Of(Role role) => role switch
    {
        Role.Superintendent => Perspective.District,
        Role.PlanManager => Perspective.PlanManager,
        Role.PlanMonitor => Perspective.Monitor,
        _ => null,
    };
}

/// <summary>Where one view places the district for one sub-area, with the person's note.</summary>
public sealed record Placement(ContinuumArea Area, ContinuumStage Stage, string? Note)
{
    public const int NoteMaxLength = 2000;
}

/// <summary>The reflection was opened: the three people are asked for their views.</summary>
public sealed record ReflectionOpened(Guid DistrictId, Guid ReflectionId, int SchoolYear, DateOnly ViewsDueOn, string OpenedByName) : IDomainEvent;

/// <summary>One of the three views was placed (or placed again).</summary>
public sealed record ReflectionViewPlaced(Guid DistrictId, Guid ReflectionId, Perspective Perspective, string ByName, bool ReflectionComplete) : IDomainEvent;

/// <summary>
/// A reflection on Appendix M's continuum, opened once or twice a school year for a district by ESE or the Plan Manager:
/// the district (Superintendent), the Plan Manager and the assigned Monitor each place the district for every sub-area of
/// criteria B–E, each in their own <see cref="ContinuumView"/> (its own concurrency token, so three people can write at once).
/// </summary>
public sealed class ContinuumReflection : Entity
{
    public const int MaxPerSchoolYear = 2;
    public const int PersonNameMaxLength = 200;

    private readonly List<ContinuumView> _views = [];

    private ContinuumReflection()
    {
    }

    public Guid DistrictId { get; private set; }

    /// <summary>The school year (July to June) by the calendar year it begins in.</summary>
    public int SchoolYear { get; private set; }

    /// <summary>
    /// 1 or 2: the reflection's place among the district's reflections of its school year. Unique per district and school
    /// year in the database, so two reflections opened at once cannot both pass the "once or twice a year" rule.
    /// </summary>
    public int NumberInYear { get; private set; }

    public DateOnly OpenedOn { get; private set; }

    /// <summary>The day the three views are asked for.</summary>
    public DateOnly ViewsDueOn { get; private set; }

    public string OpenedByName { get; private set; } = null!;

    public IReadOnlyList<ContinuumView> Views => _views;

    public bool IsComplete => _views.Count == Perspectives.All.Count && _views.All(v => v.IsPlaced);

    public ContinuumView View(Perspective perspective) => _views.Single(v => v.Perspective == perspective);

    /// <param name="earlier">The district's reflections so far (for the "once or twice a year" rule).</param>
    public static ContinuumReflection Open(Guid districtId, Actor by, DateOnly today, DateOnly viewsDueOn, IEnumerable<ContinuumReflection> earlier)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(earlier);
        if (by.Role is not (Role.EseStaff or Role.PlanManager))
        {
            throw new DomainException("Only ESE staff or the Plan Manager open a reflection on the continuum.");
        }

        Dates.Required(viewsDueOn, "day the views are due");
        if (viewsDueOn < today)
        {
            throw new DomainException("The day the views are due cannot be in the past.");
        }

        var year = Continuum.SchoolYearOf(today);
        var previous = earlier.Where(r => r.DistrictId == districtId).ToList();
        var inYear = previous.Count(r => r.SchoolYear == year);
        if (inYear >= MaxPerSchoolYear)
        {
            throw new DomainException($"The district already has {MaxPerSchoolYear} reflections in the {Plans.PlanPeriod.SchoolYear(year)} school year: a reflection is held once or twice a year.");
        }

        var reflection = new ContinuumReflection
        {
            DistrictId = districtId,
            SchoolYear = year,
            NumberInYear = inYear + 1,
            OpenedOn = today,
            ViewsDueOn = viewsDueOn,
            OpenedByName = Text.Required(by.Name, "name", PersonNameMaxLength),
        };
        reflection._views.AddRange(Perspectives.All.Select(p => ContinuumView.Create(reflection.Id, p)));
        reflection.Raise(new ReflectionOpened(districtId, reflection.Id, year, viewsDueOn, reflection.OpenedByName));
        return reflection;
    }

    /// <summary>
    /// <paramref name="by"/> places the district in their own view (and only theirs): every sub-area of B–E, once each.
    /// </summary>
    public ContinuumView Place(Actor by, IEnumerable<Placement> placements, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Perspectives.Of(by.Role) is not { } perspective)
        {
            throw new DomainException("ESE staff read the three views; the district, the Plan Manager and the Monitor each place their own.");
        }

        var view = View(perspective);
        view.Place(by, placements, at);
        Raise(new ReflectionViewPlaced(DistrictId, Id, perspective, by.Name, IsComplete));
        return view;
    }
}

/// <summary>One person's placing of the district on the continuum, every sub-area with a stage and a note.</summary>
public sealed class ContinuumView : Entity
{
    private List<Placement> _placements = [];

    private ContinuumView()
    {
    }

    public Guid ReflectionId { get; private set; }

    public Perspective Perspective { get; private set; }

    public Guid? PlacedById { get; private set; }

    public string? PlacedByName { get; private set; }

    public DateTimeOffset? PlacedAt { get; private set; }

    public IReadOnlyList<Placement> Placements => _placements;

    public bool IsPlaced => PlacedAt is not null;

    public Placement? For(ContinuumArea area) => _placements.SingleOrDefault(p => p.Area == area);

    internal static ContinuumView Create(Guid reflectionId, Perspective perspective) => new() { ReflectionId = reflectionId, Perspective = perspective };

    internal void Place(Actor by, IEnumerable<Placement> placements, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(placements);
        if (Perspectives.Of(by.Role) != Perspective)
        {
            throw new DomainException($"Only the {Perspective.DisplayName()} places this view.");
        }

        var given = placements.ToList();
        foreach (var placement in given)
        {
            if (!Enum.IsDefined(placement.Area))
            {
                throw new DomainException("Choose a sub-area of criteria B to E.");
            }

            if (!Enum.IsDefined(placement.Stage))
            {
                throw new DomainException($"Choose where the district stands for {placement.Area.DisplayName()}.");
            }
        }

        if (given.GroupBy(p => p.Area).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainException($"{twice.Key.DisplayName()} is placed more than once.");
        }

        if (Continuum.Areas.Where(a => given.All(p => p.Area != a)).Cast<ContinuumArea?>().FirstOrDefault() is { } missing)
        {
            throw new DomainException($"Choose where the district stands for {missing.DisplayName()}.");
        }

        _placements = [.. given.OrderBy(p => p.Area).Select(p => p with { Note = Text.Optional(p.Note, $"note on {p.Area.DisplayName()}", Placement.NoteMaxLength) })];
        (PlacedById, PlacedByName, PlacedAt) = (by.Id, by.Name, at);
    }
}
