using System.Net;
using Aip.Domain.Plans;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Plans;

public abstract class PlanAuthoringTests(AipApp app)
{
    private const string Form = "main form[method=post]:not([action$='/remove']):not([action$='/move']):not([action$='/sign-out'])";

    [DbFact]
    public async Task A_final_outcome_sets_PPI_targets_for_each_school_year_and_a_bad_one_is_shown_beside_its_field()
    {
        var planId = await app.AddPlanAsync(p => p.AddFinalOutcome("The district meets its PPI targets", null, null, new DateOnly(2027, 6, 30)), "Plan with a PPI outcome");
        var outcome = await app.WithDbAsync(db => db.Set<FinalOutcome>().Where(o => o.PlanId == planId).Select(o => o.Id).SingleAsync());
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var edit = await manager.GetPageAsync($"/plans/{planId}/final-outcomes/{outcome}/edit");
        Assert.Equal(["2026–27: aggregate", "2026–27: high needs students", "2027–28: aggregate", "2027–28: high needs students"],
            edit.QuerySelectorAll(".ppi-targets label").Select(l => l.TextContent.Trim()));

        var refused = await TestClient.ParseAsync(await manager.SubmitAsync(edit, Form, new() { ["Ppi[0].Aggregate"] = "75", ["Ppi[0].HighNeeds"] = "300" }));
        Assert.Equal("A PPI target is a number from 0 to 125.", refused.QuerySelector("#error-Ppi_0__HighNeeds")!.TextContent);
        Assert.Equal("75", refused.QuerySelector<IHtmlInputElement>("#Ppi_0__Aggregate")!.Value);

        await manager.SubmitAsync(refused, Form, new() { ["Ppi[0].HighNeeds"] = "70", ["Ppi[1].Aggregate"] = "78" });

        var saved = await app.WithDbAsync(db => db.Set<FinalOutcome>().SingleAsync(o => o.Id == outcome));
        Assert.Equal([new PpiTarget(2026, PpiGroup.Aggregate, 75), new PpiTarget(2026, PpiGroup.HighNeeds, 70), new PpiTarget(2027, PpiGroup.Aggregate, 78)], saved.PpiTargets);
        var overview = await manager.GetPageAsync($"/plans/{planId}");
        Assert.Equal(["2026–27, aggregate: PPI 75", "2026–27, high needs students: PPI 70", "2027–28, aggregate: PPI 78"],
            overview.QuerySelectorAll("#final-outcomes .ppi-target-list li").Select(li => li.TextContent));
        Assert.Contains(overview.QuerySelectorAll(".readiness-list li"), li => li.TextContent.Contains("high needs students PPI target for 2027–28", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task A_plan_manager_starts_a_plan_and_writes_it_through_the_forms()
    {
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var districtId = await app.DistrictIdAsync(Demo.District);

        var started = await manager.SubmitAsync(await manager.GetPageAsync($"/districts/{districtId}/plans/new"), Form,
            new() { ["Title"] = "Second Riverton plan", ["FirstSchoolYear"] = "2027", ["LastSchoolYear"] = "2028" });
        var planUrl = started.Headers.Location!.OriginalString;
        await manager.SubmitAsync(await manager.GetPageAsync(planUrl + "/section-1"), Form,
            new() { ["KeyIssues"] = "Inconsistent Tier 1 instruction.", ["TheoryOfAction"] = "If we…, then…" });
        await manager.SubmitAsync(await manager.GetPageAsync(planUrl + "/objectives/add"), Form, new() { ["Statement"] = "First objective", ["Lead"] = "A. Lead" });
        await manager.SubmitAsync(await manager.GetPageAsync(planUrl + "/objectives/add"), Form, new() { ["Statement"] = "Second objective" });
        var plan = await PlanAsync(planUrl);
        var second = plan.Objectives[1];
        var added = await manager.SubmitAsync(await manager.GetPageAsync($"{planUrl}/objectives/{second.Id}/initiatives/add"), Form,
            new() { ["Description"] = "An initiative", ["Lead"] = "B. Lead" });

        var sheet = await manager.GetPageAsync(added.Headers.Location!.OriginalString);
        Assert.Equal("Initiative Strategy Sheet 2.1", sheet.QuerySelector("h1")!.TextContent);
        var overview = await manager.GetPageAsync(planUrl);
        Assert.Contains("Objective 2: Second objective", overview.QuerySelector("#objectives")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Inconsistent Tier 1 instruction.", overview.QuerySelector("#section-1")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_readiness_panel_lists_what_stops_submission_with_links_to_the_place_to_fix_it()
    {
        var planId = await app.AddPlanAsync(p => p.AddObjective("Only objective", null));
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var panel = (await manager.GetPageAsync($"/plans/{planId}")).QuerySelector(".readiness")!;

        var links = panel.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(links, l => l.TextContent.Contains("at least 3 strategic objectives", StringComparison.Ordinal) && l.Item2 == $"/plans/{planId}/objectives/add");
        Assert.Contains(links, l => l.Item2 == $"/plans/{planId}/section-1");
        Assert.Contains(links, l => l.Item2 == $"/plans/{planId}/final-outcomes/add");
        Assert.DoesNotContain("Ready for submission", panel.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_draft_of_the_demo_plan_is_ready_for_submission()
    {
        var planId = await app.AddReadyPlanAsync();
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);

        var page = await monitor.GetPageAsync($"/plans/{planId}");

        Assert.Contains("Ready for submission", page.QuerySelector(".readiness")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("a[href$='/edit'], a[href$='/add']"));
    }

    [DbFact]
    public async Task Bad_input_gets_messages_next_to_the_fields_and_keeps_what_was_typed()
    {
        var planId = await app.AddPlanAsync(p => p.AddInitiative(p.AddObjective("Objective", null).Id, "Initiative", null, null));
        var initiativeId = (await PlanAsync($"/plans/{planId}")).Objectives[0].Initiatives[0].Id;
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var activity = await TestClient.ParseAsync(await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/initiatives/{initiativeId}/activities/add"), Form,
            new() { ["Quarter"] = "JanMarch", ["ActionStep"] = "Typed step", ["Start"] = "2027-03-01", ["End"] = "2027-01-15" }));
        var benchmark = await TestClient.ParseAsync(await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/initiatives/{initiativeId}/benchmarks/add"), Form,
            new() { ["Kind"] = "ShortTermOutcome", ["Description"] = string.Empty, ["Targets[0].Date"] = "2027-01-31", ["Targets[0].Value"] = "lots%", ["Targets[1].Value"] = "80%" }));

        Assert.Equal("The completion date must be on or after the start date.", activity.QuerySelector("#error-End")!.TextContent);
        Assert.Equal("Typed step", activity.QuerySelector<IHtmlTextAreaElement>("#ActionStep")!.Value);
        Assert.Equal("2027-03-01", activity.QuerySelector<IHtmlInputElement>("#Start")!.Value);
        Assert.Equal("Describe the benchmark.", benchmark.QuerySelector("#error-Description")!.TextContent);
        Assert.Equal("“lots%” is not a percentage between 0 and 100.", benchmark.QuerySelector("#error-Targets_0__Value")!.TextContent);
        Assert.Equal("Enter the date of this target.", benchmark.QuerySelector("#error-Targets_1__Date")!.TextContent);
        Assert.Equal("lots%", benchmark.QuerySelector<IHtmlInputElement>("#Targets_0__Value")!.Value);
        Assert.Empty((await PlanAsync($"/plans/{planId}")).Objectives[0].Initiatives[0].Activities);
    }

    [DbFact]
    public async Task A_narrative_over_its_limit_is_refused_with_a_message_and_kept_in_the_form()
    {
        var planId = await app.AddPlanAsync(_ => { });
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        // Five times the field's limit, within what a form field may carry (beyond that, see UnreadableFormTests).
        var huge = string.Concat(Enumerable.Repeat("word ", 20_000));

        var response = await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/section-1"), Form, new() { ["KeyIssues"] = huge });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.StartsWith("The explanation of key issues must be 20,000 characters or fewer", page.QuerySelector("#error-KeyIssues")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(huge.Length, page.QuerySelector<IHtmlTextAreaElement>("#KeyIssues")!.Value.Length);
    }

    [DbFact]
    public async Task Text_that_looks_like_html_is_stored_as_typed_and_shown_encoded()
    {
        var planId = await app.AddPlanAsync(_ => { });
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        const string script = "<script>alert('key issues')</script>";

        await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/section-1"), Form, new() { ["KeyIssues"] = script });

        var html = await (await manager.Http.GetAsync(new Uri($"/plans/{planId}", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.DoesNotContain(script, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;key issues&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(script, (await PlanAsync($"/plans/{planId}")).KeyIssues);
    }

    [DbFact]
    public async Task The_second_of_two_editors_of_an_objective_is_refused_and_keeps_their_input()
    {
        var planId = await app.AddPlanAsync(p => p.AddObjective("Original", null));
        var objectiveId = (await PlanAsync($"/plans/{planId}")).Objectives[0].Id;
        using var superintendent = await app.NewClient().SignedInAsAsync(Demo.Superintendent);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var first = await superintendent.GetPageAsync($"/plans/{planId}/objectives/{objectiveId}/edit");
        var second = await manager.GetPageAsync($"/plans/{planId}/objectives/{objectiveId}/edit");

        Assert.Equal(HttpStatusCode.Redirect, (await superintendent.SubmitAsync(first, Form, new() { ["Statement"] = "Saved first" })).StatusCode);
        var refused = await TestClient.ParseAsync(await manager.SubmitAsync(second, Form, new() { ["Statement"] = "Typed second" }));

        Assert.Contains("Someone else saved this part of the plan while you were editing", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Typed second", refused.QuerySelector<IHtmlTextAreaElement>("#Statement")!.Value);
        Assert.Equal("Saved first", (await PlanAsync($"/plans/{planId}")).Objectives[0].Statement);
    }

    [DbFact]
    public async Task Moving_an_objective_renumbers_its_initiatives_everywhere()
    {
        var planId = await app.AddPlanAsync(p =>
        {
            p.AddObjective("First", null);
            p.AddInitiative(p.AddObjective("Second", null).Id, "Initiative of the second", null, null);
        });
        var plan = await PlanAsync($"/plans/{planId}");
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        await manager.PostAsync($"/plans/{planId}/objectives/{plan.Objectives[1].Id}/move", new() { ["rank"] = "1" });

        var sheet = await manager.GetPageAsync($"/plans/{planId}/initiatives/{plan.Objectives[1].Initiatives[0].Id}");
        Assert.Equal("Initiative Strategy Sheet 1.1", sheet.QuerySelector("h1")!.TextContent);
        Assert.Contains("1. Second", sheet.QuerySelector(".strategy-sheet")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_strategy_sheet_and_its_forms_use_the_templates_own_words_as_the_pdf_does()
    {
        var planId = await app.AddPlanAsync(p =>
        {
            var initiative = p.AddInitiative(p.AddObjective("Literacy", null).Id, "Coaching", null, null);
            p.AddActivity(initiative.Id, Quarter.SeptDec, "Train coaches", "Ana Ruiz", new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1), null);
        });
        var plan = await PlanAsync($"/plans/{planId}");
        var initiativeId = plan.Objectives[0].Initiatives[0].Id;
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var sheet = (await manager.GetPageAsync($"/plans/{planId}/initiatives/{initiativeId}")).QuerySelector("main")!.TextContent;
        var labels = new[]
        {
            StrategySheetLabels.Objective, StrategySheetLabels.ObjectiveLead, StrategySheetLabels.Initiative, StrategySheetLabels.InitiativeLead,
            StrategySheetLabels.ShortTermOutcomes, StrategySheetLabels.EarlyEvidence, StrategySheetLabels.KeyResources, StrategySheetLabels.Activities,
            StrategySheetLabels.WhoLeads, StrategySheetLabels.Start, StrategySheetLabels.Complete,
        };
        Assert.All(labels, label => Assert.Contains(label, sheet, StringComparison.Ordinal));
        var activityForm = (await manager.GetPageAsync($"/plans/{planId}/initiatives/{initiativeId}/activities/add")).QuerySelector("main form[method=post]")!.TextContent;
        Assert.Contains(StrategySheetLabels.WhoLeads, activityForm, StringComparison.Ordinal);
        Assert.Contains(StrategySheetLabels.Start, activityForm, StringComparison.Ordinal);
        Assert.Contains(StrategySheetLabels.Complete, activityForm, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_sixth_objective_is_refused_with_the_rule()
    {
        var planId = await app.AddPlanAsync(p =>
        {
            for (var i = 1; i <= Plan.MaxObjectives; i++)
            {
                p.AddObjective($"Objective {i}", null);
            }
        });
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);

        var page = await TestClient.ParseAsync(await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/objectives/add"), Form, new() { ["Statement"] = "Sixth" }));

        Assert.Contains("A plan has at most 5 strategic objectives.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Sixth", page.QuerySelector<IHtmlTextAreaElement>("#Statement")!.Value);
    }

    [DbFact]
    public async Task Every_change_is_in_the_history_that_ese_staff_read()
    {
        var planId = await app.AddPlanAsync(p => p.AddObjective("Before", null));
        var objectiveId = (await PlanAsync($"/plans/{planId}")).Objectives[0].Id;
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/objectives/{objectiveId}/edit"), Form, new() { ["Statement"] = "After" });
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        var history = (await ese.GetPageAsync($"/plans/{planId}/history")).QuerySelector("tbody")!.TextContent;

        Assert.Contains("Priya Natarajan", history, StringComparison.Ordinal);
        Assert.Contains("Changed: Objective 1", history, StringComparison.Ordinal);
        Assert.Contains("Strategic objective: “Before” → “After”", history, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_plan_page_costs_the_same_number_of_queries_for_a_small_and_a_large_plan()
    {
        var small = await app.AddPlanAsync(p => Fill(p, objectives: 1, initiatives: 1));
        var large = await app.AddPlanAsync(p => Fill(p, objectives: 5, initiatives: 5));
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);

        var smallSheet = $"/plans/{small}/initiatives/{(await PlanAsync($"/plans/{small}")).Objectives[0].Initiatives[0].Id}";
        var largeSheet = $"/plans/{large}/initiatives/{(await PlanAsync($"/plans/{large}")).Objectives[4].Initiatives[4].Id}";

        var (smallOverview, largeOverview) = (await CommandsForAsync(monitor, $"/plans/{small}"), await CommandsForAsync(monitor, $"/plans/{large}"));
        var (smallSheetCount, largeSheetCount) = (await CommandsForAsync(monitor, smallSheet), await CommandsForAsync(monitor, largeSheet));

        Assert.Equal(smallOverview, largeOverview);
        Assert.Equal(smallSheetCount, largeSheetCount);
        // The plan's header (to authorize), the plan (split queries; a draft's whole, for its readiness), its district, its
        // District Review findings, where it stands (reviews, comments) and the notification badge.
        Assert.InRange(largeOverview, 1, 22);
    }

    [DbFact]
    public async Task Pages_that_show_none_of_the_plans_content_never_load_its_items()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);

        // (The self-assessment page outlines the plan beside the questions, so it reads the plan's items.)
        foreach (var url in new[] { $"/plans/{planId}/versions", $"/plans/{planId}/versions/1/pdf" })
        {
            await CommandsForAsync(monitor, url);
            Assert.DoesNotContain(app.Commands.Texts, sql => sql.Contains("\"Objectives\"", StringComparison.Ordinal) || sql.Contains("\"Initiatives\"", StringComparison.Ordinal));
        }

        // The overview shows the content, so it does load it: the check above can tell.
        await CommandsForAsync(monitor, $"/plans/{planId}");
        Assert.Contains(app.Commands.Texts, sql => sql.Contains("\"Objectives\"", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task A_strategy_sheet_reads_the_benchmarks_and_activities_of_its_own_initiative_alone()
    {
        var planId = await app.AddPlanAsync(p => Fill(p, objectives: 2, initiatives: 2));
        var initiativeId = (await PlanAsync($"/plans/{planId}")).Objectives[1].Initiatives[0].Id;
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);

        await CommandsForAsync(monitor, $"/plans/{planId}/initiatives/{initiativeId}");

        var itemReads = app.Commands.Texts.Where(sql => sql.Contains("\"Benchmarks\"", StringComparison.Ordinal) || sql.Contains("\"Activities\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(itemReads);
        Assert.All(itemReads, sql => Assert.Contains("\"InitiativeId\" = @", sql, StringComparison.Ordinal));
    }

    [DbFact]
    public async Task The_overview_of_an_approved_plan_reads_no_benchmarks_or_activities_and_a_draft_plans_does_for_its_readiness()
    {
        var approved = await app.AddReviewedPlanAsync();
        var draft = await app.AddPlanAsync(p => Fill(p, objectives: 1, initiatives: 1));
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);

        await CommandsForAsync(monitor, $"/plans/{approved}");
        Assert.DoesNotContain(app.Commands.Texts, ReadsItems);

        await CommandsForAsync(monitor, $"/plans/{draft}");
        Assert.Contains(app.Commands.Texts, ReadsItems);

        static bool ReadsItems(string sql) =>
            sql.Contains("\"Benchmarks\"", StringComparison.Ordinal) || sql.Contains("\"Activities\"", StringComparison.Ordinal);
    }

    /// <summary>
    /// The statements of one request for <paramref name="url"/>, its first in the person's session (the overview reuses the
    /// body it rendered for the same reader, ReusedOverviewTests), after a request to another page has put the session in use.
    /// </summary>
    private async Task<int> CommandsForAsync(TestClient client, string url)
    {
        await client.GetPageAsync("/");
        app.Commands.Reset();
        await client.GetPageAsync(url);
        return app.Commands.Count;
    }

    private static void Fill(Plan plan, int objectives, int initiatives)
    {
        for (var o = 0; o < objectives; o++)
        {
            var objective = plan.AddObjective($"Objective {o}", "Lead");
            for (var i = 0; i < initiatives; i++)
            {
                var initiative = plan.AddInitiative(objective.Id, $"Initiative {o}.{i}", "Lead", "Resources");
                foreach (var kind in new[] { BenchmarkKind.EarlyEvidenceOfChange, BenchmarkKind.ShortTermOutcome })
                {
                    plan.AddBenchmark(initiative.Id, kind, "Benchmark", "Measure", "Evidence", "monthly",
                        [(new DateOnly(2026, 11, 1), "60%"), (new DateOnly(2027, 1, 31), "80%"), (new DateOnly(2027, 5, 31), "90%")]);
                }

                for (var a = 0; a < 4; a++)
                {
                    plan.AddActivity(initiative.Id, Quarter.SeptDec, $"Activity {a}", "Lead", new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 15), null);
                }
            }
        }

        plan.AddFinalOutcome("Outcome", "MCAS", "PPI 75", new DateOnly(2027, 8, 31));
    }

    private Task<Plan> PlanAsync(string planUrl)
    {
        var id = Guid.Parse(planUrl.Split('/')[2]);
        return app.WithDbAsync(async db => await db.Plans
            .Include(p => p.Objectives).ThenInclude(o => o.Initiatives).ThenInclude(i => i.Activities)
            .AsSplitQuery().AsNoTracking().SingleAsync(p => p.Id == id));
    }
}

public sealed class PlanAuthoringOnSqlite(SqliteApp app) : PlanAuthoringTests(app), IClassFixture<SqliteApp>;

public sealed class PlanAuthoringOnPostgres(PostgresApp app) : PlanAuthoringTests(app), IClassFixture<PostgresApp>;

public sealed class PlanAuthoringOnSqlServer(SqlServerApp app) : PlanAuthoringTests(app), IClassFixture<SqlServerApp>;
