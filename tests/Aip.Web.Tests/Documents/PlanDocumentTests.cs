using System.Text;
using Aip.Domain.Plans;
using Aip.Domain.Versions;
using Aip.Web.Features.Documents;
using static Aip.Web.Tests.Documents.DocumentFixtures;

namespace Aip.Web.Tests.Documents;

public class PlanDocumentTests
{
    private static readonly Lazy<(PlanContent Plan, byte[] Pdf)> Demo = new(() =>
    {
        var plan = DemoPlanContent();
        return (plan, Print(plan));
    });

    [PdfToolsFact]
    public void The_demo_plan_prints_section_1_then_one_strategy_sheet_per_initiative_in_rank_order()
    {
        var (plan, pdf) = Demo.Value;
        var text = PdfTools.Text(pdf);

        TextAssert.InOrder(text,
        [
            "Section 1: Explanation of key issues",
            "(Maximum 1,000 words)",
            "Key issues",
            "Theory of action",
            "Strategic objectives and initiatives",
            "Objective 1:",
            "Objective 4:",
            "Why these objectives matter",
            "Final outcomes",
            PlanDocument.Section2Title,
            .. plan.Initiatives.Select(PlanDocument.SheetTitle),
        ]);
        Assert.Equal(10, plan.Initiatives.Count());
        Assert.Equal(["1.1", "1.2", "1.3", "2.1"], plan.Initiatives.Take(4).Select(i => i.Number));
    }

    [PdfToolsFact]
    public void Every_strategy_sheet_carries_the_template_labels_A_to_K_and_its_quarters_with_their_school_years_in_order()
    {
        var (plan, pdf) = Demo.Value;
        var sheets = Sheets(plan, pdf);

        Assert.Equal(plan.Initiatives.Count(), sheets.Count);
        Assert.All(sheets, sheet =>
        {
            var squeezed = Squeezed(sheet);
            TextAssert.InOrder(squeezed,
            [
                .. new[]
                {
                    "A. District Strategic Objective", "B. Overall Lead for this Objective", "C. Initiative Number and Description",
                    "D. Lead for this Initiative", "E. Short-term outcomes for the Initiative", "F. What are the key indicators",
                    "G. Key resources", "H. Activities to Achieve the Outcomes", "I. Who will Lead?", "J. When will it Start?",
                    "K. When will it be Complete?",
                }.Select(Squeezed),
                .. SchoolQuarter.Within(plan.Period).Select(q => Squeezed(q.InPlan(plan.FirstSchoolYear, plan.LastSchoolYear))),
            ]);
        });
    }

    [PdfToolsFact]
    public void Activities_are_listed_under_the_quarter_they_start_in_with_its_year_their_frequency_and_dates()
    {
        var (plan, pdf) = Demo.Value;
        var first = plan.Initiatives.First();
        var sheet = Squeezed(Sheets(plan, pdf)[0]);
        var weekly = first.Activities.First(a => a.Frequency is not null);

        // Every quarter of the plan's school years, with the year, in time order; each activity under the quarter it starts in.
        var quarterRows = SchoolQuarter.Within(plan.Period)
            .Select(q => sheet.IndexOf(
                Squeezed(q.InPlan(plan.FirstSchoolYear, plan.LastSchoolYear))
                + Squeezed(first.Activities.Where(a => SchoolQuarter.Of(a.Start) == q).OrderBy(a => a.Start).FirstOrDefault()?.ActionStep ?? "No activities"),
                StringComparison.Ordinal))
            .ToList();
        Assert.DoesNotContain(-1, quarterRows);
        Assert.Equal(quarterRows.Order(), quarterRows);
        Assert.Contains(Squeezed($"{weekly.ActionStep}\nFrequency: {weekly.Frequency}"), sheet, StringComparison.Ordinal);
        Assert.Contains(Squeezed(Aip.Domain.Common.Dates.Display(weekly.Start)), sheet, StringComparison.Ordinal);
    }

    [PdfToolsFact]
    public void Each_strategy_sheet_starts_on_a_page_of_its_own()
    {
        var (plan, pdf) = Demo.Value;
        var pages = PdfTools.PageTexts(pdf);
        var section1Pages = pages.TakeWhile(p => !p.Contains(PlanDocument.Section2Title, StringComparison.Ordinal)).Count();

        Assert.InRange(section1Pages, 2, 6);
        Assert.True(pages.Count >= section1Pages + plan.Initiatives.Count(), $"{pages.Count} pages for {section1Pages} pages of Section 1 and {plan.Initiatives.Count()} sheets");
        Assert.All(plan.Initiatives, initiative =>
            Assert.Single(pages, page => page.Contains(PlanDocument.SheetTitle(initiative), StringComparison.Ordinal)));
        Assert.All(plan.Initiatives.Skip(1), initiative =>
        {
            var page = pages.Single(p => p.Contains(PlanDocument.SheetTitle(initiative), StringComparison.Ordinal));
            Assert.StartsWith(PlanDocument.SheetTitle(initiative), Body(page), StringComparison.Ordinal);
        });
    }

    [PdfToolsFact]
    public void Metadata_names_the_plan_and_the_district()
    {
        var (plan, pdf) = Demo.Value;
        var info = PdfTools.Info(pdf);

        Assert.Equal(plan.Title, info["Title"]);
        Assert.Equal(District, info["Author"]);
        Assert.Contains("Working draft", info["Subject"], StringComparison.Ordinal);
    }

    [Fact]
    public void Bookmarks_lead_to_section_1_and_to_every_strategy_sheet()
    {
        var (plan, pdf) = Demo.Value;
        using var document = Open(pdf);

        var top = document.Outlines.Select(o => o.Title).ToList();
        Assert.Equal([PlanDocument.Section1Title, PlanDocument.Section2Title], top);
        var sheets = document.Outlines[1].Outlines.Select(o => o.Title);
        Assert.Equal(plan.Initiatives.Select(PlanDocument.SheetTitle), sheets);
    }

    [PdfToolsFact]
    public void Empty_optional_fields_print_not_given_and_dates_are_written_out()
    {
        var plan = PlanContent.Of(Plan(3, 1, p =>
        {
            var objective = p.Objectives[0];
            p.UpdateObjective(objective.Id, objective.Statement, lead: null);
            var initiative = objective.Initiatives[0];
            p.UpdateInitiative(initiative.Id, initiative.Description, lead: null, keyResources: null);
            p.UpdateSection1(keyIssues: "Some issues.", theoryOfAction: null, whyTheseObjectives: null);
        }));

        var text = Squeezed(PdfTools.DrawnText(Print(plan)));

        Assert.Contains(Squeezed("Theory of action Not given"), text, StringComparison.Ordinal);
        Assert.Contains(Squeezed("B. Overall Lead for this Objective (one person) Not given"), text, StringComparison.Ordinal);
        Assert.Contains(Squeezed("D. Lead for this Initiative (one person) Not given"), text, StringComparison.Ordinal);
        Assert.Contains(Squeezed("materials) Not given"), text, StringComparison.Ordinal);
        Assert.Contains(Squeezed("60% by 30 November 2026"), text, StringComparison.Ordinal);
    }

    [PdfToolsFact]
    public void Accents_curly_quotes_dashes_and_non_latin_names_survive()
    {
        AssertSurvives("Nguyễn Thị Minh", "Анна Кузнецова", "Café des élèves", "“Read to succeed”", "‘single’", "K–5 reading — every day");
    }

    /// <summary>Prints the samples as objective, leads and description of a plan and finds each in the PDF's text.</summary>
    private static void AssertSurvives(string name, string otherName, string accented, string curly, string single, string dashes)
    {
        var plan = PlanContent.Of(Plan(3, 1, p =>
        {
            var objective = p.Objectives[0];
            p.UpdateObjective(objective.Id, $"{curly} in {dashes}", lead: name);
            var initiative = objective.Initiatives[0];
            p.UpdateInitiative(initiative.Id, $"{accented} and the {single} quote", lead: otherName, keyResources: null);
        }));

        var text = PdfTools.Text(Print(plan)).Normalize(NormalizationForm.FormC);

        Assert.All([name, otherName, accented, curly, single, dashes], sample => Assert.Contains(sample, text, StringComparison.Ordinal));
    }

    /// <summary>The text of each Strategy Sheet: from its title to the next one (or the end).</summary>
    internal static List<string> Sheets(PlanContent plan, byte[] pdf)
    {
        var text = PdfTools.DrawnText(pdf);
        var starts = plan.Initiatives.Select(i => text.IndexOf(PlanDocument.SheetTitle(i), StringComparison.Ordinal)).Append(text.Length).ToList();
        return [.. starts.Zip(starts.Skip(1), (from, to) => text[from..to])];
    }

    /// <summary>A page's text below the running header (organization, date and title lines).</summary>
    internal static string Body(string page) =>
        string.Join('\n', page.Split('\n').Skip(2).SkipWhile(string.IsNullOrWhiteSpace)).TrimStart();

    internal static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
