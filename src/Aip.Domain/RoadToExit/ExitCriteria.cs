using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Plans;

namespace Aip.Domain.RoadToExit;

/// <summary>
/// Appendix N's criterion A for one school year, recorded by ESE with its data: "DEMONSTRATE improved student achievement as
/// evidenced by one or more of the following: Meet targets for PPI (at least some CPI, SGP, extra credit, graduation, and/or
/// dropout indicators); No longer in lowest 10% of districts". One record per district and school year, corrected in place.
/// </summary>
public sealed class AchievementRecord : Entity
{
    public const int DataMaxLength = 4000;

    /// <summary>Appendix N's two ways of demonstrating improved achievement, word for word.</summary>
    public const string PpiTargetsText = "Meet targets for PPI (at least some CPI, SGP, extra credit, graduation, and/or dropout indicators)";
    public const string LowestTenPercentText = "No longer in lowest 10% of districts";

    private AchievementRecord()
    {
    }

    public Guid DistrictId { get; private set; }

    /// <summary>The school year, by the calendar year it starts in (2026 is 2026–27).</summary>
    public int SchoolYear { get; private set; }

    public bool PpiTargetsMet { get; private set; }

    public bool OutOfLowestTenPercent { get; private set; }

    /// <summary>The figures the judgement rests on: the PPI for the aggregate and high-needs groups, the district's percentile.</summary>
    public string Data { get; private set; } = null!;

    public string RecordedByName { get; private set; } = null!;

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>"One or more of the following": either way demonstrates the criterion for the year.</summary>
    public bool Meets => PpiTargetsMet || OutOfLowestTenPercent;

    public static AchievementRecord Record(Guid districtId, int schoolYear, bool ppiTargetsMet, bool outOfLowestTenPercent, string? data, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (schoolYear < PlanPeriod.EarliestSchoolYear || schoolYear > ReportingSchoolYear(now))
        {
            throw new DomainException($"Choose a school year that has begun, from {PlanPeriod.SchoolYear(PlanPeriod.EarliestSchoolYear)} to {PlanPeriod.SchoolYear(ReportingSchoolYear(now))}.");
        }

        var record = new AchievementRecord { DistrictId = districtId, SchoolYear = schoolYear };
        record.Correct(ppiTargetsMet, outOfLowestTenPercent, data, by, now);
        return record;
    }

    public void Correct(bool ppiTargetsMet, bool outOfLowestTenPercent, string? data, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        ExitCriteria.EnsureEse(by);
        (PpiTargetsMet, OutOfLowestTenPercent, Data, RecordedByName, RecordedAt) =
            (ppiTargetsMet, outOfLowestTenPercent, Text.Required(data, "data for the year", DataMaxLength), by.Name, now);
        Raise(new AchievementRecorded(DistrictId, SchoolYear, Meets));
    }

    /// <summary>The school year a day falls in (September to August).</summary>
    private static int ReportingSchoolYear(DateTimeOffset now) => Dates.Day(now) is var day && day.Month >= 9 ? day.Year : day.Year - 1;
}

/// <summary>What a piece of evidence for criteria B–E is: a published progress report, a discussion's final Minutes, an evidence item.</summary>
public enum ExitSourceKind
{
    ProgressReport = 1,
    Minutes = 2,
    Evidence = 3,
}

/// <summary>One source ESE may cite, as the list offered it: its kind, its id, how it is named, its day.</summary>
public sealed record ExitSource(ExitSourceKind Kind, Guid SourceId, string Label, DateOnly On)
{
    public const int LabelMaxLength = 400;

    /// <summary>"ProgressReport:…", the value a form carries.</summary>
    public string Key => $"{Kind}:{SourceId}";
}

/// <summary>
/// A source ESE cites for one of criteria B–E (Appendix N), with what it shows: a published QPR or Summative report, the
/// final Minutes of a Highlight Discussion, an item of the evidence library. Its name is kept as it was cited.
/// </summary>
public sealed class ExitEvidence : Entity
{
    public const int NoteMaxLength = 2000;

    private ExitEvidence()
    {
    }

    public Guid DistrictId { get; private set; }

    public ExitCriterion Criterion { get; private set; }

    public ExitSourceKind Kind { get; private set; }

    public Guid SourceId { get; private set; }

    public string Label { get; private set; } = null!;

    public DateOnly On { get; private set; }

    /// <summary>What the source shows for the criterion.</summary>
    public string Note { get; private set; } = null!;

    public string CitedByName { get; private set; } = null!;

    public DateTimeOffset CitedAt { get; private set; }

    public static ExitEvidence Cite(Guid districtId, ExitCriterion criterion, ExitSource source, string? note, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(by);
        ExitCriteria.EnsureEse(by);
        if (!Continuum.ReflectedCriteria.Contains(criterion))
        {
            throw new DomainException("Evidence is cited for criteria B to E; criterion A is recorded per school year with its data.");
        }

        if (!Enum.IsDefined(source.Kind))
        {
            throw new DomainException("Cite a published report, a discussion's final Minutes or an item of the evidence library.");
        }

        var evidence = new ExitEvidence
        {
            DistrictId = districtId,
            Criterion = criterion,
            Kind = source.Kind,
            SourceId = source.SourceId,
            Label = Text.Shorten(Text.Required(source.Label, "source", int.MaxValue), ExitSource.LabelMaxLength),
            On = source.On,
            Note = Text.Required(note, "what the source shows", NoteMaxLength),
            CitedByName = by.Name,
            CitedAt = now,
        };
        evidence.Raise(new ExitEvidenceCited(districtId, criterion, evidence.Label));
        return evidence;
    }
}

public sealed record AchievementRecorded(Guid DistrictId, int SchoolYear, bool Meets) : IDomainEvent;

public sealed record ExitEvidenceCited(Guid DistrictId, ExitCriterion Criterion, string Label) : IDomainEvent;

/// <summary>Where a district stands on one criterion of Appendix N, in words, with what it rests on.</summary>
public sealed record CriterionStanding(ExitCriterion Criterion, bool Shown, string Summary, IReadOnlyList<ExitEvidence> Evidence);

/// <summary>
/// ESE's exit-readiness summary of a district (Appendix N, 603 CMR 2.05(12)): criterion A from the school years recorded,
/// criteria B–E from the latest complete reflection on the continuum and the evidence ESE cited. It gathers what the
/// Commissioner's determination would look at; it decides nothing.
/// </summary>
public static class ExitCriteria
{
    /// <summary>The regulation in a sentence, for context (not legal advice).</summary>
    public const string RegulationContext =
        "Under 603 CMR 2.05(12)(b) the Commissioner removes a district with a Level 4 District Plan from Level 4 when, on evidence that may "
        + "include monitoring reports, the district has satisfactorily achieved the goals and benchmarks of its plan and has the capacity to "
        + "continue making progress without Level 4 accountability and assistance; a district with a school in Level 4 cannot exit until "
        + "those schools meet their exit criteria. This summary gathers the evidence for that determination; it is not the determination "
        + "and not legal advice.";

    internal static void EnsureEse(Actor by)
    {
        if (by.Role != Role.EseStaff)
        {
            throw new DomainException("ESE records the exit criteria.");
        }
    }

    public static IReadOnlyList<CriterionStanding> Standings(
        IEnumerable<AchievementRecord> achievement, IEnumerable<ExitEvidence> evidence, ContinuumReflection? latestComplete)
    {
        ArgumentNullException.ThrowIfNull(achievement);
        ArgumentNullException.ThrowIfNull(evidence);
        var years = achievement.OrderByDescending(a => a.SchoolYear).ToList();
        var cited = evidence.ToList();
        var standings = new List<CriterionStanding>
        {
            years.FirstOrDefault() is { } last
                ? new(ExitCriterion.DemonstrateImprovedAchievement, last.Meets,
                    $"{PlanPeriod.SchoolYear(last.SchoolYear)}: {(last.Meets ? "shown" : "not shown")} ({Ways(last)}). {years.Count(y => y.Meets)} of {years.Count} school year{(years.Count == 1 ? "" : "s")} recorded show it.",
                    [])
                : new(ExitCriterion.DemonstrateImprovedAchievement, false, "No school year recorded yet.", []),
        };
        foreach (var criterion in Continuum.ReflectedCriteria)
        {
            var mine = cited.Where(e => e.Criterion == criterion).OrderByDescending(e => e.On).ToList();
            var (embedded, placed) = latestComplete is null ? (0, 0) : Embedded(latestComplete, criterion);
            var areas = Continuum.AreasOf(criterion).Count;
            var reflection = latestComplete is null
                ? "No complete reflection on the continuum yet."
                : $"In the reflection of {Dates.Display(latestComplete.OpenedOn)}, all three views place {embedded} of {areas} sub-area{(areas == 1 ? "" : "s")} at Practices Embedded.";
            var shown = latestComplete is not null && embedded == areas && placed == areas && mine.Count > 0;
            standings.Add(new(criterion, shown, $"{reflection} {mine.Count} piece{(mine.Count == 1 ? "" : "s")} of evidence cited.", mine));
        }

        return standings;
    }

    private static string Ways(AchievementRecord record) => (record.PpiTargetsMet, record.OutOfLowestTenPercent) switch
    {
        (true, true) => "PPI targets met; no longer in the lowest 10% of districts",
        (true, false) => "PPI targets met",
        (false, true) => "no longer in the lowest 10% of districts",
        _ => "PPI targets not met; still in the lowest 10% of districts",
    };

    private static (int Embedded, int Placed) Embedded(ContinuumReflection reflection, ExitCriterion criterion)
    {
        var areas = Continuum.AreasOf(criterion);
        var views = reflection.Views.Where(v => v.IsPlaced).ToList();
        var placed = areas.Count(a => views.Count == Perspectives.All.Count && views.All(v => v.For(a) is not null));
        var embedded = areas.Count(a => views.Count == Perspectives.All.Count && views.All(v => v.For(a)?.Stage == ContinuumStage.PracticesEmbedded));
        return (embedded, placed);
    }
}
