using Aip.Domain.Common;
using Aip.Domain.Versions;

namespace Aip.Domain.Plans;

// "Start successor plan": a new draft that begins as a copy of a frozen version of the plan it will replace.
public sealed partial class Plan
{
    /// <summary>
    /// A new draft plan for the district whose Section 1, objectives, initiatives (in the same order), benchmarks with
    /// their targets, activities, final outcomes and the District Review findings each item addresses are a copy of <paramref name="from"/>, under new ids. It is built
    /// through the plan's own methods, so every rule applies as if the district had typed it in. Dates are copied as
    /// they are: readiness points out the ones that fall outside the new school years.
    /// </summary>
    public static Plan CopyOf(PlanContent from, Guid districtId, string? title, int firstSchoolYear, int lastSchoolYear)
    {
        ArgumentNullException.ThrowIfNull(from);
        var plan = Create(districtId, title, firstSchoolYear, lastSchoolYear);
        plan.UpdateSection1(from.KeyIssues, from.TheoryOfAction, from.WhyTheseObjectives);
        foreach (var objective in from.Objectives)
        {
            var copied = plan.AddObjective(objective.Statement, objective.Lead);
            copied.Address(objective.Addresses);
            var objectiveId = copied.Id;
            foreach (var initiative in objective.Initiatives)
            {
                var copiedInitiative = plan.AddInitiative(objectiveId, initiative.Description, initiative.Lead, initiative.KeyResources);
                copiedInitiative.Address(initiative.Addresses);
                var initiativeId = copiedInitiative.Id;
                foreach (var b in initiative.Benchmarks)
                {
                    plan.AddBenchmark(initiativeId, b.Kind, b.Description, b.Measure, b.Evidence, b.Frequency, b.Targets.Select(t => (t.Date, (string?)t.Value)));
                }

                foreach (var a in initiative.Activities)
                {
                    plan.AddActivity(initiativeId, a.Quarter, a.ActionStep, a.Lead, a.Start, a.End, a.Frequency);
                }
            }
        }

        foreach (var outcome in from.FinalOutcomes)
        {
            var copied = plan.AddFinalOutcome(outcome.Description, outcome.Measure, outcome.Target, outcome.Date);
            // PPI targets are set per school year: only those of the new plan's years carry over.
            plan.SetPpiTargets(copied.Id, outcome.PpiTargets.Where(t => t.SchoolYear >= firstSchoolYear && t.SchoolYear <= lastSchoolYear));
        }

        return plan;
    }

    /// <summary>
    /// The district starts the plan that will replace this approved one, as a copy of its version in force. The new
    /// draft remembers this plan as its predecessor, which ESE's approval of it supersedes.
    /// </summary>
    public Plan StartSuccessor(PlanVersion inForce, string? title, int firstSchoolYear, int lastSchoolYear)
    {
        ArgumentNullException.ThrowIfNull(inForce);
        if (Status != PlanStatus.Approved)
        {
            throw new DomainException(Status == PlanStatus.Superseded
                ? "This plan has already been superseded; start from the plan that replaced it."
                : "A successor plan starts from an approved plan.");
        }

        if (inForce.PlanId != Id || inForce.Number != VersionCount)
        {
            throw new DomainException("A successor plan starts from the version in force.");
        }

        var successor = CopyOf(inForce.Content, DistrictId, title, firstSchoolYear, lastSchoolYear);
        successor.PredecessorId = Id;
        return successor;
    }
}
