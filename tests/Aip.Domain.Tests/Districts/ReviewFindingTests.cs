using Aip.Domain.Common;
using Aip.Domain.Districts;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Tests.Plans;
using Aip.Domain.Versions;

namespace Aip.Domain.Tests.Districts;

public class ReviewFindingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);
    private static readonly Actor Ese = new(Guid.NewGuid(), Role.EseStaff, "Erin ESE");
    private static readonly Actor Manager = new(Guid.NewGuid(), Role.PlanManager, "Pat Manager");

    private static ReviewFinding Finding(DistrictStandard standard = DistrictStandard.Assessment, int number = 1) =>
        ReviewFinding.Record(PlanBuilder.DistrictId, standard, number, "Data are collected but rarely used.", "Create data teams.", Ese, Now);

    [Fact]
    public void Ese_records_a_finding_under_one_of_the_six_standards_named_by_standard_and_number()
    {
        var finding = Finding(DistrictStandard.HumanResourcesAndProfessionalDevelopment, 2);
        Assert.Equal("Human Resources and Professional Development, finding 2", finding.Name);
        Assert.Equal(("Data are collected but rarely used.", "Create data teams.", "Erin ESE"), (finding.Finding, finding.Recommendation, finding.RecordedByName));
        Assert.Contains(finding.PendingEvents(), e => e is ReviewFindingRecorded r && r.FindingId == finding.Id);
        Assert.Equal(6, DistrictStandards.All.Count);
        Assert.Equal(
            ["Leadership and Governance", "Curriculum and Instruction", "Assessment", "Human Resources and Professional Development", "Student Support", "Financial and Asset Management"],
            DistrictStandards.All.Select(s => s.DisplayName()));

        Assert.Contains("ESE", Assert.Throws<DomainException>(() =>
            ReviewFinding.Record(PlanBuilder.DistrictId, DistrictStandard.Assessment, 1, "A finding.", null, Manager, Now)).Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => ReviewFinding.Record(PlanBuilder.DistrictId, DistrictStandard.Assessment, 1, "  ", null, Ese, Now));
        Assert.Throws<DomainException>(() => ReviewFinding.Record(PlanBuilder.DistrictId, (DistrictStandard)9, 1, "A finding.", null, Ese, Now));
        Assert.Throws<DomainException>(() => ReviewFinding.Record(PlanBuilder.DistrictId, DistrictStandard.Assessment, 0, "A finding.", null, Ese, Now));
        Assert.Equal(4, ReviewFinding.NextNumber([1, 3]));
        Assert.Equal(1, ReviewFinding.NextNumber([]));
    }

    [Fact]
    public void Correcting_keeps_standard_and_number_and_withdrawing_is_refused_while_the_plan_addresses_it()
    {
        var finding = Finding();
        finding.Correct("Data are rarely used to plan instruction.", null, Ese, Now.AddDays(1));
        Assert.Equal(("Data are rarely used to plan instruction.", (string?)null, DistrictStandard.Assessment, 1), (finding.Finding, finding.Recommendation, finding.Standard, finding.Number));
        Assert.Throws<DomainException>(() => finding.Correct("Changed.", null, Manager, Now));

        var refused = Assert.Throws<DomainException>(() => finding.EnsureWithdrawable(Ese, ["Objective 2 of “Riverton AIP”"]));
        Assert.Contains("Objective 2", refused.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => finding.EnsureWithdrawable(Manager, []));
        finding.EnsureWithdrawable(Ese, []);
    }

    [Fact]
    public void Objectives_and_initiatives_address_the_districts_findings_and_readiness_warns_of_one_nothing_addresses()
    {
        var plan = PlanBuilder.Ready();
        var (data, people) = (FindingRef.Of(Finding()), FindingRef.Of(Finding(DistrictStandard.HumanResourcesAndProfessionalDevelopment)));
        var known = new[] { data.Id, people.Id };
        var objective = plan.Objectives[0];
        var initiative = objective.Initiatives[0];

        plan.AddressFindings(objective.Id, [data.Id, data.Id], known);
        Assert.Equal([data.Id], objective.Addresses);
        var report = Readiness.Check(plan, [data, people]);
        var warning = Assert.Single(report.Items, i => i.Place.Area == ReadinessArea.ReviewFindings);
        Assert.Equal((ReadinessSeverity.Warning, (Guid?)people.Id), (warning.Severity, warning.Place.Id));
        Assert.Contains("Human Resources and Professional Development, finding 1", warning.Message, StringComparison.Ordinal);
        Assert.True(report.IsReady);

        plan.AddressFindings(initiative.Id, [people.Id], known);
        Assert.DoesNotContain(Readiness.Check(plan, [data, people]).Items, i => i.Place.Area == ReadinessArea.ReviewFindings);
        Assert.Equal(["Initiative 1.1"], PlanContent.Of(plan).AddressedBy(people.Id));
        Assert.Equal(["Objective 1"], PlanContent.Of(plan).AddressedBy(data.Id));

        Assert.Contains("this district's", Assert.Throws<DomainException>(() => plan.AddressFindings(objective.Id, [Guid.NewGuid()], known)).Message, StringComparison.Ordinal);
        plan.AddressFindings(objective.Id, [], known);
        Assert.Empty(objective.Addresses);
    }

    [Fact]
    public void A_submitted_plan_cannot_change_what_it_addresses_and_versions_and_successors_keep_the_links()
    {
        var finding = Finding();
        var draft = PlanBuilder.Ready();
        draft.AddressFindings(draft.Objectives[1].Id, [finding.Id], [finding.Id]);
        var content = PlanContent.Of(draft);
        Assert.Equal([finding.Id], content.Objectives[1].Addresses);

        var successor = Plan.CopyOf(content, PlanBuilder.DistrictId, "Next plan", 2028, 2029);
        Assert.Equal([finding.Id], successor.Objectives[1].Addresses);

        var submitted = PlanBuilder.InStatus(PlanStatus.Submitted);
        Assert.Throws<DomainException>(() => submitted.AddressFindings(submitted.Objectives[0].Id, [finding.Id], [finding.Id]));
    }
}
