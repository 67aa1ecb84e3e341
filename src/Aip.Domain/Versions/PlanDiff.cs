using System.Globalization;
using Aip.Domain.Common;
using Aip.Domain.Districts;
using Aip.Domain.Plans;

namespace Aip.Domain.Versions;

/// <summary>
/// What changed between two versions of a plan, for the side-by-side screen: groups in template order (plan
/// details, Section 1, each objective with its initiatives and their benchmarks and activities, final outcomes),
/// listing only the items that were added, removed or changed. Items are matched by id anywhere in the plan, so an
/// initiative that moved to another objective is changed (its number and where it belongs), not removed and added.
/// Entries follow the newer version's order; a removed item stands after the item it followed in the older one.
/// The District Review findings an objective or initiative addresses are one of its fields, named as the findings page
/// names them ("Leadership and Governance, finding 1").
/// </summary>
public sealed class PlanDiff
{
    public const string FindingsField = "District Review findings addressed";

    /// <summary>A finding a version links to that the district no longer has (withdrawn after the version was frozen).</summary>
    public const string WithdrawnFinding = "a withdrawn finding";

    private const int LabelWords = 8;

    private static readonly Field<PlanContent>[] DetailFields =
    [
        new("Title", p => p.Title),
        new("School years", p => $"{p.FirstSchoolYear}–{p.LastSchoolYear + 1}"),
    ];

    private static readonly Field<PlanContent>[] Section1Fields =
    [
        new("Key issues", p => p.KeyIssues),
        new("Theory of action", p => p.TheoryOfAction),
        new("Why these strategic objectives", p => p.WhyTheseObjectives),
    ];

    private static readonly Field<ObjectiveContent>[] ObjectiveFields =
    [
        new("Strategic objective", o => o.Statement),
        new("Overall lead", o => o.Lead),
    ];

    private static readonly Field<InitiativeContent>[] InitiativeFields =
    [
        new("Initiative", i => i.Description),
        new("Initiative lead", i => i.Lead),
        new("Key resources", i => i.KeyResources),
    ];

    private static readonly Field<BenchmarkContentValue>[] BenchmarkFields =
    [
        new("Type", b => b.Kind.DisplayName()),
        new("Benchmark", b => b.Description),
        new("Measure", b => b.Measure),
        new("Evidence", b => b.Evidence),
        new("Frequency", b => b.Frequency),
    ];

    private static readonly Field<ActivityContentValue>[] ActivityFields =
    [
        new("Quarter", a => a.Quarter.DisplayName()),
        new("Action step", a => a.ActionStep),
        new("Who will Lead?", a => a.Lead),
        new("When will it Start?", a => Dates.Display(a.Start)),
        new("When will it be Complete?", a => Dates.Display(a.End)),
        new("Frequency", a => a.Frequency),
    ];

    private static readonly Field<FinalOutcomeContent>[] FinalOutcomeFields =
    [
        new("Final outcome", f => f.Description),
        new("Measure", f => f.Measure),
        new("Target", f => f.Target),
        new("Date", f => Dates.Display(f.Date)),
        new("PPI targets", f => f.PpiTargets.Count == 0 ? null : string.Join("; ", f.PpiTargets)),
    ];

    private readonly Index _older;
    private readonly Index _newer;
    private readonly Dictionary<Guid, FindingRef> _findings;

    private PlanDiff(PlanContent older, PlanContent newer, IEnumerable<FindingRef> findings)
    {
        _older = new(older);
        _newer = new(newer);
        _findings = findings.DistinctBy(f => f.Id).ToDictionary(f => f.Id);
        Groups = [.. CompareAll(older, newer).Where(g => g.Entries.Count > 0)];
        Entries = [.. Groups.SelectMany(g => g.Entries)];
    }

    public IReadOnlyList<DiffGroup> Groups { get; }

    /// <summary>All entries in template order, as <see cref="Groups"/> lists them.</summary>
    public IReadOnlyList<DiffEntry> Entries { get; }

    public bool IsEmpty => Groups.Count == 0;

    /// <summary>The differences of two versions; <paramref name="findings"/> are the district's District Review findings, to name the links.</summary>
    public static PlanDiff Compare(PlanContent older, PlanContent newer, IEnumerable<FindingRef>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        return new(older, newer, findings ?? []);
    }

    /// <summary>"Coaches model the protocol at each grade-level…": the first words of a text, on one line.</summary>
    public static string FirstWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= LabelWords ? string.Join(' ', words) : string.Join(' ', words.Take(LabelWords)) + "…";
    }

    private IEnumerable<DiffGroup> CompareAll(PlanContent older, PlanContent newer)
    {
        yield return new("Plan details", WholePlan(DiffItem.PlanDetails, "Plan details", DetailFields, older, newer));
        yield return new("Section 1: Explanation of key issues", WholePlan(DiffItem.Section1, "Section 1", Section1Fields, older, newer));
        foreach (var (old, now) in Pair(older.Objectives, newer.Objectives, o => o.Id))
        {
            var objective = (now ?? old)!;
            var title = $"Objective {objective.Number}{(now is null ? " (removed)" : string.Empty)}: {FirstWords(objective.Statement)}";
            yield return new(title, [.. CompareObjective(old, now).OfType<DiffEntry>()]);
        }

        yield return new("Final outcomes", [
            .. Pair(older.FinalOutcomes, newer.FinalOutcomes, f => f.Id)
                .Select(p => Entry(DiffItem.FinalOutcome, p.Old, p.New, f => f.Id, null, 0, f => $"Final outcome: {FirstWords(f.Description)}", Changes(FinalOutcomeFields, p.Old, p.New)))
                .OfType<DiffEntry>()]);
    }

    private static List<DiffEntry> WholePlan(DiffItem item, string label, Field<PlanContent>[] fields, PlanContent older, PlanContent newer)
    {
        var changes = Changes(fields, older, newer);
        return changes.Count == 0 ? [] : [new(item, null, null, 0, label, DiffChange.Changed, changes)];
    }

    private IEnumerable<DiffEntry?> CompareObjective(ObjectiveContent? old, ObjectiveContent? now)
    {
        var number = NumberChange(old?.Number.ToString(CultureInfo.InvariantCulture), now?.Number.ToString(CultureInfo.InvariantCulture));
        yield return Entry(
            DiffItem.Objective, old, now, o => o.Id, null, 0, o => $"Objective {o.Number}",
            [.. number, .. Changes(ObjectiveFields, old, now), .. FindingChange(old?.Addresses, now?.Addresses)]);
        foreach (var (oldInitiative, newInitiative) in Pair(old?.Initiatives ?? [], now?.Initiatives ?? [], i => i.Id))
        {
            foreach (var entry in CompareInitiative(oldInitiative, newInitiative))
            {
                yield return entry;
            }
        }
    }

    private IEnumerable<DiffEntry?> CompareInitiative(InitiativeContent? old, InitiativeContent? now)
    {
        var parent = Parent(_older.ObjectiveOf, _newer.ObjectiveOf, old, now, i => i.Id, o => o.Id, o => $"Objective {o.Number}");
        yield return Entry(
            DiffItem.Initiative,
            old,
            now,
            i => i.Id,
            parent.Id,
            1,
            i => $"Initiative {i.Number}",
            [.. NumberChange(old?.Number, now?.Number), .. Maybe(parent.Change), .. Changes(InitiativeFields, old, now), .. FindingChange(old?.Addresses, now?.Addresses)]);
        foreach (var (oldBenchmark, newBenchmark) in Pair(old?.Benchmarks ?? [], now?.Benchmarks ?? [], b => b.Id))
        {
            yield return CompareBenchmark(oldBenchmark, newBenchmark);
        }

        foreach (var (oldActivity, newActivity) in Pair(old?.Activities ?? [], now?.Activities ?? [], a => a.Id))
        {
            var activityParent = InitiativeOf(oldActivity, newActivity, a => a.Id);
            yield return Entry(
                DiffItem.Activity,
                oldActivity,
                newActivity,
                a => a.Id,
                activityParent.Id,
                2,
                a => $"Activity of initiative {activityParent.Number}: {FirstWords(a.ActionStep)}",
                [.. Maybe(activityParent.Change), .. Changes(ActivityFields, oldActivity, newActivity)]);
        }
    }

    private DiffEntry? CompareBenchmark(BenchmarkContentValue? old, BenchmarkContentValue? now)
    {
        var parent = InitiativeOf(old, now, b => b.Id);
        return Entry(
            DiffItem.Benchmark,
            old,
            now,
            b => b.Id,
            parent.Id,
            2,
            b => $"{b.Kind.DisplayName()} of initiative {parent.Number}: {FirstWords(b.Description)}",
            [.. Maybe(parent.Change), .. Changes(BenchmarkFields, old, now), .. TargetChanges(old?.Targets ?? [], now?.Targets ?? [])]);
    }

    /// <summary>
    /// Targets are matched by id where both versions know it, so a target whose date or value moved is one changed row.
    /// The rest (versions frozen before targets kept their ids) are matched by date: a date with one target in each
    /// version whose value changed is one changed row; otherwise each target only one version has is a row of its own.
    /// Rows are in date order, and a mere reordering of the same targets is no change.
    /// </summary>
    private static IEnumerable<FieldChange> TargetChanges(IReadOnlyList<TargetContent> older, IReadOnlyList<TargetContent> newer)
    {
        var pairs = older.Where(t => t.Id is not null).Join(newer.Where(t => t.Id is not null), t => t.Id, t => t.Id, (was, now) => (Was: was, Now: now)).ToList();
        var paired = pairs.Select(p => p.Was.Id).ToHashSet();
        var rows = pairs
            .Where(p => (p.Was.Date, p.Was.Value) != (p.Now.Date, p.Now.Value))
            .Select(p => (Date: p.Was.Date, Change: new FieldChange("Target", Show(p.Was.Value, p.Was.Date), Show(p.Now.Value, p.Now.Date))))
            .ToList();
        rows.AddRange(ByDate(
            [.. older.Where(t => t.Id is null || !paired.Contains(t.Id))],
            [.. newer.Where(t => t.Id is null || !paired.Contains(t.Id))]));
        return rows.OrderBy(r => r.Date).Select(r => r.Change);

        static IEnumerable<(DateOnly Date, FieldChange Change)> ByDate(IReadOnlyList<TargetContent> older, IReadOnlyList<TargetContent> newer)
        {
            foreach (var date in older.Concat(newer).Select(t => t.Date).Distinct().Order())
            {
                var was = older.Where(t => t.Date == date).Select(t => t.Value).ToList();
                var now = newer.Where(t => t.Date == date).Select(t => t.Value).ToList();
                if (was.Count == 1 && now.Count == 1)
                {
                    if (was[0] != now[0])
                    {
                        yield return (date, new("Target", Show(was[0], date), Show(now[0], date)));
                    }

                    continue;
                }

                foreach (var value in was.Except(now, StringComparer.Ordinal))
                {
                    yield return (date, new("Target", Show(value, date), null));
                }

                foreach (var value in now.Except(was, StringComparer.Ordinal))
                {
                    yield return (date, new("Target", null, Show(value, date)));
                }
            }
        }

        static string Show(string value, DateOnly date) => $"{value} by {Dates.Display(date)}";
    }

    private (Guid Id, string Number, FieldChange? Change) InitiativeOf<T>(T? old, T? now, Func<T, Guid> id)
        where T : class
    {
        var (parentId, change) = Parent(_older.InitiativeOf, _newer.InitiativeOf, old, now, id, i => i.Id, i => $"Initiative {i.Number}");
        // A removed item is named by its initiative's number in the newer version, under which it is listed, if it has one.
        var initiative = now is not null ? _newer.InitiativeOf[id(now)] : _older.InitiativeOf[id(old!)];
        return (parentId, _newer.Find<InitiativeContent>(initiative.Id)?.Number ?? initiative.Number, change);
    }

    /// <summary>The parent an item belongs to in the newer version (the older one if it was removed), and a change
    /// "Belongs to" when it moved to another parent. A parent that was only renumbered is the same parent.</summary>
    private static (Guid Id, FieldChange? Change) Parent<T, TParent>(
        Dictionary<Guid, TParent> olderParents,
        Dictionary<Guid, TParent> newerParents,
        T? old,
        T? now,
        Func<T, Guid> id,
        Func<TParent, Guid> parentId,
        Func<TParent, string> label)
        where T : class
        where TParent : class
    {
        var was = old is null ? null : olderParents[id(old)];
        var isNow = now is null ? null : newerParents[id(now)];
        var moved = was is not null && isNow is not null && parentId(was) != parentId(isNow);
        return (parentId((isNow ?? was)!), moved ? new("Belongs to", label(was!), label(isNow!)) : null);
    }

    private static DiffEntry? Entry<T>(
        DiffItem item,
        T? old,
        T? now,
        Func<T, Guid> id,
        Guid? parentId,
        int depth,
        Func<T, string> label,
        List<FieldChange> fields)
        where T : class
    {
        var change = (old, now) switch
        {
            (null, _) => DiffChange.Added,
            (_, null) => DiffChange.Removed,
            _ => DiffChange.Changed,
        };
        return change == DiffChange.Changed && fields.Count == 0
            ? null
            : new(item, id((now ?? old)!), parentId, depth, label((now ?? old)!), change, fields);
    }

    /// <summary>
    /// The fields whose values differ: for a changed item its changed fields, for an added (removed) item every field
    /// it has a value for, since the other side is empty.
    /// </summary>
    private static List<FieldChange> Changes<T>(IEnumerable<Field<T>> fields, T? old, T? now)
        where T : class =>
        [.. fields
            .Select(f => new FieldChange(f.Label, old is null ? null : f.Value(old), now is null ? null : f.Value(now)))
            .Where(c => !string.Equals(c.Old, c.New, StringComparison.Ordinal))];

    /// <summary>
    /// The findings an item addresses in each version, in the findings page's order (standard, then number); a change of
    /// order alone is no change. Null is the version without the item, or an item that addresses none.
    /// </summary>
    private IEnumerable<FieldChange> FindingChange(IReadOnlyList<Guid>? old, IReadOnlyList<Guid>? now)
    {
        var was = Names(old);
        var isNow = Names(now);
        return string.Equals(was, isNow, StringComparison.Ordinal) ? [] : [new(FindingsField, was, isNow)];

        string? Names(IReadOnlyList<Guid>? ids) => ids is null || ids.Count == 0
            ? null
            : string.Join("; ", ids.Distinct()
                .Select(id => _findings.GetValueOrDefault(id))
                .OrderBy(f => f is null)
                .ThenBy(f => f?.Standard)
                .ThenBy(f => f?.Number)
                .Select(f => f?.Name ?? WithdrawnFinding));
    }

    private static IEnumerable<FieldChange> Maybe(FieldChange? change) => change is null ? [] : [change];

    /// <summary>A renumbered item ("Initiative 2.3 is now 2.1") is changed; an added or removed one has one number only.</summary>
    private static IEnumerable<FieldChange> NumberChange(string? old, string? now) =>
        old is not null && now is not null && old != now ? [new("Number", old, now)] : [];

    /// <summary>
    /// The items of one list in both versions, paired: the newer items in order, each with its older self found
    /// anywhere in the older plan; then each removed item (in neither this list nor anywhere else in the newer plan)
    /// right after the older item it followed, or first. An item that moved here from elsewhere is listed here only.
    /// </summary>
    private IEnumerable<(T? Old, T? New)> Pair<T>(IReadOnlyList<T> older, IReadOnlyList<T> newer, Func<T, Guid> id)
        where T : class
    {
        var newerIds = newer.Select(id).ToHashSet();
        var removedAfter = new Dictionary<Guid, List<T>>();
        var anchor = Guid.Empty;
        foreach (var item in older)
        {
            if (newerIds.Contains(id(item)))
            {
                anchor = id(item);
            }
            else if (!_newer.Contains(id(item)))
            {
                removedAfter.TryAdd(anchor, []);
                removedAfter[anchor].Add(item);
            }
        }

        foreach (var removed in removedAfter.GetValueOrDefault(Guid.Empty) ?? [])
        {
            yield return (removed, null);
        }

        foreach (var item in newer)
        {
            yield return (_older.Find<T>(id(item)), item);
            foreach (var removed in removedAfter.GetValueOrDefault(id(item)) ?? [])
            {
                yield return (removed, null);
            }
        }
    }

    private sealed record Field<T>(string Label, Func<T, string?> Value);

    /// <summary>Every item of one version by id, with the objective of each initiative and the initiative of each benchmark and activity.</summary>
    private sealed class Index
    {
        private readonly Dictionary<Guid, object> _items = [];

        public Index(PlanContent content)
        {
            foreach (var objective in content.Objectives)
            {
                _items.Add(objective.Id, objective);
                foreach (var initiative in objective.Initiatives)
                {
                    _items.Add(initiative.Id, initiative);
                    ObjectiveOf.Add(initiative.Id, objective);
                    foreach (var (itemId, item) in initiative.Benchmarks.Select(b => (b.Id, (object)b)).Concat(initiative.Activities.Select(a => (a.Id, (object)a))))
                    {
                        _items.Add(itemId, item);
                        InitiativeOf.Add(itemId, initiative);
                    }
                }
            }

            foreach (var outcome in content.FinalOutcomes)
            {
                _items.Add(outcome.Id, outcome);
            }
        }

        public Dictionary<Guid, ObjectiveContent> ObjectiveOf { get; } = [];

        public Dictionary<Guid, InitiativeContent> InitiativeOf { get; } = [];

        public bool Contains(Guid id) => _items.ContainsKey(id);

        public T? Find<T>(Guid id)
            where T : class => _items.GetValueOrDefault(id) as T;
    }
}
