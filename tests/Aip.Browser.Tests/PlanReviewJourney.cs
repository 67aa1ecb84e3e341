using Aip.Domain.Reviews;
using Microsoft.Playwright;

namespace Aip.Browser.Tests;

/// <summary>
/// The hand-over between the district and ESE in the browser, on a fresh draft of the demo plan (the seeded one has been
/// approved long since): submit, rate beside the plan and comment at the places themselves, return, revise, resubmit, approve; then an amendment with its reason
/// becomes version 2, the diff shows what changed and both versions download as PDFs.
/// </summary>
public sealed class PlanReviewJourney(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Comment = "Name the evidence behind the walkthrough target.";
    private const string BenchmarkComment = "Give this outcome a baseline from the September data.";
    private const string Amended = "Every K-8 classroom teaches a coherent, standards-based literacy block every day";

    [BrowserFact]
    public Task A_ready_plan_is_submitted_returned_resubmitted_approved_amended_compared_and_downloaded() =>
        browser.RunAsync(nameof(A_ready_plan_is_submitted_returned_resubmitted_approved_amended_compared_and_downloaded), async page =>
        {
            // The superintendent submits a draft of the demo plan.
            var planUrl = $"/plans/{await browser.App.AddReadyPlanAsync()}";
            await page.SignInAsync(browser.App, Demo.Superintendent);
            await page.GotoAsync(planUrl);
            await page.Locator(".plan-steps").WaitForAsync();
            await page.ClickInMainAsync(AriaRole.Link, "Submit to ESE");
            await page.ExpectAccessibleAsync();
            await page.ClickInMainAsync(AriaRole.Button, "Submit to ESE");
            await page.ExpectMessageAsync("The plan has been submitted to ESE.");
            await page.ExpectAccessibleAsync();

            // ESE finds it waiting (beside the demo's Lakeside plan), rates it, pins a comment to Strategy Sheet 1.1 and returns it.
            await page.SwitchUserAsync(browser.App, Demo.Ese);
            // The home page's "what is due" leads straight to the review.
            await page.Locator("main .due-list li").Filter(new() { HasText = "Review Riverton Public Schools Accelerated Improvement Plan" }).GetByRole(AriaRole.Link).ClickAsync();
            await page.WaitForURLAsync(url => url.EndsWith(planUrl + "/review", StringComparison.Ordinal));
            await page.ExpectAccessibleAsync();
            await RateAsync(page, RubricRating.Emerging);
            await page.ClickInMainAsync(AriaRole.Button, "Save the review");
            await page.ExpectMessageAsync("Your review has been saved.");
            await page.Screenshot("review-beside-1280");
            // The rubric stays in view beside the plan while the reviewer reads down it.
            await page.Locator("#final-outcomes").ScrollIntoViewIfNeededAsync();
            Assert.True(await page.Locator(".review-panel").EvaluateAsync<bool>("p => p.getBoundingClientRect().top >= 0 && p.getBoundingClientRect().top < 100"), "the rubric does not stay in view");

            // ESE comments on Strategy Sheet 1.1 from the sheet itself: an empty comment is refused there, the place kept.
            await page.GetByText("Comment on initiative 1.1", new() { Exact = true }).ClickAsync();
            await page.ClickInMainAsync(AriaRole.Button, "Pin the comment on initiative 1.1");
            var sheetComment = page.Locator($"main .comment-here[id^='comment-initiative-']").First;
            Assert.Equal("Write the comment.", (await sheetComment.Locator(".field-error").TextContentAsync())?.Trim());
            Assert.Equal("true", await sheetComment.Locator("textarea").EvaluateAsync<string>("t => String(t === document.activeElement)"));
            await page.ExpectAccessibleAsync();
            await sheetComment.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "screens", "review-comment-refused.png") });
            await page.GetByLabel("Comment on initiative 1.1 (required)", new() { Exact = true }).FillAsync(Comment);
            await page.ClickInMainAsync(AriaRole.Button, "Pin the comment on initiative 1.1");
            await page.ExpectMessageAsync("The comment has been pinned to Initiative 1.1.");
            Assert.Contains(Comment, await sheetComment.Locator(".review-comments").TextContentAsync(), StringComparison.Ordinal);
            // And on its first short-term outcome, the benchmark itself.
            await page.GetByText("Comment on initiative 1.1, short-term outcome 1", new() { Exact = true }).ClickAsync();
            await page.GetByLabel("Comment on initiative 1.1, short-term outcome 1 (required)", new() { Exact = true }).FillAsync(BenchmarkComment);
            await page.ClickInMainAsync(AriaRole.Button, "Pin the comment on initiative 1.1, short-term outcome 1");
            await page.ExpectMessageAsync("The comment has been pinned to Initiative 1.1, short-term outcome 1.");
            await page.ExpectAccessibleAsync();

            // On a phone the plan comes first and the rubric below it; nothing scrolls sideways.
            await page.SetViewportSizeAsync(390, 900);
            await page.ReloadAsync();
            Assert.True(await page.FitsWidthAsync(), "the review page scrolls sideways at 390 px");
            await page.ExpectAccessibleAsync();
            await page.Screenshot("review-beside-390");
            await page.SetViewportSizeAsync(1280, 900);
            await page.ClickInMainAsync(AriaRole.Button, "Return for revision");
            await page.ExpectMessageAsync("returned to the district for revision");

            // The plan manager sees the comment in place and revises the initiative.
            await page.SwitchUserAsync(browser.App, Demo.Manager);
            await page.GotoAsync(planUrl);
            await page.GetByRole(AriaRole.Link, new() { Name = "Initiative 1.1" }).ClickAsync();
            Assert.Contains(Comment, await page.Locator(".review-comments").First.TextContentAsync(), StringComparison.Ordinal);
            // The benchmark's comment is at the benchmark, on its card.
            Assert.Contains(BenchmarkComment, await page.Locator("main .card[id^='benchmark-'] .review-comments").TextContentAsync(), StringComparison.Ordinal);
            await page.ExpectAccessibleAsync();
            await page.ClickInMainAsync(AriaRole.Button, "Mark as resolved");
            await page.ExpectMessageAsync("The comment is marked as resolved.");
            await page.ClickInMainAsync(AriaRole.Button, "Mark as resolved");
            await page.ExpectMessageAsync("The comment is marked as resolved.");

            // The superintendent resubmits; ESE approves.
            await page.SwitchUserAsync(browser.App, Demo.Superintendent);
            await page.GotoAsync(planUrl);
            await page.ClickInMainAsync(AriaRole.Link, "Submit to ESE");
            await page.ClickInMainAsync(AriaRole.Button, "Submit to ESE");
            await page.SwitchUserAsync(browser.App, Demo.Ese);
            await page.GotoAsync(planUrl);
            await page.ClickInMainAsync(AriaRole.Link, "Review the plan");
            await RateAsync(page, RubricRating.ReadyToImplement);
            await page.ClickInMainAsync(AriaRole.Button, "Approve the plan");
            await page.ExpectMessageAsync("Version 1 is frozen and in force.");

            // The plan manager amends objective 1, with a reason: version 2.
            await page.SwitchUserAsync(browser.App, Demo.Manager);
            await page.GotoAsync(planUrl);
            await page.ClickInMainAsync(AriaRole.Link, "Start an amendment");
            await page.WaitForURLAsync(url => url.EndsWith("/amendments/new", StringComparison.Ordinal));
            await page.ExpectAccessibleAsync();
            await page.ClickInMainAsync(AriaRole.Button, "Start the amendment");
            Assert.Equal("Say what changes and why.", await page.Locator("#error-Form_Reason").TextContentAsync());
            // With the keyboard alone: type the reason, Tab to the button, Enter.
            await page.GetByLabel("Reason for the amendment").FocusAsync();
            await page.Keyboard.TypeAsync("The middle school joins the literacy block from January.");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Enter");
            await page.ExpectMessageAsync("The amendment has been started.");
            await page.GetByRole(AriaRole.Link, new() { Name = "Edit objective 1" }).ClickAsync();
            await page.GetByLabel("A. District Strategic Objective").FillAsync(Amended);
            await page.ClickInMainAsync(AriaRole.Button, "Save");
            await page.ClickInMainAsync(AriaRole.Link, "Finish amendment 1");
            await page.ExpectAccessibleAsync();
            await page.ClickInMainAsync(AriaRole.Button, "Record as version 2");
            await page.ExpectMessageAsync("version 2 of the plan is in force");

            // The diff shows exactly what changed, side by side.
            await page.ClickInMainAsync(AriaRole.Link, "Versions and amendments");
            await page.ExpectAccessibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "What changed in Version 2" }).ClickAsync();
            var diff = await page.Locator("main").TextContentAsync();
            Assert.Contains(Amended, diff, StringComparison.Ordinal);
            Assert.Contains("Objective 1", diff, StringComparison.Ordinal);
            Assert.DoesNotContain("Objective 2", diff, StringComparison.Ordinal);
            await page.ExpectAccessibleAsync();

            // Both versions download as PDFs with the plan's title in them.
            await page.GoBackAsync();
            foreach (var version in new[] { 1, 2 })
            {
                var download = await page.RunAndWaitForDownloadAsync(() =>
                    page.GetByRole(AriaRole.Link, new() { Name = $"PDF of Version {version}" }).ClickAsync());
                // Words as drawn, whitespace collapsed: a long statement wraps over lines in the PDF.
                var text = string.Join(' ', PdfTools.DrawnText(await File.ReadAllBytesAsync(await download.PathAsync()))
                    .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                Assert.Contains("Riverton Public Schools Accelerated Improvement Plan", text, StringComparison.Ordinal);
                Assert.Equal(version == 2, text.Contains(Amended, StringComparison.Ordinal));
            }
        });

    private static async Task RateAsync(IPage page, RubricRating rating)
    {
        foreach (var criterion in RubricCriterionFacts.All)
        {
            await page.GetByLabel($"Rating: {criterion.DisplayName()}").SelectOptionAsync(new SelectOptionValue { Label = rating.DisplayName() });
        }

        await page.GetByLabel("Reasons: Provides Focus").FillAsync("Three clear objectives tied to the District Review.");
        await page.GetByLabel("Overall rating", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = rating.DisplayName() });
    }
}
