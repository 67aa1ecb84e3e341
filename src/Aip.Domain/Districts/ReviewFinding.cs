using Aip.Domain.Common;
using Aip.Domain.People;

namespace Aip.Domain.Districts;

/// <summary>The six District Standards of 603 CMR 2.03(6) a District Review reports under, in the regulation's order.</summary>
public enum DistrictStandard
{
    LeadershipAndGovernance = 1,
    CurriculumAndInstruction = 2,
    Assessment = 3,
    HumanResourcesAndProfessionalDevelopment = 4,
    StudentSupport = 5,
    FinancialAndAssetManagement = 6,
}

public static class DistrictStandards
{
    public static IReadOnlyList<DistrictStandard> All { get; } = Enum.GetValues<DistrictStandard>();

    public static string DisplayName(this DistrictStandard standard) => standard switch
    {
        DistrictStandard.LeadershipAndGovernance => "Leadership and Governance",
        DistrictStandard.CurriculumAndInstruction => "Curriculum and Instruction",
        DistrictStandard.Assessment => "Assessment",
        DistrictStandard.HumanResourcesAndProfessionalDevelopment => "Human Resources and Professional Development",
        DistrictStandard.StudentSupport => "Student Support",
        DistrictStandard.FinancialAndAssetManagement => "Financial and Asset Management",
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, "Not a District Standard."),
    };
}

/// <summary>
/// One finding of the district's District Review, recorded by ESE under the District Standard it falls under, with the
/// review's recommendation. A Level 4 plan answers the review (rubric criterion 2, "Addresses Systemic Root Causes"): the
/// plan's objectives and initiatives say which findings they address, and a finding none addresses is shown to the
/// district before it submits and to ESE while it reviews. Numbered within its standard in the order recorded ("LG 2").
/// </summary>
public sealed class ReviewFinding : Entity
{
    public const int TextMaxLength = 2000;
    public const int PersonNameMaxLength = 200;

    private ReviewFinding()
    {
    }

    public Guid DistrictId { get; private set; }

    public DistrictStandard Standard { get; private set; }

    /// <summary>1, 2, … within the standard, in the order ESE recorded them; kept when others are withdrawn.</summary>
    public int Number { get; private set; }

    public string Finding { get; private set; } = null!;

    public string? Recommendation { get; private set; }

    public string RecordedByName { get; private set; } = null!;

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>"Leadership and Governance, finding 2".</summary>
    public string Name => NameOf(Standard, Number);

    public static string NameOf(DistrictStandard standard, int number) => $"{standard.DisplayName()}, finding {number}";

    /// <summary>Records a finding; <paramref name="number"/> is one more than the highest the standard has had in the district.</summary>
    public static ReviewFinding Record(Guid districtId, DistrictStandard standard, int number, string? finding, string? recommendation, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!Enum.IsDefined(standard))
        {
            throw new DomainException("Choose one of the six District Standards.");
        }

        if (number < 1)
        {
            throw new DomainException("A finding is numbered from 1 within its standard.");
        }

        var recorded = new ReviewFinding { DistrictId = districtId, Standard = standard, Number = number };
        recorded.Correct(finding, recommendation, by, now);
        recorded.Raise(new ReviewFindingRecorded(districtId, recorded.Id, recorded.Name));
        return recorded;
    }

    /// <summary>Corrects the finding's words; its standard and number stay, since the plan's links and comments name it.</summary>
    public void Correct(string? finding, string? recommendation, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureEse(by);
        (Finding, Recommendation, RecordedByName, RecordedAt) = (
            Text.Required(finding, "finding", TextMaxLength),
            Text.Optional(recommendation, "recommendation", TextMaxLength),
            Text.Shorten(by.Name, PersonNameMaxLength),
            now);
    }

    /// <summary>The next number within a standard, from the numbers the district's findings under it already have.</summary>
    public static int NextNumber(IEnumerable<int> taken) => taken.DefaultIfEmpty().Max() + 1;

    /// <summary>
    /// Whether ESE may withdraw the finding: not while a plan's objective or initiative says it addresses it (the district
    /// would lose the link without being asked); <paramref name="addressedBy"/> names them.
    /// </summary>
    public void EnsureWithdrawable(Actor by, IReadOnlyCollection<string> addressedBy)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(addressedBy);
        EnsureEse(by);
        if (addressedBy.Count > 0)
        {
            throw new DomainException($"{Name} is addressed by {string.Join(", ", addressedBy)}; the district removes those links first, or correct the finding's words instead.");
        }
    }

    private static void EnsureEse(Actor by)
    {
        if (by.Role != Role.EseStaff)
        {
            throw new DomainException("ESE records the District Review's findings.");
        }
    }
}

public sealed record ReviewFindingRecorded(Guid DistrictId, Guid FindingId, string Name) : IDomainEvent;

/// <summary>A finding as a plan's screens and readiness check see it: its id and its name.</summary>
public sealed record FindingRef(Guid Id, DistrictStandard Standard, int Number, string Finding)
{
    public string Name => ReviewFinding.NameOf(Standard, Number);

    public static FindingRef Of(ReviewFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(finding.Id, finding.Standard, finding.Number, finding.Finding);
    }
}
