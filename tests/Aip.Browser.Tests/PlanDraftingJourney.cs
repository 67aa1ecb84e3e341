using Aip.Domain.Plans;
using Microsoft.Playwright;

namespace Aip.Browser.Tests;

/// <summary>A Plan Manager writes a complete plan in the browser until the readiness panel turns green.</summary>
public sealed class PlanDraftingJourney(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task A_plan_manager_drafts_a_complete_plan_and_readiness_turns_green() =>
        browser.RunAsync(nameof(A_plan_manager_drafts_a_complete_plan_and_readiness_turns_green), async page =>
        {
            await page.SignInAsync(browser.App, Demo.Manager);
            await page.GotoAsync($"/districts/{await browser.App.DistrictIdAsync(Demo.District)}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Start a plan" }).ClickAsync();
            await page.ExpectAccessibleAsync();
            await page.GetByLabel("Plan title").FillAsync("Riverton Public Schools Accelerated Improvement Plan 2027–2028");
            await page.GetByLabel("First school year").FillAsync("2027");
            await page.GetByLabel("Last school year").FillAsync("2027");
            await Submit(page, "Start the plan");
            await page.Locator(".readiness").WaitForAsync();
            await page.ExpectAccessibleAsync();

            // Section 1, with the live word counter.
            await page.GetByRole(AriaRole.Link, new() { Name = "Edit Section 1" }).ClickAsync();
            await page.GetByLabel("Explanation of key issues").FillAsync("Tier 1 instruction varies from classroom to classroom and data are rarely used to plan.");
            Assert.Equal("15 of 1,000 words", await page.Locator("#KeyIssues-count").TextContentAsync());
            await page.GetByLabel("Theory of action").FillAsync("If every classroom uses common lessons and data, then achievement rises.");
            await page.ExpectAccessibleAsync();
            await Submit(page, "Save Section 1");
            // The server counts the words the same way as the browser did.
            Assert.Contains("(15 of 1,000 words)", await page.Locator("#section-1").TextContentAsync(), StringComparison.Ordinal);

            for (var number = 1; number <= Plan.MaxObjectives; number++)
            {
                await page.GetByRole(AriaRole.Link, new() { Name = "Add a strategic objective" }).ClickAsync();
                await page.GetByLabel("A. District Strategic Objective").FillAsync($"Strategic objective number {number}");
                await page.GetByLabel("B. Overall Lead for this Objective").FillAsync("Dr. Elena Marquez, Superintendent");
                await Submit(page, "Add");
                await page.GetByRole(AriaRole.Link, new() { Name = $"Add an initiative to objective {number}" }).ClickAsync();
                await page.GetByLabel("C. Initiative Number and Description").FillAsync($"Initiative of objective {number}");
                await page.GetByLabel("D. Lead for this Initiative").FillAsync("Ana Ruiz, ELA Director");
                await Submit(page, "Add");
                await page.GetByRole(AriaRole.Heading, new() { Name = $"Initiative Strategy Sheet {number}.1" }).WaitForAsync();
                if (number == 1)
                {
                    await page.ExpectAccessibleAsync();
                }

                await AddBenchmark(page, "Add early evidence of change", validationErrorFirst: number == 1);
                await AddBenchmark(page, "Add a short-term outcome", validationErrorFirst: false);
                await page.GetByRole(AriaRole.Link, new() { Name = "Add an activity" }).ClickAsync();
                await page.GetByLabel("Quarter").SelectOptionAsync(new SelectOptionValue { Label = "Sept–Dec" });
                await page.GetByLabel("H. Activities to Achieve").FillAsync("Train all K-5 teachers on the literacy block");
                await page.GetByLabel("I. Who will Lead?").FillAsync("Ana Ruiz");
                await page.GetByLabel("J. When will it Start?").FillAsync("2027-09-01");
                await page.GetByLabel("K. When will it be Complete?").FillAsync("2027-10-15");
                if (number == 1)
                {
                    await page.ExpectAccessibleAsync();
                }

                await Submit(page, "Add");
                if (number == 1)
                {
                    await page.Locator("h1").Filter(new() { HasText = "Initiative Strategy Sheet" }).WaitForAsync();
                    await page.Screenshot("strategy-sheet");
                }

                await page.Locator("nav[aria-label=Breadcrumb] a").ClickAsync();
            }

            await page.GetByRole(AriaRole.Link, new() { Name = "Add a final outcome" }).ClickAsync();
            await page.GetByLabel("Final outcome").FillAsync("Aggregate PPI of 75 or higher");
            await page.GetByLabel("By when").FillAsync("2028-08-31");
            await Submit(page, "Add");

            // Five objectives is the most a plan may have: the button to add a sixth is gone.
            Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Add a strategic objective" }).CountAsync());
            var readiness = page.Locator(".readiness");
            Assert.Contains("Ready for submission", await readiness.TextContentAsync(), StringComparison.Ordinal);
            await page.ExpectAccessibleAsync();
        });

    private static async Task AddBenchmark(IPage page, string link, bool validationErrorFirst)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
        await page.GetByLabel("Benchmark (required)", new() { Exact = true }).FillAsync("Teachers post and reference standards-based objectives");
        await page.GetByLabel("How it is measured").FillAsync("Monthly learning walks");
        await page.GetByLabel("Evidence that will show it").FillAsync("Learning-walk tool data");
        await page.GetByLabel("Target 1: date").FillAsync("2027-11-15");
        await page.GetByLabel("Target 1: value").FillAsync(validationErrorFirst ? "sixty%" : "60%");
        await page.GetByLabel("Target 2: date").FillAsync("2028-01-31");
        await page.GetByLabel("Target 2: value").FillAsync("80%");
        await Submit(page, "Add");
        if (validationErrorFirst)
        {
            // The server's message stands next to the field; everything typed is still there.
            Assert.Equal("“sixty%” is not a percentage between 0 and 100.", await page.Locator("#error-Targets_0__Value").TextContentAsync());
            Assert.Equal("Monthly learning walks", await page.GetByLabel("How it is measured").InputValueAsync());
            Assert.Equal("80%", await page.GetByLabel("Target 2: value").InputValueAsync());
            await page.ExpectAccessibleAsync();
            await page.GetByLabel("Target 1: value").FillAsync("60%");
            await Submit(page, "Add");
        }

        await page.Locator("h1").Filter(new() { HasText = "Initiative Strategy Sheet" }).WaitForAsync();
    }

    private static Task Submit(IPage page, string button) =>
        page.Locator("main").GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
}
