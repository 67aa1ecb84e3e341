using Aip.Domain.Districts;
using Aip.Domain.Plans;
using Aip.Domain.Tests.Plans;
using Aip.Domain.Versions;

namespace Aip.Domain.Tests.Versions;

/// <summary>
/// Each test freezes a ready plan (3 objectives of 2 initiatives, see <see cref="PlanBuilder"/>), changes the plan
/// through its own methods, freezes it again and compares the two versions.
/// </summary>
public class PlanDiffTests
{
    private static readonly DateOnly November = new(2026, 11, 30);
    private static readonly DateOnly January = new(2027, 1, 31);
    private static readonly DateOnly May = new(2027, 5, 31);

    [Fact]
    public void Two_versions_with_the_same_content_have_no_differences()
    {
        var plan = PlanBuilder.Ready();

        var diff = PlanDiff.Compare(PlanContent.Of(plan), PlanContent.Of(plan));

        Assert.True(diff.IsEmpty);
        Assert.Empty(diff.Groups);
        Assert.Empty(diff.Entries);
    }

    [Fact]
    public void Changed_plan_details_list_the_title_and_school_years()
    {
        var diff = Compare(plan => plan.UpdateDetails("Riverton AIP, amended", 2026, 2028));

        var entry = Assert.Single(Assert.Single(diff.Groups, g => g.Title == "Plan details").Entries);
        Assert.Equal((DiffItem.PlanDetails, "Plan details", DiffChange.Changed, (Guid?)null), (entry.Item, entry.Label, entry.Change, entry.Id));
        Assert.Equal(
            [("Title", "Riverton Accelerated Improvement Plan", "Riverton AIP, amended"), ("School years", "2026–2028", "2026–2029")],
            Fields(entry));
    }

    [Fact]
    public void A_changed_section_1_lists_only_the_fields_that_changed()
    {
        var diff = Compare(plan => plan.UpdateSection1(plan.KeyIssues, "If leaders coach teachers,\nthen instruction improves.", plan.WhyTheseObjectives));

        var group = Assert.Single(diff.Groups);
        Assert.Equal("Section 1: Explanation of key issues", group.Title);
        var entry = Assert.Single(group.Entries);
        Assert.Equal((DiffItem.Section1, "Section 1", DiffChange.Changed), (entry.Item, entry.Label, entry.Change));
        Assert.Equal(
            [("Theory of action", "If teachers plan together from student work, then instruction improves and reading results rise.", "If leaders coach teachers,\nthen instruction improves.")],
            Fields(entry));
    }

    [Fact]
    public void Section_1_text_that_is_cleared_shows_no_new_value()
    {
        var diff = Compare(plan => plan.UpdateSection1(plan.KeyIssues, plan.TheoryOfAction, null));

        var field = Assert.Single(Assert.Single(diff.Entries).Fields);
        Assert.Equal(("Why these strategic objectives", (string?)null), (field.Field, field.New));
        Assert.NotNull(field.Old);
    }

    [Fact]
    public void A_changed_objective_lists_its_statement_and_overall_lead()
    {
        var diff = Compare(plan => plan.UpdateObjective(plan.Objectives[1].Id, "Every classroom uses data", "Dana Ortiz"));

        var group = Assert.Single(diff.Groups);
        Assert.Equal("Objective 2: Every classroom uses data", group.Title);
        var entry = Assert.Single(group.Entries);
        Assert.Equal((DiffItem.Objective, "Objective 2", DiffChange.Changed, 0, (Guid?)null), (entry.Item, entry.Label, entry.Change, entry.Depth, entry.ParentId));
        Assert.Equal([("Strategic objective", "Objective statement 2", "Every classroom uses data"), ("Overall lead", "Objective lead 2", "Dana Ortiz")], Fields(entry));
    }

    [Fact]
    public void An_added_objective_is_listed_with_everything_in_it()
    {
        Initiative? added = null;
        var diff = Compare(plan =>
        {
            var objective = plan.AddObjective("Family engagement", null);
            added = PlanBuilder.AddCompleteInitiative(plan, objective.Id);
        });

        var group = Assert.Single(diff.Groups);
        Assert.Equal("Objective 4: Family engagement", group.Title);
        Assert.Equal(
            [
                "Added Objective 4",
                "Added Initiative 4.1",
                $"Added Early evidence of change of initiative 4.1: {PlanBuilder.EarlyEvidence}",
                $"Added Short-term outcome of initiative 4.1: {PlanBuilder.ShortTermOutcome}",
                $"Added Activity of initiative 4.1: {PlanBuilder.ActionStep}",
            ],
            Summaries(diff));
        Assert.Equal([("Strategic objective", null, "Family engagement")], Fields(group.Entries[0]));
        Assert.Equal(
            [("Initiative", null, "Common planning time on student work"), ("Initiative lead", null, "Initiative lead"), ("Key resources", null, "Two coaches; release time")],
            Fields(group.Entries[1]));
        Assert.Equal((1, group.Entries[0].Id), (group.Entries[1].Depth, group.Entries[1].ParentId));
        Assert.All(group.Entries.Skip(2), e => Assert.Equal((2, added!.Id), (e.Depth, e.ParentId)));
    }

    [Fact]
    public void A_removed_objective_is_listed_where_it_was_and_the_objectives_after_it_are_renumbered()
    {
        var diff = Compare(plan => plan.RemoveObjective(plan.Objectives[0].Id));

        Assert.Equal(
            ["Objective 1 (removed): Objective statement 1", "Objective 1: Objective statement 2", "Objective 2: Objective statement 3"],
            diff.Groups.Select(g => g.Title));
        var removed = diff.Groups[0].Entries;
        Assert.Equal(
            ["Removed Objective 1", "Removed Initiative 1.1"],
            removed.Take(2).Select(Summary));
        Assert.Equal([("Strategic objective", "Objective statement 1", null), ("Overall lead", "Objective lead 1", null)], Fields(removed[0]));
        Assert.All(removed, e => Assert.Equal(DiffChange.Removed, e.Change));
        Assert.Equal(9, removed.Count); // the objective, and 2 initiatives with 2 benchmarks and an activity each
        Assert.Equal(
            ["Changed Objective 1", "Changed Initiative 1.1", "Changed Initiative 1.2"],
            diff.Groups[1].Entries.Select(Summary));
        Assert.Equal([("Number", "2", "1")], Fields(diff.Groups[1].Entries[0]));
        Assert.Equal([("Number", "2.2", "1.2")], Fields(diff.Groups[1].Entries[2]));
    }

    [Fact]
    public void A_changed_initiative_lists_its_changed_fields_under_its_objective()
    {
        var diff = Compare(plan => plan.UpdateInitiative(plan.Objectives[1].Initiatives[0].Id, "Common planning time on student work", "Sam Lee", null));

        var group = Assert.Single(diff.Groups);
        Assert.Equal("Objective 2: Objective statement 2", group.Title);
        var entry = Assert.Single(group.Entries);
        Assert.Equal((DiffItem.Initiative, "Initiative 2.1", DiffChange.Changed, 1), (entry.Item, entry.Label, entry.Change, entry.Depth));
        Assert.Equal([("Initiative lead", "Initiative lead", "Sam Lee"), ("Key resources", "Two coaches; release time", null)], Fields(entry));
    }

    [Fact]
    public void A_renumbered_initiative_counts_as_changed()
    {
        var diff = Compare(plan => plan.MoveInitiative(plan.Objectives[1].Initiatives[1].Id, 1));

        Assert.Equal(["Changed Initiative 2.1", "Changed Initiative 2.2"], Summaries(diff));
        Assert.Equal([("Number", "2.2", "2.1")], Fields(diff.Entries[0]));
        Assert.Equal([("Number", "2.1", "2.2")], Fields(diff.Entries[1]));
    }

    [Fact]
    public void Moving_an_objective_renumbers_it_and_its_initiatives_but_their_benchmarks_stay_unchanged()
    {
        var diff = Compare(plan => plan.MoveObjective(plan.Objectives[2].Id, 1));

        Assert.Equal(
            [
                "Changed Objective 1", "Changed Initiative 1.1", "Changed Initiative 1.2",
                "Changed Objective 2", "Changed Initiative 2.1", "Changed Initiative 2.2",
                "Changed Objective 3", "Changed Initiative 3.1", "Changed Initiative 3.2",
            ],
            Summaries(diff));
        Assert.Equal([("Number", "3", "1")], Fields(diff.Entries[0]));
        Assert.Equal([("Number", "3.1", "1.1")], Fields(diff.Entries[1]));
    }

    [Fact]
    public void Removed_and_added_initiatives_keep_the_newer_order_with_the_removed_one_where_it_was()
    {
        var plan = new PlanBuilder().WithInitiativesPerObjective(3).Build();
        var older = PlanContent.Of(plan);
        var objective = plan.Objectives[0];
        plan.RemoveInitiative(objective.Initiatives[1].Id);
        plan.AddInitiative(objective.Id, "Summer bridge", null, null);

        var diff = PlanDiff.Compare(older, PlanContent.Of(plan));

        Assert.Equal(
            [
                "Removed Initiative 1.2",
                $"Removed Early evidence of change of initiative 1.2: {PlanBuilder.EarlyEvidence}",
                $"Removed Short-term outcome of initiative 1.2: {PlanBuilder.ShortTermOutcome}",
                $"Removed Activity of initiative 1.2: {PlanBuilder.ActionStep}",
                "Changed Initiative 1.2",
                "Added Initiative 1.3",
            ],
            Summaries(diff));
        Assert.Equal([("Number", "1.3", "1.2")], Fields(diff.Entries[4]));
        Assert.Equal([("Initiative", null, "Summer bridge")], Fields(diff.Entries[5]));
    }

    [Fact]
    public void An_item_removed_first_in_its_list_is_listed_first()
    {
        var diff = Compare(plan =>
        {
            plan.RemoveFinalOutcome(plan.FinalOutcomes[0].Id);
            plan.AddFinalOutcome("Attendance rises", null, null, new DateOnly(2028, 6, 30));
        });

        Assert.Equal(["Removed Final outcome: Grade 3-8 ELA proficiency rises", "Added Final outcome: Attendance rises"], Summaries(diff));
    }

    [Fact]
    public void An_initiative_moved_to_another_objective_is_changed_under_its_new_objective()
    {
        // The plan has no step that moves an initiative between objectives, but ids would allow a version to.
        var plan = PlanBuilder.Ready();
        var older = PlanContent.Of(plan);
        var moving = older.Objectives[0].Initiatives[1];
        var newer = older with
        {
            Objectives =
            [
                older.Objectives[0] with { Initiatives = [older.Objectives[0].Initiatives[0]] },
                older.Objectives[1] with { Initiatives = [.. older.Objectives[1].Initiatives, moving with { Number = "2.3" }] },
                older.Objectives[2],
            ],
        };

        var diff = PlanDiff.Compare(older, newer);

        var group = Assert.Single(diff.Groups);
        Assert.Equal("Objective 2: Objective statement 2", group.Title);
        var entry = Assert.Single(group.Entries);
        Assert.Equal(("Initiative 2.3", DiffChange.Changed, older.Objectives[1].Id), (entry.Label, entry.Change, entry.ParentId));
        Assert.Equal([("Number", "1.2", "2.3"), ("Belongs to", "Objective 1", "Objective 2")], Fields(entry));
    }

    [Fact]
    public void A_changed_benchmark_lists_its_changed_fields()
    {
        var diff = Compare(plan =>
        {
            var benchmark = plan.Objectives[0].Initiatives[0].Benchmarks[1];
            plan.UpdateBenchmark(
                benchmark.Id, BenchmarkKind.ShortTermOutcome, "Interim results rise", benchmark.Measure, "MCAS item analysis", null,
                benchmark.Targets.Select(t => new TargetEntry(t.Date, t.Value, t.Id)));
        });

        var entry = Assert.Single(diff.Entries);
        Assert.Equal((DiffItem.Benchmark, "Short-term outcome of initiative 1.1: Interim results rise", DiffChange.Changed, 2), (entry.Item, entry.Label, entry.Change, entry.Depth));
        Assert.Equal(
            [
                ("Benchmark", PlanBuilder.ShortTermOutcome, "Interim results rise"),
                ("Evidence", "District interim assessment reports", "MCAS item analysis"),
                ("Frequency", "quarterly", null),
            ],
            Fields(entry));
    }

    [Fact]
    public void A_benchmark_that_changes_kind_lists_its_type()
    {
        var diff = Compare(plan => ChangeFirstBenchmark(plan, kind: BenchmarkKind.ShortTermOutcome));

        Assert.Equal([("Type", "Early evidence of change", "Short-term outcome")], Fields(Assert.Single(diff.Entries)));
    }

    [Fact]
    public void A_target_whose_date_moves_is_matched_by_its_id_and_reads_as_changed()
    {
        var diff = Compare(plan =>
        {
            var targets = plan.Objectives[0].Initiatives[0].Benchmarks[0].Targets;
            ChangeFirstBenchmark(plan, targets:
            [
                new(targets[0].Date.AddDays(-15), targets[0].Value, targets[0].Id),
                new(targets[1].Date, targets[1].Value, targets[1].Id),
                new(targets[2].Date, "95%", targets[2].Id),
            ]);
        });

        Assert.Equal(
            [
                ("Target", "60% by 30 November 2026", "60% by 15 November 2026"),
                ("Target", "90% by 31 May 2027", "95% by 31 May 2027"),
            ],
            Fields(Assert.Single(diff.Entries)));
    }

    [Fact]
    public void Versions_frozen_before_targets_kept_their_ids_are_still_matched_by_date()
    {
        var plan = PlanBuilder.Ready();
        var older = PlanContent.Of(plan);
        var withoutIds = older with
        {
            Objectives = [.. older.Objectives.Select(o => o with
            {
                Initiatives = [.. o.Initiatives.Select(i => i with
                {
                    Benchmarks = [.. i.Benchmarks.Select(b => b with { Targets = [.. b.Targets.Select(t => t with { Id = null })] })],
                })],
            })],
        };

        Assert.Empty(PlanDiff.Compare(withoutIds, PlanContent.Of(plan)).Entries);
    }

    [Fact]
    public void Target_changes_are_shown_one_a_row_in_date_order()
    {
        var diff = Compare(plan => ChangeFirstBenchmark(plan, targets: [(November, "65%"), (May, "90%"), (new DateOnly(2027, 3, 31), "85%")]));

        var entry = Assert.Single(diff.Entries);
        Assert.Equal($"Early evidence of change of initiative 1.1: {PlanBuilder.EarlyEvidence}", entry.Label);
        Assert.Equal(
            [
                ("Target", "60% by 30 November 2026", "65% by 30 November 2026"),
                ("Target", "80% by 31 January 2027", null),
                ("Target", null, "85% by 31 March 2027"),
            ],
            Fields(entry));
    }

    [Fact]
    public void Two_targets_on_one_date_are_compared_by_value()
    {
        var diff = Compare(
            plan => ChangeFirstBenchmark(plan, targets: [(January, "45% aggregate"), (January, "35% high needs")]),
            plan => ChangeFirstBenchmark(plan, targets: [(January, "35% high needs"), (January, "40% aggregate")]));

        Assert.Equal(
            [("Target", "45% aggregate by 31 January 2027", null), ("Target", null, "40% aggregate by 31 January 2027")],
            Fields(Assert.Single(diff.Entries)));
    }

    [Fact]
    public void The_same_targets_in_another_order_are_no_change()
    {
        var diff = Compare(plan => ChangeFirstBenchmark(plan, targets: [(May, "90%"), (November, "60%"), (January, "80%")]));

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void Added_and_removed_benchmarks_show_their_values_and_targets()
    {
        var diff = Compare(plan =>
        {
            var initiative = plan.Objectives[2].Initiatives[1];
            plan.RemoveBenchmark(initiative.Benchmarks[1].Id);
            plan.AddBenchmark(initiative.Id, BenchmarkKind.ShortTermOutcome, "Attendance rises", null, null, null, [(May, "95%")]);
        });

        Assert.Equal(
            [$"Removed Short-term outcome of initiative 3.2: {PlanBuilder.ShortTermOutcome}", "Added Short-term outcome of initiative 3.2: Attendance rises"],
            Summaries(diff));
        Assert.Equal(
            [
                ("Type", "Short-term outcome", null),
                ("Benchmark", PlanBuilder.ShortTermOutcome, null),
                ("Measure", "Share of students at benchmark on the interim assessment", null),
                ("Evidence", "District interim assessment reports", null),
                ("Frequency", "quarterly", null),
                ("Target", "45% by 31 January 2027", null),
                ("Target", "55% by 15 June 2027", null),
            ],
            Fields(diff.Entries[0]));
        Assert.Equal([("Type", null, "Short-term outcome"), ("Benchmark", null, "Attendance rises"), ("Target", null, "95% by 31 May 2027")], Fields(diff.Entries[1]));
    }

    [Fact]
    public void A_removed_activity_is_named_by_the_newer_number_of_its_initiative_it_is_listed_under()
    {
        var diff = Compare(plan =>
        {
            var initiative = plan.Objectives[0].Initiatives[1];
            plan.RemoveActivity(initiative.Activities[0].Id);
            plan.MoveInitiative(initiative.Id, 1);
        });

        Assert.Equal(
            ["Changed Initiative 1.1", $"Removed Activity of initiative 1.1: {PlanBuilder.ActionStep}", "Changed Initiative 1.2"],
            Summaries(diff));
    }

    [Fact]
    public void A_changed_activity_lists_its_fields_as_the_template_names_them()
    {
        var diff = Compare(plan =>
        {
            var activity = plan.Objectives[0].Initiatives[1].Activities[0];
            plan.UpdateActivity(activity.Id, Quarter.JanMarch, activity.ActionStep, "Principal", new DateOnly(2027, 1, 11), new DateOnly(2027, 3, 26), activity.Frequency);
        });

        var entry = Assert.Single(diff.Entries);
        Assert.Equal((DiffItem.Activity, $"Activity of initiative 1.2: {PlanBuilder.ActionStep}", 2), (entry.Item, entry.Label, entry.Depth));
        Assert.Equal(
            [
                ("Quarter", "Sept–Dec", "Jan–March"),
                ("Who will Lead?", "Literacy coach", "Principal"),
                ("When will it Start?", "8 September 2026", "11 January 2027"),
                ("When will it be Complete?", "18 December 2026", "26 March 2027"),
            ],
            Fields(entry));
    }

    [Fact]
    public void Added_and_removed_activities_are_listed_after_the_benchmarks_of_their_initiative()
    {
        Guid initiativeId = default;
        var diff = Compare(plan =>
        {
            var initiative = plan.Objectives[0].Initiatives[0];
            initiativeId = initiative.Id;
            plan.RemoveActivity(initiative.Activities[0].Id);
            plan.AddActivity(initiative.Id, Quarter.AprilJune, "Review the year", null, new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 10), null);
            plan.UpdateInitiative(initiative.Id, "Common planning", initiative.Lead, initiative.KeyResources);
        });

        Assert.Equal(
            ["Changed Initiative 1.1", $"Removed Activity of initiative 1.1: {PlanBuilder.ActionStep}", "Added Activity of initiative 1.1: Review the year"],
            Summaries(diff));
        Assert.All(diff.Entries.Skip(1), e => Assert.Equal(initiativeId, e.ParentId));
        Assert.Equal(
            [("Quarter", null, "April–June"), ("Action step", null, "Review the year"), ("When will it Start?", null, "1 June 2027"), ("When will it be Complete?", null, "10 June 2027")],
            Fields(diff.Entries[2]));
    }

    [Fact]
    public void Final_outcomes_come_last_and_list_their_changed_fields()
    {
        var diff = Compare(plan =>
        {
            var outcome = plan.FinalOutcomes[0];
            plan.UpdateFinalOutcome(outcome.Id, outcome.Description, outcome.Measure, "PPI of 80 or more", outcome.Date);
            plan.UpdateObjective(plan.Objectives[2].Id, "Objective statement 3", "New lead");
        });

        Assert.Equal(["Objective 3: Objective statement 3", "Final outcomes"], diff.Groups.Select(g => g.Title));
        var entry = Assert.Single(diff.Groups[1].Entries);
        Assert.Equal((DiffItem.FinalOutcome, "Final outcome: Grade 3-8 ELA proficiency rises", DiffChange.Changed, 0), (entry.Item, entry.Label, entry.Change, entry.Depth));
        Assert.Equal([("Target", "PPI of 75 or more", "PPI of 80 or more")], Fields(entry));
    }

    [Fact]
    public void Groups_follow_the_template_order()
    {
        var diff = Compare(plan =>
        {
            plan.AddFinalOutcome("Attendance rises", null, null, new DateOnly(2028, 6, 30));
            plan.UpdateObjective(plan.Objectives[0].Id, "Changed", null);
            plan.UpdateSection1("Changed", plan.TheoryOfAction, plan.WhyTheseObjectives);
            plan.UpdateDetails("Changed", PlanBuilder.FirstYear, PlanBuilder.LastYear);
        });

        Assert.Equal(["Plan details", "Section 1: Explanation of key issues", "Objective 1: Changed", "Final outcomes"], diff.Groups.Select(g => g.Title));
        Assert.Equal(diff.Groups.SelectMany(g => g.Entries), diff.Entries);
    }

    [Fact]
    public void Labels_use_the_first_words_of_long_texts_on_one_line()
    {
        Assert.Equal("One two three four five six seven eight…", PlanDiff.FirstWords("One two three four five six seven eight nine"));
        Assert.Equal("One two three", PlanDiff.FirstWords("  One\ntwo   three "));
    }

    private static readonly FindingRef Leadership1 = new(Guid.NewGuid(), DistrictStandard.LeadershipAndGovernance, 1, "No shared vision.");
    private static readonly FindingRef Leadership2 = new(Guid.NewGuid(), DistrictStandard.LeadershipAndGovernance, 2, "Roles unclear.");
    private static readonly FindingRef Assessment1 = new(Guid.NewGuid(), DistrictStandard.Assessment, 1, "Data not used.");
    private static readonly FindingRef[] Findings = [Assessment1, Leadership2, Leadership1];
    private static readonly Guid[] FindingIds = [.. Findings.Select(f => f.Id)];

    [Fact]
    public void A_changed_finding_link_is_a_change_of_its_objective_naming_the_findings_as_the_findings_page_does()
    {
        var diff = CompareFindings(
            plan => plan.AddressFindings(plan.Objectives[0].Id, [Leadership1.Id], FindingIds),
            plan => plan.AddressFindings(plan.Objectives[0].Id, [Assessment1.Id, Leadership1.Id, Leadership2.Id], FindingIds));

        var entry = Assert.Single(diff.Entries);
        Assert.Equal((DiffItem.Objective, "Objective 1", DiffChange.Changed), (entry.Item, entry.Label, entry.Change));
        Assert.Equal(
            [(PlanDiff.FindingsField, "Leadership and Governance, finding 1",
                "Leadership and Governance, finding 1; Leadership and Governance, finding 2; Assessment, finding 1")],
            Fields(entry));
    }

    [Fact]
    public void A_finding_link_removed_from_an_initiative_is_a_change_of_that_initiative()
    {
        var diff = CompareFindings(
            plan => plan.AddressFindings(plan.Objectives[1].Initiatives[0].Id, [Assessment1.Id], FindingIds),
            plan => plan.AddressFindings(plan.Objectives[1].Initiatives[0].Id, [], FindingIds));

        var entry = Assert.Single(diff.Entries);
        Assert.Equal((DiffItem.Initiative, "Initiative 2.1", DiffChange.Changed), (entry.Item, entry.Label, entry.Change));
        Assert.Equal([(PlanDiff.FindingsField, "Assessment, finding 1", null)], Fields(entry));
    }

    [Fact]
    public void The_same_findings_in_another_order_are_no_change()
    {
        var diff = CompareFindings(
            plan => plan.AddressFindings(plan.Objectives[0].Id, [Leadership1.Id, Assessment1.Id], FindingIds),
            plan => plan.AddressFindings(plan.Objectives[0].Id, [Assessment1.Id, Leadership1.Id], FindingIds));

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void An_added_objective_lists_the_findings_it_addresses_and_a_withdrawn_finding_is_still_counted()
    {
        var withdrawn = Guid.NewGuid();
        var diff = CompareFindings(
            plan => plan.AddressFindings(plan.Objectives[0].Id, [withdrawn], [.. FindingIds, withdrawn]),
            plan =>
            {
                plan.AddressFindings(plan.Objectives[0].Id, [], FindingIds);
                var added = plan.AddObjective("Every student has an adult who knows them.", "Dana Cruz");
                plan.AddressFindings(added.Id, [Leadership2.Id], FindingIds);
            });

        Assert.Equal([(PlanDiff.FindingsField, PlanDiff.WithdrawnFinding, null)], Fields(Assert.Single(diff.Entries, e => e.Label == "Objective 1")));
        var added = Assert.Single(diff.Entries, e => e.Change == DiffChange.Added && e.Item == DiffItem.Objective);
        Assert.Contains((PlanDiff.FindingsField, null, "Leadership and Governance, finding 2"), Fields(added));
    }

    /// <summary>Sets a ready plan up, freezes it, changes it and compares the two versions, naming the findings.</summary>
    private static PlanDiff CompareFindings(Action<Plan> setUp, Action<Plan> change)
    {
        var plan = PlanBuilder.Ready();
        setUp(plan);
        var older = PlanContent.Of(plan);
        change(plan);
        return PlanDiff.Compare(older, PlanContent.Of(plan), Findings);
    }

    /// <summary>Freezes a ready plan, changes it and compares the two versions.</summary>
    private static PlanDiff Compare(Action<Plan> change) => Compare(_ => { }, change);

    /// <summary>Sets a ready plan up, freezes it, changes it and compares the two versions.</summary>
    private static PlanDiff Compare(Action<Plan> setUp, Action<Plan> change)
    {
        var plan = PlanBuilder.Ready();
        setUp(plan);
        var older = PlanContent.Of(plan);
        change(plan);
        return PlanDiff.Compare(older, PlanContent.Of(plan));
    }

    /// <summary>Changes the kind or the targets of the first benchmark of initiative 1.1 and keeps the rest.</summary>
    private static void ChangeFirstBenchmark(Plan plan, BenchmarkKind? kind = null, IEnumerable<TargetEntry>? targets = null)
    {
        var benchmark = plan.Objectives[0].Initiatives[0].Benchmarks[0];
        plan.UpdateBenchmark(
            benchmark.Id, kind ?? benchmark.Kind, benchmark.Description, benchmark.Measure, benchmark.Evidence, benchmark.Frequency,
            targets ?? benchmark.Targets.Select(t => new TargetEntry(t.Date, t.Value, t.Id)));
    }

    private static List<(string Field, string? Old, string? New)> Fields(DiffEntry entry) => [.. entry.Fields.Select(f => (f.Field, f.Old, f.New))];

    private static string Summary(DiffEntry entry) => $"{entry.Change} {entry.Label}";

    private static List<string> Summaries(PlanDiff diff) => [.. diff.Entries.Select(Summary)];
}
