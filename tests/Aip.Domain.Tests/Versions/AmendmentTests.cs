using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Tests.People;
using Aip.Domain.Tests.Plans;
using Aip.Domain.Tests.Reviews;
using Aip.Domain.Versions;

namespace Aip.Domain.Tests.Versions;

public class AmendmentTests
{
    private static readonly DateTimeOffset At = PlanBuilder.DecidedAt.AddMonths(2);
    private static readonly Actor Manager = Actors.As(Role.PlanManager);
    private static readonly Actor Ese = Actors.As(Role.EseStaff);

    [Fact]
    public void Approval_freezes_version_1_with_what_was_approved_by_whom_and_when()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var approver = new Actor(Guid.NewGuid(), Role.EseStaff, "Dana Whitfield");

        var version = plan.Approve(ReviewBuilder.Complete(plan), approver, PlanBuilder.DecidedAt);

        Assert.Equal(1, version.Number);
        Assert.Equal(1, plan.VersionCount);
        Assert.Equal(plan.Id, version.PlanId);
        Assert.Equal(PlanContent.Of(plan).Title, version.Content.Title);
        Assert.Equal(plan.Objectives.Count, version.Content.Objectives.Count);
        Assert.Equal((approver.Id, "Dana Whitfield", PlanBuilder.DecidedAt), (version.ById, version.ByName, version.At));
        Assert.True(version.EseApproved);
        Assert.Null(version.Reason);
        Assert.Equal("Version 1 — approved by ESE (Dana Whitfield) on 20 October 2026", version.Summary);
    }

    [Fact]
    public void An_approved_plan_is_closed_until_an_amendment_opens_it_with_its_reason()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Approved);
        var refusal = Assert.Throws<DomainException>(() => plan.UpdateSection1("x", "y", "z"));
        Assert.Contains("start an amendment", refusal.Message, StringComparison.Ordinal);

        var amendment = plan.StartAmendment("  Grade 6 moves to the middle school.  ", Manager, At);

        Assert.Equal((1, "Grade 6 moves to the middle school.", AmendmentStage.Drafting), (amendment.Number, amendment.Reason, amendment.Stage));
        Assert.Equal(AmendmentStage.Drafting, plan.OpenAmendmentStage);
        Assert.True(plan.IsEditable);
        Assert.Equal(PlanStatus.Approved, plan.Status);
        plan.UpdateSection1("New key issues", plan.TheoryOfAction, plan.WhyTheseObjectives);
    }

    [Fact]
    public void Without_the_approval_setting_finishing_records_the_next_version_at_once()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Approved);
        var amendment = plan.StartAmendment("Coaching moves to the spring.", Manager, At);
        plan.UpdateObjective(plan.Objectives[0].Id, "A sharper objective", "Pat Lee");

        var version = plan.FinishAmendment(amendment, eseApprovalNeeded: false, Manager, At.AddDays(1));

        Assert.NotNull(version);
        Assert.Equal((2, 1, "Coaching moves to the spring.", false), (version.Number, version.AmendmentNumber, version.Reason, version.EseApproved));
        Assert.Equal("A sharper objective", version.Content.Objectives[0].Statement);
        Assert.Equal((AmendmentStage.Recorded, 2), (amendment.Stage, amendment.VersionNumber));
        Assert.Null(plan.OpenAmendmentStage);
        Assert.False(plan.IsEditable);
    }

    [Fact]
    public void With_the_approval_setting_it_waits_for_ese_who_approve_it_or_send_it_back()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Approved);
        var amendment = plan.StartAmendment("Coaching moves to the spring.", Manager, At);

        Assert.Null(plan.FinishAmendment(amendment, eseApprovalNeeded: true, Manager, At));
        Assert.Equal(AmendmentStage.AwaitingApproval, plan.OpenAmendmentStage);
        Assert.False(plan.IsEditable);
        Assert.Contains("waiting for ESE approval", Assert.Throws<DomainException>(() => plan.UpdateSection1("x", null, null)).Message, StringComparison.Ordinal);

        plan.SendBackAmendment(amendment, "Say which schools it affects.", Ese);
        Assert.Equal((AmendmentStage.Drafting, "Say which schools it affects."), (amendment.Stage, amendment.EseNote));
        Assert.True(plan.IsEditable);

        plan.FinishAmendment(amendment, eseApprovalNeeded: true, Manager, At.AddDays(2));
        var version = plan.ApproveAmendment(amendment, Ese, At.AddDays(3));

        Assert.Equal((2, true, Ese.Name), (version.Number, version.EseApproved, version.ByName));
        Assert.Equal(AmendmentStage.Recorded, amendment.Stage);
        Assert.Null(plan.OpenAmendmentStage);
    }

    [Fact]
    public void Each_amendment_makes_the_next_version()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Approved);
        for (var i = 1; i <= 3; i++)
        {
            var amendment = plan.StartAmendment($"Change {i}", Manager, At);
            var version = plan.FinishAmendment(amendment, false, Manager, At);
            Assert.Equal((i, i + 1), (amendment.Number, version!.Number));
        }

        Assert.Equal((3, 4), (plan.AmendmentCount, plan.VersionCount));
    }

    [Theory]
    [InlineData(PlanStatus.Draft, "Only an approved plan is amended")]
    [InlineData(PlanStatus.Submitted, "Only an approved plan is amended")]
    [InlineData(PlanStatus.Returned, "Only an approved plan is amended")]
    [InlineData(PlanStatus.Superseded, "superseded")]
    public void Only_an_approved_plan_is_amended(PlanStatus status, string expected)
    {
        var plan = PlanBuilder.InStatus(status);

        var refusal = Assert.Throws<DomainException>(() => plan.StartAmendment("Reason", Manager, At));

        Assert.Contains(expected, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_refusals_say_why()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Approved);
        Assert.Contains("reason for the amendment", Assert.Throws<DomainException>(() => plan.StartAmendment("  ", Manager, At)).Message, StringComparison.Ordinal);
        Assert.Contains("superintendent or plan manager", Assert.Throws<DomainException>(() => plan.StartAmendment("R", Ese, At)).Message, StringComparison.Ordinal);
        Assert.Contains("superintendent or plan manager", Assert.Throws<DomainException>(() => plan.StartAmendment("R", Actors.As(Role.PlanMonitor), At)).Message, StringComparison.Ordinal);

        var amendment = plan.StartAmendment("Reason", Manager, At);
        Assert.Contains("already under way", Assert.Throws<DomainException>(() => plan.StartAmendment("Another", Manager, At)).Message, StringComparison.Ordinal);
        Assert.Contains("still being drafted", Assert.Throws<DomainException>(() => plan.ApproveAmendment(amendment, Ese, At)).Message, StringComparison.Ordinal);
        Assert.Contains("Only ESE staff approve", Assert.Throws<DomainException>(() => plan.ApproveAmendment(amendment, Manager, At)).Message, StringComparison.Ordinal);

        plan.FinishAmendment(amendment, true, Manager, At);
        Assert.Contains("Only ESE staff send", Assert.Throws<DomainException>(() => plan.SendBackAmendment(amendment, "No", Manager)).Message, StringComparison.Ordinal);
        Assert.Contains("reason for sending", Assert.Throws<DomainException>(() => plan.SendBackAmendment(amendment, " ", Ese)).Message, StringComparison.Ordinal);
        Assert.Contains("waiting for ESE approval", Assert.Throws<DomainException>(() => plan.FinishAmendment(amendment, true, Manager, At)).Message, StringComparison.Ordinal);
        Assert.Contains("reason can be changed only", Assert.Throws<DomainException>(() => amendment.UpdateReason("New")).Message, StringComparison.Ordinal);

        plan.ApproveAmendment(amendment, Ese, At);
        Assert.Contains("already been recorded as version 2", Assert.Throws<DomainException>(() => plan.ApproveAmendment(amendment, Ese, At)).Message, StringComparison.Ordinal);
        Assert.Contains("another plan", Assert.Throws<DomainException>(() => PlanBuilder.InStatus(PlanStatus.Approved).FinishAmendment(amendment, false, Manager, At)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amendment_that_leaves_the_plan_blocked_cannot_be_finished()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Approved);
        var amendment = plan.StartAmendment("Drop an initiative", Manager, At);
        plan.UpdateInitiative(plan.Objectives[0].Initiatives[0].Id, "Same initiative", null, null);

        var refusal = Assert.Throws<DomainException>(() => plan.FinishAmendment(amendment, false, Manager, At));

        Assert.StartsWith("The amendment cannot be finished: 1 item still blocks it.", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(AmendmentStage.Drafting, amendment.Stage);
        Assert.Equal(1, plan.VersionCount);
    }

    [Fact]
    public void A_version_keeps_its_content_when_the_plan_changes_later()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Submitted);
        var version = plan.Approve(ReviewBuilder.Complete(plan), Ese, At);
        var before = version.Content.Objectives[0].Statement;

        plan.StartAmendment("Reword", Manager, At);
        plan.UpdateObjective(plan.Objectives[0].Id, "Reworded", null);

        Assert.Equal(before, version.Content.Objectives[0].Statement);
    }

    [Fact]
    public void Superseding_closes_an_open_amendment_which_can_then_take_no_step()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Approved);
        var amendment = plan.StartAmendment("Coaching moves to the spring.", Manager, At);
        plan.FinishAmendment(amendment, eseApprovalNeeded: true, Manager, At);

        Assert.Contains("open amendment must be closed", Assert.Throws<DomainException>(() => plan.Supersede(At)).Message, StringComparison.Ordinal);
        plan.Supersede(At, amendment);

        Assert.Equal((PlanStatus.Superseded, null, AmendmentStage.Closed), (plan.Status, plan.OpenAmendmentStage, amendment.Stage));
        Assert.Contains("superseded", Assert.Throws<DomainException>(() => plan.ApproveAmendment(amendment, Ese, At)).Message, StringComparison.Ordinal);
        Assert.Contains("superseded", Assert.Throws<DomainException>(() => plan.SendBackAmendment(amendment, "No", Ese)).Message, StringComparison.Ordinal);
        Assert.Equal(1, plan.VersionCount);
    }

    [Fact]
    public void Finishing_again_after_ese_sent_it_back_clears_their_note()
    {
        var plan = PlanBuilder.InStatus(PlanStatus.Approved);
        var amendment = plan.StartAmendment("Coaching moves to the spring.", Manager, At);
        plan.FinishAmendment(amendment, true, Manager, At);
        plan.SendBackAmendment(amendment, "Say which schools.", Ese);

        plan.FinishAmendment(amendment, true, Manager, At);

        Assert.Null(amendment.EseNote);
    }

    [Fact]
    public void A_version_stores_each_item_once()
    {
        var content = PlanContent.Of(PlanBuilder.Ready());
        var initiativeId = content.Objectives[0].Initiatives[0].Id.ToString();

        var json = System.Text.Json.JsonSerializer.Serialize(content);

        Assert.Single(json.Split(initiativeId)[1..]);
        Assert.DoesNotContain("\"Period\"", json, StringComparison.Ordinal);
    }
}
