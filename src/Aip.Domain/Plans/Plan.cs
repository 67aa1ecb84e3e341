using Aip.Domain.Common;

namespace Aip.Domain.Plans;

/// <summary>
/// A district's Accelerated Improvement Plan (the template of Appendix C): the aggregate root of its objectives,
/// initiatives, benchmarks, activities and final outcomes. Every change goes through a method of this class,
/// which first calls <see cref="EnsureEditable"/>; the children's own mutators are internal, so the rule "only a
/// draft or a returned plan can change" cannot be bypassed. Its status moves only through the steps in
/// Plan.Workflow.cs, which ask <see cref="PlanWorkflow"/>.
/// </summary>
public sealed partial class Plan : Entity
{
    public const int TitleMaxLength = 200;
    public const int KeyIssuesWordLimit = 1000;

    /// <summary>A hard cap far above the word limit: going over the words is a readiness blocker, this is a refusal.</summary>
    public const int KeyIssuesMaxLength = 20000;
    public const int TheoryOfActionMaxLength = 4000;
    public const int WhyTheseObjectivesMaxLength = 8000;
    public const int MinObjectives = 3;
    public const int MaxObjectives = 5;

    private readonly List<Objective> _objectives = [];
    private readonly List<FinalOutcome> _finalOutcomes = [];

    private Plan()
    {
    }

    public Guid DistrictId { get; private set; }

    public string Title { get; private set; } = null!;

    /// <summary>The calendar year the first school year starts in: 2026 means 2026-27.</summary>
    public int FirstSchoolYear { get; private set; }

    public int LastSchoolYear { get; private set; }

    public PlanStatus Status { get; private set; } = PlanStatus.Draft;

    /// <summary>
    /// Moves on with every saved change to the plan or to anything in it, so that of two overlapping changes to one plan
    /// only the first commits and the rules that span the plan (at most five objectives, ranks without gaps, no edits
    /// once submitted) hold under concurrency. Forms carry their own item's token instead; this one is the data layer's.
    /// </summary>
    public Guid Revision { get; private set; }

    /// <summary>The plan this one succeeds (it was started as a copy of that plan's version in force), if any.</summary>
    public Guid? PredecessorId { get; private set; }

    /// <summary>Section 1, the explanation of key issues (the summary statement of at most 1,000 words).</summary>
    public string? KeyIssues { get; private set; }

    /// <summary>An if-then statement connecting the objectives to the vision of success.</summary>
    public string? TheoryOfAction { get; private set; }

    /// <summary>Why these objectives and their initiatives matter.</summary>
    public string? WhyTheseObjectives { get; private set; }

    public IReadOnlyList<Objective> Objectives => _objectives.InRankOrder();

    public IReadOnlyList<FinalOutcome> FinalOutcomes =>
        [.. _finalOutcomes.OrderBy(o => o.Date).ThenBy(o => o.Description, StringComparer.Ordinal)];

    public PlanPeriod Period => PlanPeriod.ForSchoolYears(FirstSchoolYear, LastSchoolYear);

    public int KeyIssuesWordCount => WordCount.Count(KeyIssues);

    public bool IsEditable => PlanWorkflow.IsEditable(Status, OpenAmendmentStage);

    public static Plan Create(Guid districtId, string? title, int firstSchoolYear, int lastSchoolYear)
    {
        if (districtId == Guid.Empty)
        {
            throw new DomainException("Choose the district of this plan.");
        }

        var plan = new Plan { DistrictId = districtId };
        plan.UpdateDetails(title, firstSchoolYear, lastSchoolYear);
        return plan;
    }

    public void UpdateDetails(string? title, int firstSchoolYear, int lastSchoolYear)
    {
        EnsureEditable();
        var cleanTitle = Text.Required(title, "plan title", TitleMaxLength);
        PlanPeriod.CheckSchoolYears(firstSchoolYear, lastSchoolYear);
        (Title, FirstSchoolYear, LastSchoolYear) = (cleanTitle, firstSchoolYear, lastSchoolYear);
    }

    /// <summary>
    /// Saves Section 1 as written. Key issues over the word limit are kept (the district may be part way through
    /// cutting them) and block readiness instead; only text over the character cap is refused.
    /// </summary>
    public void UpdateSection1(string? keyIssues, string? theoryOfAction, string? whyTheseObjectives)
    {
        EnsureEditable();
        (KeyIssues, TheoryOfAction, WhyTheseObjectives) = (
            Text.Optional(keyIssues, "explanation of key issues", KeyIssuesMaxLength),
            Text.Optional(theoryOfAction, "theory of action", TheoryOfActionMaxLength),
            Text.Optional(whyTheseObjectives, "reasons for these objectives", WhyTheseObjectivesMaxLength));
    }

    /// <summary>Called by the data layer on every save that changes the plan or one of its items.</summary>
    public void NewRevision() => Revision = Guid.NewGuid();

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException(PlanWorkflow.EditRefusal(Status, OpenAmendmentStage));
        }
    }

    private static T Find<T>(IEnumerable<T> items, Guid id, string what)
        where T : Entity =>
        items.FirstOrDefault(item => item.Id == id) ?? throw new DomainException($"This {what} is not in the plan; it may have been removed.");
}
