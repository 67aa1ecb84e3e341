using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Aip.Browser.Tests;

/// <summary>The foundation in a real browser: signing in, ESE administration, refusals, keyboard, phone width, axe.</summary>
public sealed partial class FoundationJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task Ese_staff_add_a_district_and_a_person_with_the_keyboard_alone() =>
        browser.RunAsync(nameof(Ese_staff_add_a_district_and_a_person_with_the_keyboard_alone), async page =>
        {
            await page.GotoAsync("/account/sign-in");
            await page.ExpectAccessibleAsync();
            await page.GetByLabel("Email address").FocusAsync();
            await page.Keyboard.TypeAsync(Demo.Ese);
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync(TestClient.DemoPassword);
            await page.Keyboard.PressAsync("Enter");
            // ESE staff need a second factor: the code from the authenticator app.
            await page.WaitForURLAsync(url => url.Contains("/account/sign-in/code", StringComparison.Ordinal));
            await page.ExpectAccessibleAsync();
            await page.GetByLabel("Code from your authenticator app").FocusAsync();
            await page.Keyboard.TypeAsync(await browser.App.Authenticator.NextCodeAsync(Demo.Ese));
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(url => url.EndsWith('/'));
            await page.ExpectAccessibleAsync();

            await page.GotoAsync("/districts/create");
            await page.ExpectAccessibleAsync();
            await page.GetByLabel("District name").FocusAsync();
            await page.Keyboard.TypeAsync("Harbor City Public Schools");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync("HCP");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(DistrictPage());
            Assert.Equal("Harbor City Public Schools", await page.Locator("h1").TextContentAsync());
            await page.ExpectAccessibleAsync();

            await page.GotoAsync("/users/create");
            await page.GetByLabel("Full name").FocusAsync();
            await page.Keyboard.TypeAsync("Alex Moreau");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync("alex.moreau@test.example");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync("Plan Manager");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync("Harbor City");
            // Enter on a select opens its list in Chromium: a keyboard user tabs to the button.
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(url => url.EndsWith("/users", StringComparison.Ordinal));
            Assert.Contains("invitation has been sent to alex.moreau@test.example", await page.Locator("[role=status]").TextContentAsync(), StringComparison.Ordinal);
            await page.ExpectAccessibleAsync();
        });

    [BrowserFact]
    public Task A_validation_error_keeps_what_was_typed_and_is_announced() =>
        browser.RunAsync(nameof(A_validation_error_keeps_what_was_typed_and_is_announced), async page =>
        {
            await page.SignInAsync(browser.App, Demo.Ese);
            await page.GotoAsync("/districts/create");

            await page.GetByRole(AriaRole.Button, new() { Name = "Add district" }).ClickAsync();
            Assert.Equal("Enter the district name.", await page.Locator("#error-Name").TextContentAsync());
            Assert.Equal("Name", await page.EvaluateAsync<string>("() => document.activeElement.id"));

            await page.GetByLabel("District name").FillAsync("Second Riverton");
            await page.GetByLabel("District code").FillAsync("riv");
            await page.GetByLabel("Notes").FillAsync("Typed notes that must survive.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add district" }).ClickAsync();
            await page.Locator(".error-summary").WaitForAsync();

            Assert.Contains("Another district already has the code RIV.", await page.Locator(".error-summary").TextContentAsync(), StringComparison.Ordinal);
            Assert.Equal("Second Riverton", await page.GetByLabel("District name").InputValueAsync());
            Assert.Equal("Typed notes that must survive.", await page.GetByLabel("Notes").InputValueAsync());
            Assert.Contains("error-Code", await page.GetByLabel("District code").GetAttributeAsync("aria-describedby") ?? string.Empty, StringComparison.Ordinal);
            await page.ExpectAccessibleAsync();
        });

    [BrowserFact]
    public Task The_other_districts_superintendent_is_refused_and_signing_out_ends_access() =>
        browser.RunAsync(nameof(The_other_districts_superintendent_is_refused_and_signing_out_ends_access), async page =>
        {
            var riverton = await browser.App.DistrictIdAsync(Demo.District);
            await page.SignInAsync(browser.App, Demo.OtherSuperintendent);

            var response = await page.GotoAsync($"/districts/{riverton}");

            Assert.Equal(403, response!.Status);
            Assert.Equal("You do not have access to this page", await page.Locator("h1").TextContentAsync());
            Assert.DoesNotContain("Riverton", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
            await page.ExpectAccessibleAsync();

            // A link to the plan, its PDF or its versions leads to the same refusal, not to the plan.
            var plan = await DemoPlanPagesAsync();
            foreach (var url in new[] { plan.Overview, $"{plan.Overview}/pdf", $"{plan.Overview}/versions", $"{plan.Overview}/self-assessment" })
            {
                var refused = await page.GotoAsync(url);
                Assert.Equal(403, refused!.Status);
                Assert.Equal("You do not have access to this page", await page.Locator("h1").TextContentAsync());
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/account/sign-in", StringComparison.Ordinal));
            await page.GotoAsync("/");
            Assert.Contains("/account/sign-in", page.Url, StringComparison.Ordinal);
        });

    [BrowserFact]
    public Task Every_role_sees_an_accessible_home_page() =>
        browser.RunAsync(nameof(Every_role_sees_an_accessible_home_page), async page =>
        {
            foreach (var email in new[] { Demo.Superintendent, Demo.Manager, Demo.Monitor, Demo.Ese })
            {
                await page.Context.ClearCookiesAsync();
                await page.SignInAsync(browser.App, email);
                await page.ExpectAccessibleAsync();
                await page.GotoAsync("/account/change-password");
                await page.ExpectAccessibleAsync();
            }

            var riverton = await browser.App.DistrictIdAsync(Demo.District);
            var plan = await DemoPlanPagesAsync();
            foreach (var url in new[] { "/districts", $"/districts/{riverton}", $"/districts/{riverton}/edit", "/users", "/users/create", "/no-such-page", plan.Overview, plan.Sheet, plan.Overview + "/history" })
            {
                await page.GotoAsync(url);
                await page.ExpectAccessibleAsync();
            }

            // The plan editors, as the Plan Manager (the overview's buttons and disclosures included): the demo plan is
            // approved, so on a draft of it, and the approved plan's overview with its amendment steps.
            await page.Context.ClearCookiesAsync();
            await page.SignInAsync(browser.App, Demo.Manager);
            var draft = await PlanPagesAsync(await browser.App.AddReadyPlanAsync());
            foreach (var url in new[] { plan.Overview, draft.Overview, draft.Sheet, draft.ObjectiveEditor, draft.InitiativeEditor, draft.Overview + "/final-outcomes/add", draft.Overview + "/details" })
            {
                await page.GotoAsync(url);
                await page.ExpectAccessibleAsync();
            }

            await page.Context.ClearCookiesAsync();
            await page.GotoAsync("/account/forgot-password");
            await page.ExpectAccessibleAsync();
        });

    [BrowserFact]
    public Task Pages_fit_a_phone_screen() =>
        browser.RunAsync(nameof(Pages_fit_a_phone_screen), async page =>
        {
            await page.GotoAsync("/account/sign-in");
            Assert.True(await page.FitsWidthAsync(), "sign-in scrolls sideways at 390 px");
            await page.SignInAsync(browser.App, Demo.Ese);
            var riverton = await browser.App.DistrictIdAsync(Demo.District);
            var plan = await DemoPlanPagesAsync();
            foreach (var url in new[] { "/", "/districts", $"/districts/{riverton}", "/districts/create", "/users/create", plan.Overview, plan.Sheet,
                $"{plan.Overview}/self-assessment", $"{plan.Overview}/versions", "/notifications" })
            {
                await page.GotoAsync(url);
                Assert.True(await page.FitsWidthAsync(), $"{url} scrolls sideways at 390 px");
            }

            // Pages with wide data tables: each table scrolls in a region a keyboard can reach (axe: scrollable-region-focusable).
            foreach (var url in new[] { plan.Overview, $"{plan.Overview}/coverage", $"{plan.Overview}/progress", $"{plan.Sheet}/progress", "/reports" })
            {
                await page.GotoAsync(url);
                Assert.True(await page.FitsWidthAsync(), $"{url} scrolls sideways at 390 px");
                await page.ExpectAccessibleAsync();
            }

            // Wide tables scroll inside their own container, not the page, and say so.
            await page.GotoAsync("/portfolio");
            Assert.True(await page.FitsWidthAsync(), "/portfolio scrolls sideways at 390 px");
            Assert.Contains("Scroll sideways", await page.Locator("main .table-scroll").First
                .EvaluateAsync<string>("box => box.classList.contains('is-overflowing') ? getComputedStyle(box, '::before').content : ''"), StringComparison.Ordinal);
            await page.Screenshot("phone-portfolio-390");
            await page.GotoAsync("/users");
            Assert.True(await page.FitsWidthAsync(), "/users scrolls sideways at 390 px");
            await page.GetByRole(AriaRole.Button, new() { Name = "Show navigation" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Districts", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Districts", Exact = true, Level = 1 }).WaitForAsync();
        }, width: 390);

    [BrowserFact]
    public Task A_district_reads_and_edits_its_plan_on_a_phone_and_the_contents_stay_in_view_on_a_wide_screen() =>
        browser.RunAsync(nameof(A_district_reads_and_edits_its_plan_on_a_phone_and_the_contents_stay_in_view_on_a_wide_screen), async page =>
        {
            await page.SignInAsync(browser.App, Demo.Manager);
            var draft = await PlanPagesAsync(await browser.App.AddReadyPlanAsync());
            foreach (var (url, name) in new[] { ("/", "home"), (draft.Overview, "overview"), (draft.Overview + "/section-1", "section-1"), (draft.Sheet, "sheet") })
            {
                await page.GotoAsync(url);
                Assert.True(await page.FitsWidthAsync(), $"{url} scrolls sideways at 390 px");
                await page.ExpectAccessibleAsync();
                await page.Screenshot($"phone-{name}-390");
            }

            // On the Strategy Sheet each activity is a card: its cells stacked, the dates and the buttons in view.
            var activity = page.Locator("main table.table-cards tbody tr:not(.table-light)").First;
            Assert.Equal("block", await activity.Locator("td").First.EvaluateAsync<string>("td => getComputedStyle(td).display"));
            Assert.True(await activity.Locator("td[data-label^='J.']").IsVisibleAsync(), "the start date is hidden");
            Assert.True(await activity.Locator("td[data-label^='K.']").IsVisibleAsync(), "the completion date is hidden");
            Assert.True(await activity.GetByRole(AriaRole.Link, new() { Name = "Edit activity" }).IsVisibleAsync(), "the activity's Edit button is hidden");

            // On the overview the contents come first; a link to an initiative of a collapsed objective opens it.
            await page.GotoAsync(draft.Overview);
            var objective = page.Locator("main details.objective-details").First;
            await objective.Locator("> summary").ClickAsync();
            Assert.False(await objective.EvaluateAsync<bool>("d => d.open"));
            await page.Locator(".plan-toc a[href^='#initiative-']").First.ClickAsync();
            Assert.True(await objective.EvaluateAsync<bool>("d => d.open"), "following the contents' link left the objective closed");
            Assert.True(await page.Locator("main li[id^='initiative-']").First.IsVisibleAsync());

            // On a wide screen the activities are a table again and the overview's contents stay in view beside the plan.
            await page.SetViewportSizeAsync(1280, 900);
            await page.GotoAsync(draft.Sheet);
            Assert.Equal("table-cell", await page.Locator("main table.table-cards td").First.EvaluateAsync<string>("td => getComputedStyle(td).display"));
            await page.Screenshot("phone-sheet-1280");
            await page.GotoAsync(draft.Overview);
            Assert.Equal("sticky", await page.Locator(".plan-toc").EvaluateAsync<string>("toc => getComputedStyle(toc).position"));
            await page.ExpectAccessibleAsync();
            await page.Screenshot("phone-overview-1280");
        }, width: 390);

    /// <summary>The pages of the seeded Riverton plan (approved, with two versions).</summary>
    private async Task<(string Overview, string Sheet, string ObjectiveEditor, string InitiativeEditor)> DemoPlanPagesAsync()
    {
        var riverton = await browser.App.DistrictIdAsync(Demo.District);
        return await PlanPagesAsync(await browser.App.WithDbAsync(db =>
            db.Plans.Where(p => p.DistrictId == riverton && p.Status == Aip.Domain.Plans.PlanStatus.Approved).Select(p => p.Id).SingleAsync()));
    }

    private Task<(string Overview, string Sheet, string ObjectiveEditor, string InitiativeEditor)> PlanPagesAsync(Guid planId) =>
        browser.App.WithDbAsync(async db =>
        {
            var plan = await db.Plans.Include(p => p.Objectives).ThenInclude(o => o.Initiatives).AsSplitQuery().SingleAsync(p => p.Id == planId);
            var objective = plan.Objectives[0];
            var initiative = objective.Initiatives[0];
            var overview = $"/plans/{plan.Id}";
            return (overview, $"{overview}/initiatives/{initiative.Id}", $"{overview}/objectives/{objective.Id}/edit", $"{overview}/initiatives/{initiative.Id}/edit");
        });

    [GeneratedRegex("/districts/[0-9a-f-]{36}$")]
    private static partial Regex DistrictPage();
}
