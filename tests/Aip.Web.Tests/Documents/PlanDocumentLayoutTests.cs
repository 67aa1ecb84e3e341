using Aip.Domain.Plans;
using Aip.Domain.Versions;
using Aip.Web.Features.Documents;
using static Aip.Web.Tests.Documents.DocumentFixtures;

namespace Aip.Web.Tests.Documents;

/// <summary>Large and awkward plans: pages, page breaks, and text that must stay on the page.</summary>
public class PlanDocumentLayoutTests
{
    private const double PageWidth = 612;
    private const double PageHeight = 792;

    [PdfToolsFact]
    public void A_plan_of_25_initiatives_prints_each_strategy_sheet_from_the_top_of_its_own_page()
    {
        var plan = PlanContent.Of(Plan(objectives: 5, initiatives: 5));
        var pages = PdfTools.PageTexts(Print(plan));

        Assert.Equal(25, plan.Initiatives.Count());
        Assert.True(pages.Count >= 25 + 1, $"only {pages.Count} pages");
        Assert.All(plan.Initiatives, initiative =>
        {
            var page = Assert.Single(pages, p => p.Contains(PlanDocument.SheetTitle(initiative) + "\n", StringComparison.Ordinal));
            var body = PlanDocumentTests.Body(page);
            Assert.True(
                body.StartsWith(PlanDocument.SheetTitle(initiative), StringComparison.Ordinal) || body.StartsWith(PlanDocument.Section2Title, StringComparison.Ordinal),
                $"Sheet {initiative.Number} does not start its page:\n{body[..Math.Min(200, body.Length)]}");
        });
    }

    [PdfToolsFact]
    public void A_300_character_word_and_a_60_activity_table_stay_inside_the_page()
    {
        var word = string.Concat(Enumerable.Repeat("Unbreakable", 28))[..300];
        var plan = PlanContent.Of(Plan(3, 1, p =>
        {
            var initiative = p.Objectives[0].Initiatives[0];
            p.UpdateInitiative(initiative.Id, $"Before {word} after", lead: word[..150], keyResources: word);
            for (var i = 1; i <= 60; i++)
            {
                var quarter = QuarterFacts.All[i % 4];
                var start = StartOf(quarter).AddDays(i);
                p.AddActivity(initiative.Id, quarter, $"Numbered activity {i}: " + (i == 30 ? word : "review the data with every team."), "Coach", start, start.AddDays(3), "Weekly");
            }
        }));

        var pdf = Print(plan);
        var words = PdfTools.Words(pdf);

        Assert.Contains(words, w => w.Text.StartsWith("Unbreakable", StringComparison.Ordinal));
        var outside = words.Where(w => w.XMin < 0 || w.XMax > PageWidth || w.YMin < 0 || w.YMax > PageHeight).ToList();
        Assert.True(outside.Count == 0, $"Words outside the page: {string.Join(", ", outside.Take(5).Select(w => $"'{w.Text[..Math.Min(20, w.Text.Length)]}' on page {w.Page} at {w.XMin:F0}-{w.XMax:F0}"))}");
        var text = PdfTools.DrawnText(pdf);
        TextAssert.InOrder(text, [.. Enumerable.Range(1, 60)
            .Select(i => (i, quarter: QuarterFacts.All[i % 4], start: StartOf(QuarterFacts.All[i % 4]).AddDays(i)))
            .OrderBy(a => a.quarter).ThenBy(a => a.start).ThenBy(a => a.i)
            .Select(a => $"Numbered activity {a.i}:")]);
        Assert.True(PageCount(pdf) >= 5, "sixty activities fill several pages");
    }
}
