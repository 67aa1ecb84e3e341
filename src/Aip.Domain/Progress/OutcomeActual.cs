using Aip.Domain.Common;
using Aip.Domain.Plans;

namespace Aip.Domain.Progress;

/// <summary>
/// A final outcome's actual for one school year of the plan (for example the year's PPI for the aggregate group): progress,
/// not plan content, keyed by the outcome and the year. <see cref="SchoolYear"/> is the year it starts in, as the plan's own.
/// </summary>
public sealed class OutcomeActual : Entity
{
    public const int ValueMaxLength = 200;
    public const int NoteMaxLength = 2000;

    private OutcomeActual()
    {
    }

    public Guid PlanId { get; private set; }

    public Guid DistrictId { get; private set; }

    public Guid FinalOutcomeId { get; private set; }

    public int SchoolYear { get; private set; }

    public string Value { get; private set; } = null!;

    public string? Note { get; private set; }

    public static OutcomeActual Record(Plan plan, FinalOutcome outcome, int schoolYear, string? value, string? note)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(outcome);
        if (schoolYear < plan.FirstSchoolYear || schoolYear > plan.LastSchoolYear)
        {
            throw new DomainException($"Choose a school year of the plan ({PlanPeriod.SchoolYears(plan.FirstSchoolYear, plan.LastSchoolYear)}).");
        }

        var actual = new OutcomeActual { PlanId = plan.Id, DistrictId = plan.DistrictId, FinalOutcomeId = plan.FindFinalOutcome(outcome.Id).Id, SchoolYear = schoolYear };
        actual.Correct(plan, value, note);
        return actual;
    }

    public void Correct(Plan plan, string? value, string? note)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ProgressRules.EnsureTracked(plan);
        (Value, Note) = (Text.Required(value, "actual", ValueMaxLength), Text.Optional(note, "note", NoteMaxLength));
    }
}
