using Aip.Documents;
using Aip.Domain.Common;
using Aip.Domain.Districts;
using Aip.Domain.Plans;
using Aip.Domain.Versions;

namespace Aip.Web.Features.Documents;

/// <summary>
/// Which copy of the plan a PDF prints: the district, the version line (<see cref="WorkingDraft"/> or
/// <see cref="ApprovedVersion"/>, or any text the caller prefers) and the day it was printed.
/// </summary>
public sealed record PlanDocumentInfo(string DistrictName, string Version, DateOnly PrintedOn)
{
    /// <summary>The district's District Review findings, listed in Section 1 with the parts of the plan that address them.</summary>
    public IReadOnlyList<FindingRef> Findings { get; init; } = [];

    /// <summary>A plan not approved as printed (a draft, a submission, an amendment under way): DRAFT across every page.</summary>
    public bool IsDraft { get; init; }

    /// <summary>The approved version this copy is, for the approval block on its first page; null for a draft.</summary>
    public PlanVersion? Approved { get; init; }

    public static PlanDocumentInfo WorkingDraft(string districtName, DateOnly printedOn) =>
        new(districtName, "Working draft", printedOn) { IsDraft = true };

    /// <summary>A frozen version: "Version 2 — amendment 1, approved by ESE (Jane Doe) on 12 March 2027", with its approval block.</summary>
    public static PlanDocumentInfo OfVersion(string districtName, PlanVersion version, DateOnly printedOn)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(districtName, version.Summary, printedOn) { Approved = version };
    }
}

/// <summary>
/// Lays out a plan as the ESE template does (Appendix C of the guidance): Section 1, the explanation of key issues,
/// then Section 2, one Initiative Strategy Sheet per initiative on pages of its own, with the template's letters A–K
/// so that districts, monitors and ESE can point at the same part. It prints <see cref="PlanContent"/>, so a frozen
/// version prints exactly as the live plan did.
/// </summary>
public static class PlanDocument
{
    public const string Section1Title = "Section 1: Explanation of key issues and how the district will address them";
    public const string Section2Title = "Section 2: Initiative Strategy Sheets";

    /// <summary>Across every page of a plan that is not approved as printed.</summary>
    public const string DraftWatermark = "DRAFT";

    public const string ApprovalTitle = "Approval";

    public static DocumentSpec Compose(PlanContent plan, PlanDocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(info);
        return new DocumentSpec
        {
            Title = plan.Title,
            Author = info.DistrictName,
            Subject = $"Level 4 District Accelerated Improvement Plan — {info.Version}",
            Header = new PageHeader(info.DistrictName, plan.Title, Dates.Display(info.PrintedOn)),
            Blocks = [.. TitleBlock(plan, info), .. Section1(plan, info.Findings), .. Section2(plan)],
            Watermark = info.IsDraft ? DraftWatermark : null,
        };
    }

    /// <summary>The title of a Strategy Sheet, as its heading and bookmark show it.</summary>
    public static string SheetTitle(InitiativeContent initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return $"Initiative Strategy Sheet {initiative.Number}";
    }

    private static IEnumerable<Block> TitleBlock(PlanContent plan, PlanDocumentInfo info)
    {
        yield return new Heading("Level 4 District Accelerated Improvement Plan", Level: 2, Bookmark: false);
        yield return new Heading(plan.Title, Bookmark: false);
        yield return new DefinitionList(
        [
            new Definition("District", info.DistrictName),
            new Definition("School years", PlanPeriod.SchoolYears(plan.FirstSchoolYear, plan.LastSchoolYear)),
            new Definition("Version", info.Version),
            new Definition("Printed", Dates.Display(info.PrintedOn)),
        ]);
        if (info.Approved is { } version)
        {
            yield return ApprovalBlock(version);
        }
        else if (info.IsDraft)
        {
            yield return new Paragraph("Draft: this copy of the plan has not been approved by ESE.", TextStyle.Bold);
        }
    }

    /// <summary>Who approved this version and when: ESE for version 1 and for amendments it approved, the district for those it recorded.</summary>
    private static KeepTogether ApprovalBlock(PlanVersion version) => new(
    [
        new Heading(ApprovalTitle, Level: 3, Bookmark: false),
        new DefinitionList(
        [
            new Definition("Version", version.AmendmentNumber is { } n ? $"{version.Number} (amendment {n})" : $"{version.Number}"),
            new Definition(version.EseApproved ? "Approved by" : "Recorded by", version.EseApproved ? $"{version.ByName}, ESE" : $"{version.ByName}, for the district"),
            new Definition(version.EseApproved ? "Approved on" : "Recorded on", Dates.Display(version.At)),
        ]),
    ]);

    private static IEnumerable<Block> Section1(PlanContent plan, IReadOnlyList<FindingRef> findings)
    {
        yield return new Heading(Section1Title);
        // The template's own note under the heading.
        yield return new Paragraph($"(Maximum {Plan.KeyIssuesWordLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} words)", TextStyle.Italic);
        foreach (var block in Narrative("Key issues", plan.KeyIssues))
        {
            yield return block;
        }

        foreach (var block in Narrative("Theory of action", plan.TheoryOfAction))
        {
            yield return block;
        }

        if (findings.Count > 0)
        {
            yield return ReviewFindings(plan, findings);
        }

        yield return new Heading("Strategic objectives and initiatives", Level: 2);
        if (plan.Objectives.Count == 0)
        {
            yield return new Paragraph(DocumentText.NotGiven, TextStyle.Italic);
        }

        foreach (var objective in plan.Objectives)
        {
            yield return ObjectiveSummary(objective);
        }

        foreach (var block in Narrative("Why these objectives matter", plan.WhyTheseObjectives))
        {
            yield return block;
        }

        yield return FinalOutcomes(plan.FinalOutcomes);
    }

    /// <summary>The District Review's findings by District Standard, with the objectives and initiatives that address each.</summary>
    private static KeepTogether ReviewFindings(PlanContent plan, IReadOnlyList<FindingRef> findings)
    {
        IReadOnlyList<string> Row(FindingRef finding)
        {
            var by = plan.AddressedBy(finding.Id);
            return [finding.Standard.DisplayName(), $"{finding.Number}. {finding.Finding}", by.Count == 0 ? "Not addressed" : string.Join(", ", by)];
        }

        return new KeepTogether(
        [
            new Heading("District Review findings and the parts of the plan that address them", Level: 2),
            new Table(
                [new TableColumn("District Standard", 2.2), new TableColumn("Finding", 5), new TableColumn("Addressed by", 1.8)],
                [.. findings.Select(Row)]),
        ]);
    }

    /// <summary>A subheading and its text, split into paragraphs at blank lines.</summary>
    private static IEnumerable<Block> Narrative(string heading, string? text)
    {
        yield return new Heading(heading, Level: 2);
        var paragraphs = DocumentText.Paragraphs(text);
        if (paragraphs.Count == 0)
        {
            yield return new Paragraph(DocumentText.NotGiven, TextStyle.Italic);
        }

        foreach (var paragraph in paragraphs)
        {
            yield return new Paragraph(paragraph);
        }
    }

    /// <summary>An objective with its ranked initiatives as a numbered list (a table keeps long descriptions aligned).</summary>
    private static KeepTogether ObjectiveSummary(ObjectiveContent objective)
    {
        List<Block> blocks =
        [
            new Heading($"Objective {objective.Number}: {objective.Statement}", Level: 3, Bookmark: false),
            new Paragraph($"Overall lead: {DocumentText.OrNotGiven(objective.Lead)}"),
        ];
        blocks.Add(objective.Initiatives.Count == 0
            ? new Paragraph("Initiatives: " + DocumentText.NotGiven, TextStyle.Italic)
            : new Table(
                [new TableColumn("No.", 0.6), new TableColumn("Initiative, in order of implementation", 5), new TableColumn("Initiative lead", 2.2)],
                [.. objective.Initiatives.Select(i => (IReadOnlyList<string>)[i.Number, i.Description, DocumentText.OrNotGiven(i.Lead)])]));
        return new KeepTogether(blocks);
    }

    private static KeepTogether FinalOutcomes(IReadOnlyList<FinalOutcomeContent> outcomes) => new(
    [
        new Heading("Final outcomes", Level: 2),
        new Paragraph("Specific, measurable end-of-year outcomes the district aims to achieve by implementing the plan, each with its date.", TextStyle.Small),
        outcomes.Count == 0
            ? new Paragraph(DocumentText.NotGiven, TextStyle.Italic)
            : new Table(
                [new TableColumn("Final outcome", 3), new TableColumn("Measure", 2.6), new TableColumn("Target", 2.6), new TableColumn("Date", 1.6)],
                [.. outcomes.Select(o => (IReadOnlyList<string>)[o.Description, DocumentText.OrNotGiven(o.Measure), Target(o), Dates.Display(o.Date)])]),
    ]);

    /// <summary>The outcome's target in words, then its PPI targets by year and group.</summary>
    private static string Target(FinalOutcomeContent outcome) => outcome.PpiTargets.Count == 0
        ? DocumentText.OrNotGiven(outcome.Target)
        : string.Join("; ", [.. outcome.Target is { } words ? [words] : Array.Empty<string>(), .. outcome.PpiTargets.Select(t => t.ToString())]);

    private static IEnumerable<Block> Section2(PlanContent plan)
    {
        yield return new PageBreak();
        yield return new Heading(Section2Title);
        yield return new Paragraph("One Strategy Sheet for each initiative, in the order of the objectives and of the initiatives within them.", TextStyle.Small);
        var first = true;
        foreach (var objective in plan.Objectives)
        {
            foreach (var initiative in objective.Initiatives)
            {
                if (!first)
                {
                    yield return new PageBreak();
                }

                first = false;
                foreach (var block in StrategySheet.Blocks(plan, objective, initiative))
                {
                    yield return block;
                }
            }
        }

        if (first)
        {
            yield return new Paragraph("The plan has no initiatives yet.", TextStyle.Italic);
        }
    }
}

