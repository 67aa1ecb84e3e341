using System.Globalization;
using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Aip.Browser.Tests;

/// <summary>
/// A month of monitoring in the browser: the Plan Manager schedules a Highlight Discussion of an approved plan a week
/// ahead and builds its agenda, the monitor prepares a question; then, for a discussion already held (the app's clock is
/// the real one, so it is written to the database the day after the meeting), the manager uploads a CSV to the evidence
/// library, drafts the Minutes citing it in section 1a and sends them, the monitor pins a discrepancy, the manager resolves
/// it and sends the final Minutes; the PDF and the evidence file download; the monitor requests evidence three weeks ahead
/// and the manager answers. Every page passes axe.
/// </summary>
public sealed class MonitoringJourney(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task A_discussion_is_scheduled_with_its_agenda_and_a_held_one_gets_minutes_through_review_to_a_final_pdf() =>
        browser.RunAsync(nameof(A_discussion_is_scheduled_with_its_agenda_and_a_held_one_gets_minutes_through_review_to_a_final_pdf), async page =>
        {
            var planId = await browser.App.AddReviewedPlanAsync();

            // The manager schedules a discussion ten days ahead from the plan's page.
            await page.SignInAsync(browser.App, Demo.Manager);
            await page.GotoAsync($"/plans/{planId}");
            await page.ClickInMainAsync(AriaRole.Link, "Highlight Discussions and Minutes");
            await page.ExpectAccessibleAsync();
            await page.ClickInMainAsync(AriaRole.Link, "Schedule a discussion");
            await page.ExpectAccessibleAsync();
            var day = Dates.Day(DateTimeOffset.UtcNow).AddDays(10);
            await page.GetByLabel("Date", new() { Exact = false }).First.FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByLabel("Start time", new() { Exact = false }).FillAsync("15:30");
            await page.GetByLabel("Location or online link", new() { Exact = false }).FillAsync("Room 12, Riverton district office");
            await page.ClickInMainAsync(AriaRole.Button, "Schedule the discussion");
            await page.ExpectMessageAsync("The discussion has been scheduled");
            await page.ExpectAccessibleAsync();

            // The agenda: a topic about initiative 1.1.
            await page.GetByLabel("Topic", new() { Exact = true }).FillAsync("Walkthrough data for grades 3-5");
            await page.GetByLabel("About (optional)").SelectOptionAsync(new SelectOptionValue { Index = 2 });
            await page.ClickInMainAsync(AriaRole.Button, "Add to the agenda");
            await page.ExpectMessageAsync("The topic has been added to the agenda.");
            await page.ExpectAccessibleAsync();
            var discussionUrl = page.Url.Split('#')[0];

            // The monitor prepares a question for it.
            await page.SwitchUserAsync(browser.App, Demo.Monitor);
            await page.GotoAsync(discussionUrl);
            await page.GetByLabel("Your questions for this topic").First.FillAsync("How many classrooms were observed?");
            await page.ClickInMainAsync(AriaRole.Button, "Save questions");
            await page.ExpectMessageAsync("Your questions have been saved.");
            await page.ExpectAccessibleAsync();
            await page.Screenshot("monitoring-discussion-monitor");

            // The manager adds a walkthrough extract to the evidence library, as a CSV file.
            var minutesUrl = await HeldDiscussionMinutesAsync(planId);
            await page.SwitchUserAsync(browser.App, Demo.Manager);
            await page.GotoAsync($"/plans/{planId}/evidence");
            await page.ExpectAccessibleAsync();
            await page.ClickInMainAsync(AriaRole.Link, "Add evidence");
            await page.GetByLabel("Title", new() { Exact = false }).First.FillAsync("Grade 3-5 walkthrough tallies, November");
            await page.GetByLabel("Kind of evidence", new() { Exact = false }).SelectOptionAsync(new SelectOptionValue { Index = 2 });
            await page.GetByLabel("Date collected", new() { Exact = false }).FillAsync(Dates.Day(DateTimeOffset.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.Locator("input[name='Form.Supports']").Nth(0).CheckAsync();
            // A file over the limit is caught in the browser, next to the field, before anything is sent or lost.
            await page.SetInputFilesAsync("#Form_Files", new FilePayload { Name = "scan.pdf", MimeType = "application/pdf", Buffer = new byte[AipApp.MaxFileBytes + 1] });
            Assert.Contains("scan.pdf is larger than 64 KB", await page.Locator("#size-Form_Files").TextContentAsync(), StringComparison.Ordinal);
            await page.ClickInMainAsync(AriaRole.Button, "Add to the library");
            Assert.EndsWith("/evidence/new", page.Url, StringComparison.Ordinal);
            Assert.Equal("Grade 3-5 walkthrough tallies, November", await page.GetByLabel("Title", new() { Exact = false }).First.InputValueAsync());
            await page.SetInputFilesAsync("#Form_Files", new FilePayload
            {
                Name = "walkthroughs.csv", MimeType = "text/csv",
                Buffer = System.Text.Encoding.UTF8.GetBytes("school,observed,objective posted\nLincoln,12,10\nRiverside,14,13\n"),
            });
            await page.ExpectAccessibleAsync();
            await page.ClickInMainAsync(AriaRole.Button, "Add to the library");
            await page.WaitForURLAsync(url => !url.EndsWith("/evidence/new", StringComparison.Ordinal));
            var evidenceUrl = page.Url.Split('#')[0];
            await page.ExpectAccessibleAsync();

            // The manager drafts the Minutes of the discussion held yesterday, cites the evidence and sends them for review.
            await page.GotoAsync(minutesUrl);
            await page.ExpectAccessibleAsync();
            await page.GetByLabel("Grade 3-5 walkthrough tallies, November", new() { Exact = false }).CheckAsync();
            await page.GetByLabel("1 Accomplishments", new() { Exact = false }).FillAsync("All 31 grade 3-5 teachers attended the literacy PD.");
            await page.GetByLabel("6 Next steps for the district", new() { Exact = false }).FillAsync("Walkthrough data for grades 3-5\nCoaching logs for October");
            await page.ClickInMainAsync(AriaRole.Button, "Save and send the draft to the Superintendent and the Monitor");
            await page.ExpectMessageAsync("The draft has been sent");
            await page.Screenshot("monitoring-minutes-in-review");

            // The monitor pins a discrepancy to section 1.
            await page.SwitchUserAsync(browser.App, Demo.Monitor);
            await page.GotoAsync(minutesUrl);
            await page.GetByLabel("Section", new() { Exact = false }).SelectOptionAsync(nameof(MinutesSection.Accomplishments));
            await page.GetByLabel("Your comment or question", new() { Exact = false }).FillAsync("Only 28 of 31 attended.");
            await page.ClickInMainAsync(AriaRole.Button, "Pin the comment");
            await page.ExpectMessageAsync("Your comment has been pinned");
            await page.ExpectAccessibleAsync();

            // The manager corrects the text, resolves the comment and sends the final Minutes.
            await page.SwitchUserAsync(browser.App, Demo.Manager);
            await page.GotoAsync(minutesUrl);
            await page.GetByLabel("1 Accomplishments", new() { Exact = false }).FillAsync("28 of 31 grade 3-5 teachers attended the literacy PD.");
            await page.ClickInMainAsync(AriaRole.Button, "Save the Minutes");
            await page.ExpectMessageAsync("The Minutes have been saved.");
            await page.GetByLabel("How you resolved it").FillAsync("Corrected the count.");
            await page.ClickInMainAsync(AriaRole.Button, "Resolve");
            await page.ExpectMessageAsync("The comment is resolved.");
            await page.ClickInMainAsync(AriaRole.Button, "Make the Minutes final and send them");
            await page.ExpectMessageAsync("The final Minutes have been sent");
            await page.ExpectAccessibleAsync();
            await page.Screenshot("monitoring-minutes-final");

            // The evidence downloads as an attachment, as the manager uploaded it.
            await page.GotoAsync(evidenceUrl);
            var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "walkthroughs.csv", Exact = false }).First.ClickAsync());
            Assert.Contains("Lincoln,12,10", await File.ReadAllTextAsync(await csv.PathAsync()), StringComparison.Ordinal);

            // The monitor asks for evidence, three weeks ahead; the manager answers it. The visits page reads well too.
            await page.SwitchUserAsync(browser.App, Demo.Monitor);
            await page.GotoAsync($"/plans/{planId}/requests");
            await page.ExpectAccessibleAsync();
            await page.GetByLabel("What is requested", new() { Exact = false }).SelectOptionAsync(nameof(RequestKind.Evidence));
            await page.GetByLabel("The request", new() { Exact = false }).FillAsync("Coaching logs for October");
            await page.GetByLabel("Due by", new() { Exact = false }).FillAsync(Dates.Day(DateTimeOffset.UtcNow).AddDays(25).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.ClickInMainAsync(AriaRole.Button, "Send the request");
            await page.ExpectMessageAsync("Your request has been sent");
            await page.GotoAsync($"/plans/{planId}/visits");
            await page.ExpectAccessibleAsync();
            await page.SwitchUserAsync(browser.App, Demo.Manager);
            await page.GotoAsync($"/plans/{planId}/requests");
            await page.GetByRole(AriaRole.Link, new() { Name = "Answer or decline", Exact = false }).First.ClickAsync();
            await page.GetByLabel("Your answer", new() { Exact = false }).FillAsync("In the evidence library under initiative 1.1.");
            await page.ClickInMainAsync(AriaRole.Button, "Send the answer");
            await page.ExpectMessageAsync("The request is answered");
            await page.ExpectAccessibleAsync();
            await page.GotoAsync(minutesUrl);

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the Minutes (PDF)" }).ClickAsync());
            var text = string.Join(' ', PdfTools.DrawnText(await File.ReadAllBytesAsync(await download.PathAsync()))
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("Highlight Discussion Minutes", text, StringComparison.Ordinal);
            Assert.Contains("28 of 31 grade 3-5 teachers attended the literacy PD.", text, StringComparison.Ordinal);
            Assert.Contains("Corrected the count.", text, StringComparison.Ordinal);
            Assert.Contains("Grade 3-5 walkthrough tallies, November", text, StringComparison.Ordinal);
        });

    /// <summary>A discussion of the plan held yesterday, scheduled two weeks before; returns its Minutes page.</summary>
    private async Task<string> HeldDiscussionMinutesAsync(Guid planId)
    {
        var manager = await browser.App.UserIdAsync(Demo.Manager);
        var monitor = await browser.App.UserIdAsync(Demo.Monitor);
        var discussionId = await browser.App.WithDbAsync(async db =>
        {
            var plan = await db.Plans.SingleAsync(p => p.Id == planId);
            var held = DateTimeOffset.UtcNow.AddDays(-1);
            var discussion = HighlightDiscussion.Schedule(plan, held, "Room 12",
                [new DiscussionParticipant(manager, "Priya Natarajan", "Plan Manager"), new DiscussionParticipant(monitor, "Marcus Oyelaran", "Plan Monitor")],
                null, "Priya Natarajan", held.AddDays(-14));
            db.HighlightDiscussions.Add(discussion);
            await db.SaveChangesAsync();
            return discussion.Id;
        });
        return $"/plans/{planId}/discussions/{discussionId}/minutes";
    }
}
