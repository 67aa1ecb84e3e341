using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Versions;

namespace Aip.Domain.Plans;

// Cancelling an amendment being drafted: the plan goes back to its version in force, item by item, ids kept (ADR 0006).
public sealed partial class Plan
{
    /// <summary>
    /// The district cancels the amendment it is drafting: everything in the plan goes back to the version in force
    /// (<paramref name="inForce"/>) — Section 1, the objectives, initiatives, benchmarks with their targets, activities,
    /// final outcomes and the findings each item addresses — under the same ids, and the amendment is kept in the list as
    /// cancelled (its number is not given again). No version is made: the one in force stays in force.
    /// </summary>
    public void CancelAmendment(Amendment amendment, PlanVersion inForce, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(inForce);
        ArgumentNullException.ThrowIfNull(by);
        EnsureOpen(amendment, AmendmentStage.Drafting);
        if (!by.Role.IsDistrictRole())
        {
            throw new DomainException("Only the district's superintendent or plan manager cancels an amendment.");
        }

        if (inForce.PlanId != Id || inForce.Number != VersionCount)
        {
            throw new DomainException("An amendment is cancelled back to the version in force.");
        }

        Restore(inForce.Content);
        amendment.Cancel(at);
        OpenAmendmentStage = null;
        Raise(new AmendmentCancelled(Id, DistrictId, Title, amendment.Number, VersionCount));
    }

    private void Restore(PlanContent content)
    {
        (Title, FirstSchoolYear, LastSchoolYear) = (content.Title, content.FirstSchoolYear, content.LastSchoolYear);
        (KeyIssues, TheoryOfAction, WhyTheseObjectives) = (content.KeyIssues, content.TheoryOfAction, content.WhyTheseObjectives);
        Restoring.Reconcile(_objectives, content.Objectives, c => c.Id, c => Objective.Restored(Id, c), (o, c, rank) => o.RestoreFrom(c, rank));
        Restoring.Reconcile(_finalOutcomes, content.FinalOutcomes, c => c.Id, c => FinalOutcome.Restored(Id, c.Id), (f, c, _) => f.RestoreFrom(c));
    }
}
