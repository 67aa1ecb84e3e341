using Aip.Domain.Districts;
using Aip.Domain.People;
using Aip.Domain.Plans;

namespace Aip.Web.Data;

/// <summary>
/// The District Review findings ESE recorded for Riverton and Lakeside before their plans were written, and the objectives and
/// initiatives of each plan that address them. One finding of each is addressed by no part of its plan, so the readiness panel,
/// ESE's review (criterion 2) and the findings page show a finding left open.
/// </summary>
public static class DemoReviewFindings
{
    private static readonly (DistrictStandard Standard, string Finding, string? Recommendation, int? Objective, string? Initiative)[] Riverton =
    [
        (DistrictStandard.LeadershipAndGovernance,
            "Five superintendents and eleven principals in six years: improvement efforts have not been sustained, and the district has no routine to monitor its own plans.",
            "Establish a District Leadership Team that meets on a fixed schedule and monitors the implementation of the district's plan with data.", 3, null),
        (DistrictStandard.CurriculumAndInstruction,
            "Curricula differ from school to school and are not consistently aligned to the 2017 frameworks; instruction observed was mostly teacher-directed with few checks for understanding.",
            "Adopt common, aligned curricula in ELA and mathematics and set district-wide instructional expectations, with support for teachers to meet them.", 1, null),
        (DistrictStandard.Assessment,
            "Data are collected but rarely used: teachers do not meet regularly to analyse student work, and interventions are not matched to students' needs or checked for effect.",
            "Create data teams in every school with protected time, and a tiered system of intervention whose effect is checked every six weeks.", 2, null),
        (DistrictStandard.HumanResourcesAndProfessionalDevelopment,
            "Supervision and evaluation are uneven: many teachers had no observation with feedback in the past year, and professional development is not tied to the district's priorities.",
            "Train principals to observe and give written feedback, and tie professional development to the instructional expectations.", null, "3.2"),
        (DistrictStandard.StudentSupport,
            "Chronic absence is above 20% in three schools, and families report they are rarely contacted before a problem becomes serious.",
            "Track attendance weekly, contact families early, and build partnerships with community agencies.", 4, null),
        (DistrictStandard.FinancialAndAssetManagement,
            "The budget document does not show how resources follow the district's priorities; several grants fund overlapping programmes.",
            "Align the budget and grant spending with the district's improvement priorities and publish how they do.", null, null),
    ];

    private static readonly (DistrictStandard Standard, string Finding, string? Recommendation, int? Objective, string? Initiative)[] Lakeside =
    [
        (DistrictStandard.CurriculumAndInstruction,
            "Grades 3-8 use four different mathematics programmes, and tasks rarely ask students to reason or explain.",
            "Adopt one coherent, aligned mathematics curriculum for grades 3-8.", 1, null),
        (DistrictStandard.StudentSupport,
            "Most students with disabilities in grades 6-8 are taught mathematics in separate classes with a modified curriculum.",
            "Teach students with disabilities the grade-level curriculum in co-taught general-education classes with the supports they need.", 2, null),
        (DistrictStandard.LeadershipAndGovernance,
            "School leaders do not review mathematics data together, and the district's plans are not monitored after adoption.",
            "Set monthly data routines at district and school level.", 3, null),
        (DistrictStandard.HumanResourcesAndProfessionalDevelopment,
            "Mathematics teachers in grades 6-8 have had little professional development in the frameworks since 2018.",
            "Provide sustained content-focused professional development for mathematics teachers.", null, null),
    ];

    public static IReadOnlyList<ReviewFinding> ForRiverton(Guid districtId, Actor ese, DateTimeOffset at) => Record(Riverton, districtId, ese, at);

    public static IReadOnlyList<ReviewFinding> ForLakeside(Guid districtId, Actor ese, DateTimeOffset at) => Record(Lakeside, districtId, ese, at);

    /// <summary>Says, through the plan's own method, which objective or initiative addresses each of Riverton's findings.</summary>
    public static void LinkRiverton(Plan plan, IReadOnlyList<ReviewFinding> findings) => Link(Riverton, plan, findings);

    public static void LinkLakeside(Plan plan, IReadOnlyList<ReviewFinding> findings) => Link(Lakeside, plan, findings);

    private static List<ReviewFinding> Record(
        (DistrictStandard Standard, string Finding, string? Recommendation, int? Objective, string? Initiative)[] rows, Guid districtId, Actor ese, DateTimeOffset at) =>
        [.. rows.Select((row, i) => ReviewFinding.Record(districtId, row.Standard, 1, row.Finding, row.Recommendation, ese, at.AddMinutes(i)))];

    private static void Link(
        (DistrictStandard Standard, string Finding, string? Recommendation, int? Objective, string? Initiative)[] rows, Plan plan, IReadOnlyList<ReviewFinding> findings)
    {
        var known = findings.Select(f => f.Id).ToHashSet();
        var chosen = new Dictionary<Guid, List<Guid>>();
        for (var i = 0; i < rows.Length; i++)
        {
            var target = rows[i] switch
            {
                { Objective: { } number } => plan.Objectives[number - 1].Id,
                { Initiative: { } number } => plan.Objectives.SelectMany(o => o.Initiatives).Single(x => x.Number == number).Id,
                _ => (Guid?)null,
            };
            if (target is { } id)
            {
                (chosen.TryGetValue(id, out var list) ? list : chosen[id] = []).Add(findings[i].Id);
            }
        }

        foreach (var (id, ids) in chosen)
        {
            plan.AddressFindings(id, ids, known);
        }
    }
}
