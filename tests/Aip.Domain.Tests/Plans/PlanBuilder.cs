using Aip.Domain.People;
using Aip.Domain.Tests.People;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Domain.Tests.Reviews;

namespace Aip.Domain.Tests.Plans;

/// <summary>
/// Builds a plan that is ready to submit: Section 1 written, 3 objectives of 2 initiatives each, every initiative
/// with a lead, an early evidence indicator and a short-term outcome (both measured, evidenced and with dated
/// targets) and an activity, and one final outcome. Its years are 2026-27 and 2027-28, so its period is
/// 1 July 2026 – 31 August 2028. Tests break one thing and look at the result.
/// </summary>
public sealed class PlanBuilder
{
    public const int FirstYear = 2026;
    public const int LastYear = 2027;
    public const string EarlyEvidence = "Teams analyse student work in common planning time";
    public const string ShortTermOutcome = "Grade 3-5 interim reading results rise";
    public const string ActionStep = "Coaches model the protocol at each grade-level meeting";

    public static readonly Guid DistrictId = Guid.NewGuid();

    private int _objectives = 3;
    private int _initiativesPerObjective = 2;

    public static readonly DateTimeOffset SubmittedAt = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset DecidedAt = new(2026, 10, 20, 15, 30, 0, TimeSpan.Zero);

    public static Plan Ready() => new PlanBuilder().Build();

    /// <summary>A ready plan moved to the status through the real workflow steps.</summary>
    public static Plan InStatus(PlanStatus status)
    {
        var plan = Ready();
        if (status == PlanStatus.Draft)
        {
            return plan;
        }

        plan.Submit(Role.Superintendent, SubmittedAt);
        switch (status)
        {
            case PlanStatus.Returned:
                plan.Return(ReviewBuilder.Complete(plan, RubricRating.Emerging), Role.EseStaff, DecidedAt);
                break;
            case PlanStatus.Approved or PlanStatus.Superseded:
                plan.Approve(ReviewBuilder.Complete(plan), Actors.As(Role.EseStaff), DecidedAt);
                break;
        }

        if (status == PlanStatus.Superseded)
        {
            plan.Supersede(DecidedAt.AddYears(1));
        }

        return plan;
    }

    /// <summary>A plan with only its details: what a district has right after creating it.</summary>
    public static Plan Empty() => Plan.Create(DistrictId, "Riverton Accelerated Improvement Plan", FirstYear, LastYear);

    public PlanBuilder WithObjectives(int count)
    {
        _objectives = count;
        return this;
    }

    public PlanBuilder WithInitiativesPerObjective(int count)
    {
        _initiativesPerObjective = count;
        return this;
    }

    public Plan Build()
    {
        var plan = Empty();
        plan.UpdateSection1(
            "The District Review found uneven instruction in reading and little use of data in planning.",
            "If teachers plan together from student work, then instruction improves and reading results rise.",
            "Reading is where the gap is widest, and common planning is where teachers already meet.");
        for (var o = 1; o <= _objectives; o++)
        {
            var objective = plan.AddObjective($"Objective statement {o}", $"Objective lead {o}");
            for (var i = 1; i <= _initiativesPerObjective; i++)
            {
                AddCompleteInitiative(plan, objective.Id);
            }
        }

        var outcome = plan.AddFinalOutcome("Grade 3-8 ELA proficiency rises", "MCAS ELA, aggregate and high needs", "PPI of 75 or more", new DateOnly(2028, 8, 31));
        plan.SetPpiTargets(outcome.Id, [.. new[] { FirstYear, LastYear }.SelectMany(year => PpiGroupFacts.All.Select(group => new PpiTarget(year, group, 75)))]);
        return plan;
    }

    public static Initiative AddCompleteInitiative(Plan plan, Guid objectiveId)
    {
        var initiative = plan.AddInitiative(objectiveId, "Common planning time on student work", "Initiative lead", "Two coaches; release time");
        plan.AddBenchmark(
            initiative.Id,
            BenchmarkKind.EarlyEvidenceOfChange,
            EarlyEvidence,
            "Share of grade-level teams with protocol notes",
            "Planning-time minutes and learning walks",
            "monthly",
            [(new DateOnly(2026, 11, 30), "60%"), (new DateOnly(2027, 1, 31), "80%"), (new DateOnly(2027, 5, 31), "90%")]);
        plan.AddBenchmark(
            initiative.Id,
            BenchmarkKind.ShortTermOutcome,
            ShortTermOutcome,
            "Share of students at benchmark on the interim assessment",
            "District interim assessment reports",
            "quarterly",
            [(new DateOnly(2027, 1, 31), "45%"), (new DateOnly(2027, 6, 15), "55%")]);
        plan.AddActivity(initiative.Id, Quarter.SeptDec, ActionStep, "Literacy coach", new DateOnly(2026, 9, 8), new DateOnly(2026, 12, 18), "weekly");
        return initiative;
    }
}
