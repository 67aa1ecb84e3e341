using Aip.Domain.Common;
using Aip.Domain.Districts;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Files;
using Aip.Documents;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Data;

/// <summary>
/// Fictional demo districts, accounts and plans for Development (README lists them), so that a newcomer sees the plan
/// workflow's states on first sign-in: Riverton's plan approved months ago and amended since, with two published Quarterly
/// Progress Reports and the current one in review, Lakeside's waiting for ESE's review, Brookfield's a year ahead with its
/// first year's Quarterly reports and Summative report published. Every step goes through the
/// domain's own methods, as the feature commands take it, at the instants of <see cref="DemoTimeline"/>. Seeding runs once:
/// it does nothing when any district already exists.
/// </summary>
public sealed class DemoData(AipDbContext db, UserManager<AipUser> users, TimeProvider clock, IFileStore files, IDocumentRenderer renderer)
{
    public const string Password = "demo-password-2026";

    /// <summary>
    /// The authenticator key of the demo ESE and monitor accounts, whose roles need a second factor: add it to an
    /// authenticator app, or read the code off the sign-in page, which shows it for demo accounts in Development only.
    /// </summary>
    public const string AuthenticatorKey = "AIPDEMOAIPDEMOAIPDEMOAIPDEMOAIPD";

    public const string RivertonCode = "RIV";
    public const string LakesideCode = "LAK";
    public const string BrookfieldCode = "BRK";

    /// <summary>Brookfield entered Level 4 a year before Riverton: its plan's first school year is over, its Summative report published.</summary>
    public const int BrookfieldPlanFirstSchoolYear = DemoPlanFirstSchoolYear - 1;
    public const int DemoPlanFirstSchoolYear = 2026;

    /// <summary>Lakeside entered Level 4 a year after Riverton: its one-year plan covers the school year after Riverton's first.</summary>
    public const int LakesidePlanSchoolYear = DemoPlanFirstSchoolYear + 1;

    // The guiding questions each district answered in its self-assessment (not all of them: every answer is optional).
    private static readonly Dictionary<int, string> RivertonAnswers = new()
    {
        [1] = "Yes. Section 1 names four issues from the District Review, and each objective answers one of them; principals who read the draft could say what changes in their school.",
        [6] = "Objective 1 changes every ELA and mathematics lesson from September: common expectations, one curriculum, and support for English learners and students with disabilities inside core lessons.",
        [10] = "Each benchmark names its measure, its evidence and dated targets. The learning-walk tool leaves little room for interpretation once raters are calibrated at the summer institute.",
        [13] = "The District Leadership Team's weekly routine, the benchmark dashboard and the aspiring-leaders cohort are meant to outlast this plan and its leaders.",
    };

    private static readonly Dictionary<int, string> BrookfieldAnswers = new()
    {
        [1] = "Yes: the plan is about early reading, and every objective serves it.",
        [6] = "One reading curriculum with daily phonics reaches every K-3 classroom in September, and the learning walks show by October whether lessons changed.",
    };

    private static readonly Dictionary<int, string> LakesideAnswers = new()
    {
        [1] = "Yes: the plan is about mathematics in grades 3-8, and about students with disabilities learning it with their classmates.",
        [2] = "One curriculum and a coach reach every mathematics classroom in September, and the monthly walkthroughs tell us by October whether lessons have changed.",
        [4] = "Principals piloted a one-page summary of the plan with their staff in the spring; every teacher could say which of the three objectives is theirs.",
        [7] = "From the first week a student with a disability in grade 6-8 is taught the grade-level unit in a co-taught class, not a slower curriculum apart.",
        [11] = "Yes, which is why each initiative has early evidence of change: the walkthroughs and lesson-plan reviews show whether the activities change practice.",
        [15] = "Teachers chose the curriculum on a committee, and the co-planning time is in the master schedule rather than taken from their own time.",
    };

    public async Task SeedAsync()
    {
        if (await db.Districts.AnyAsync())
        {
            return;
        }

        var timeline = new DemoTimeline(clock.GetUtcNow());
        var (riverton, lakeside, brookfield) = await AddDistrictsAsync();
        var people = await AddPeopleAsync(riverton, lakeside, brookfield);
        var rivertonPlan = await AddRivertonPlanAsync(riverton, people, timeline);
        await AddYearAsync(rivertonPlan, new DemoCast(people.RivertonSuperintendent, people.RivertonManager, people.Monitor, people.Ese), timeline);
        await AddLakesidePlanAsync(lakeside, people, timeline);
        await AddBrookfieldAsync(brookfield, people, timeline);
        await DemoNotifications.AddAsync(db, rivertonPlan.Id,
            new DemoActors(people.Ese.Id, people.Monitor.Id, people.RivertonManager.Id, people.LakesideSuperintendent.Id), timeline);
    }

    private async Task<(District Riverton, District Lakeside, District Brookfield)> AddDistrictsAsync()
    {
        var riverton = District.Create("Riverton Public Schools", RivertonCode, 4,
            "Fictional demo district. Entered Level 4 after its District Review; the Accelerated Improvement Plan covers two school years.");
        var lakeside = District.Create("Lakeside Regional School District", LakesideCode, 4,
            "Fictional demo district, in Level 4 a year after Riverton; its first plan is waiting for ESE's review. It also shows that district people see only their own district.");
        var brookfield = District.Create("Brookfield Public Schools", BrookfieldCode, 4,
            "Fictional demo district, in Level 4 a year before Riverton: the first year of its plan is over, with its Quarterly Progress Reports and the year's Summative report published. It has its own monitor.");
        db.Districts.AddRange(riverton, lakeside, brookfield);
        await db.SaveChangesAsync();
        return (riverton, lakeside, brookfield);
    }

    private async Task<DemoPeople> AddPeopleAsync(District riverton, District lakeside, District brookfield)
    {
        var people = new DemoPeople(
            Ese: await AddAsync("ese@demo.test", "Dana Whitfield", Role.EseStaff, null),
            Monitor: await AddAsync("monitor@demo.test", "Marcus Oyelaran", Role.PlanMonitor, null),
            RivertonSuperintendent: await AddAsync("superintendent@demo.test", "Dr. Elena Marquez", Role.Superintendent, riverton.Id),
            RivertonManager: await AddAsync("manager@demo.test", "Priya Natarajan", Role.PlanManager, riverton.Id),
            LakesideSuperintendent: await AddAsync("superintendent2@demo.test", "Thomas Byrne", Role.Superintendent, lakeside.Id),
            LakesideManager: await AddAsync("manager2@demo.test", "Aisha Rahman", Role.PlanManager, lakeside.Id),
            BrookfieldMonitor: await AddAsync("monitor2@demo.test", "Grace Whitman", Role.PlanMonitor, null),
            BrookfieldSuperintendent: await AddAsync("superintendent3@demo.test", "Dr. Samuel Okoro", Role.Superintendent, brookfield.Id));
        db.MonitorAssignments.Add(new MonitorAssignment(people.Monitor.Id, riverton.Id, clock.GetUtcNow()));
        db.MonitorAssignments.Add(new MonitorAssignment(people.BrookfieldMonitor.Id, brookfield.Id, clock.GetUtcNow()));
        await db.SaveChangesAsync();
        return people;
    }

    /// <summary>
    /// Riverton's plan (<see cref="DemoPlan"/>): self-assessed and submitted by the superintendent, rated by ESE with two
    /// comments pinned in place, approved as version 1, one comment resolved by the plan manager, then amendment 1 with
    /// its reason as version 2 (straight away, or once ESE approves it, as the district's setting says). Returned for
    /// what comes after the approval.
    /// </summary>
    private async Task<Plan> AddRivertonPlanAsync(District riverton, DemoPeople people, DemoTimeline timeline)
    {
        var findings = DemoReviewFindings.ForRiverton(riverton.Id, people.Ese, timeline.RivertonSubmitted.AddMonths(-4));
        db.ReviewFindings.AddRange(findings);
        var plan = DemoPlan.Build(riverton.Id, DemoPlanFirstSchoolYear);
        DemoReviewFindings.LinkRiverton(plan, findings);
        db.Plans.Add(plan);
        // Riverton rates itself a notch above ESE on tracking progress; ESE's reasons say why.
        AddSelfAssessment(plan, RivertonAnswers,
            [RubricRating.Strong, RubricRating.ReadyToImplement, RubricRating.Strong, RubricRating.Strong, RubricRating.ReadyToImplement]);
        plan.Submit(people.RivertonSuperintendent.Role, timeline.RivertonSubmitted);
        await SaveHistoryAsync();

        var review = PlanReview.Start(plan, people.Ese.Id, timeline.RivertonReviewStarted);
        db.PlanReviews.Add(review);
        review.Rate(RubricCriterion.ProvidesFocus, RubricRating.Strong,
            "Four objectives and ten initiatives, each traced to a finding of the District Review; the theory of action connects them.");
        review.Rate(RubricCriterion.AddressesSystemicRootCauses, RubricRating.ReadyToImplement,
            "Leadership turnover and weak data use are addressed directly; say how the principal pipeline is protected if turnover continues.");
        review.Rate(RubricCriterion.QuicklyTargetsInstructionalCore, RubricRating.Strong,
            "Common instructional expectations and curriculum reach classrooms in the first weeks, and monthly learning walks show whether they have.");
        review.Rate(RubricCriterion.UsefulForTrackingSufficiencyOfProgress, RubricRating.ReadyToImplement,
            "Benchmarks are dated and name their evidence; some first-year targets need a baseline from September data.");
        review.Rate(RubricCriterion.BuildsLongTermCapacity, RubricRating.ReadyToImplement,
            "The District Leadership Team routines and the aspiring-leaders cohort build capacity beyond the plan.");
        review.SetOverall(RubricRating.ReadyToImplement,
            "A focused, coherent plan. Implement it, and refine the benchmarks once the September baseline data are in.");
        var initiatives = plan.Objectives.SelectMany(o => o.Initiatives).ToList();
        var walks = initiatives[0].Benchmarks[0];
        var resolved = review.AddComment(new CommentPlace(CommentArea.Benchmark, walks.Id),
            "The 60% November target is ambitious against the District Review's baseline. Say how raters are calibrated, so that the monthly rates stay comparable.",
            people.Ese.Id, timeline.RivertonReviewStarted.AddDays(2));
        var homeVisits = HomeVisits(plan);
        var open = review.AddComment(new CommentPlace(CommentArea.Activity, homeVisits.Id),
            "Home visits start only in January: a student chronically absent in the autumn will have missed a term by then. Consider starting as soon as the September attendance data are in.",
            people.Ese.Id, timeline.RivertonReviewStarted.AddDays(3));
        db.ReviewComments.AddRange(resolved, open);
        db.PlanVersions.Add(plan.Approve(review, people.Ese, timeline.RivertonApproved));
        // The summer institute calibrates the learning-walk raters: the district answers the first comment.
        resolved.Resolve();
        await SaveHistoryAsync();

        var amendment = plan.StartAmendment(
            "September attendance data: 9% of students, and 14% at Riverton High School, were already chronically absent after six weeks. "
            + "As ESE's review suggested, the outreach workers' home visits start in October instead of January.",
            people.RivertonManager, timeline.RivertonAmendmentStarted);
        db.Amendments.Add(amendment);
        var octoberStart = new DateOnly(DemoPlanFirstSchoolYear, 10, 19);
        plan.UpdateActivity(homeVisits.Id, QuarterFacts.QuarterOf(octoberStart), homeVisits.ActionStep, homeVisits.Lead, octoberStart, homeVisits.End,
            "Weekly visit schedule from the first six weeks' attendance data; the outcome of each visit is logged in the student information system.");
        var version = plan.FinishAmendment(amendment, riverton.AmendmentsNeedEseApproval, people.RivertonManager, timeline.RivertonAmended)
            ?? plan.ApproveAmendment(amendment, people.Ese, timeline.RivertonAmended);
        db.PlanVersions.Add(version);
        await SaveHistoryAsync();
        return plan;
    }

    /// <summary>
    /// What follows an approved plan's approval up to today, as Riverton's demo has it: Highlight Discussions, their
    /// Minutes, evidence and the risk register; baselines, results and activity status; Quarterly Progress Reports drawn
    /// from those; continuum reflections and the road to exit.
    /// </summary>
    private async Task AddYearAsync(Plan plan, DemoCast cast, DemoTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(cast);
        await AddMonitoringAsync(plan, cast, timeline);
        await AddProgressAsync(plan, timeline);
        await AddReportsAsync(plan, cast, timeline);
    }

    /// <summary>
    /// A district as far on as Riverton, for the web benchmark's portfolio and the tests of pages across many districts:
    /// a copy of the demo plan, submitted, rated and approved by ESE, then <see cref="AddYearAsync"/> with people named
    /// after the district (not accounts). Saved without notifications, as the rest of the demo's history.
    /// </summary>
    public async Task<District> AddMonitoredDistrictAsync(string name, string code, Actor ese, Actor monitor, DemoTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(ese);
        ArgumentNullException.ThrowIfNull(timeline);
        var district = District.Create(name, code, 4, "A district added with the demo's year of monitoring.");
        db.Districts.Add(district);
        var plan = DemoPlan.Build(district.Id, DemoPlanFirstSchoolYear);
        db.Plans.Add(plan);
        plan.Submit(Role.Superintendent, timeline.RivertonSubmitted);
        var review = PlanReview.Start(plan, ese.Id, timeline.RivertonReviewStarted);
        db.PlanReviews.Add(review);
        foreach (var criterion in RubricCriterionFacts.All)
        {
            review.Rate(criterion, RubricRating.ReadyToImplement, "Ready to implement.");
        }

        review.SetOverall(RubricRating.ReadyToImplement, "Approved.");
        db.PlanVersions.Add(plan.Approve(review, ese, timeline.RivertonApproved));
        await SaveHistoryAsync();
        var cast = new DemoCast(
            new Actor(Guid.NewGuid(), Role.Superintendent, $"Superintendent of {name}"),
            new Actor(Guid.NewGuid(), Role.PlanManager, $"Plan Manager of {name}"), monitor, ese);
        await AddYearAsync(plan, cast, timeline);
        return district;
    }

    /// <summary>The plan's Highlight Discussions, their Minutes and the risk register since the approval (<see cref="DemoMonitoring"/>).</summary>
    private async Task AddMonitoringAsync(Plan plan, DemoCast cast, DemoTimeline timeline)
    {
        var evidence = await DemoEvidence.BuildAsync(plan, cast.Manager, timeline, files, renderer);
        db.EvidenceItems.AddRange(evidence);
        var records = DemoMonitoring.Build(plan, cast.Superintendent, cast.Manager, cast.Monitor, cast.Ese, timeline, evidence);
        db.HighlightDiscussions.AddRange(records.Discussions);
        db.Minutes.AddRange(records.Minutes);
        db.Risks.AddRange(records.Risks);
        db.EvidenceRequests.AddRange(records.Requests);
        db.MonitoringVisits.AddRange(records.Visits);
        await SaveHistoryAsync();
    }

    /// <summary>The plan's baselines, results, activity status and outcome actuals up to today (<see cref="DemoProgress"/>).</summary>
    private async Task AddProgressAsync(Plan plan, DemoTimeline timeline)
    {
        var records = DemoProgress.Build(plan, timeline);
        db.BenchmarkBaselines.AddRange(records.Baselines);
        db.BenchmarkResults.AddRange(records.Results);
        db.ActivityProgress.AddRange(records.Activities);
        db.OutcomeActuals.AddRange(records.Actuals);
        await SaveHistoryAsync();
    }

    /// <summary>
    /// The plan's Quarterly Progress Reports (<see cref="DemoReports"/>), drawn from what the steps before recorded: the plan's
    /// versions, the Minutes, the evidence and the results.
    /// </summary>
    private async Task AddReportsAsync(Plan plan, DemoCast cast, DemoTimeline timeline)
    {
        var sources = new DemoReportSources(
            await db.PlanVersions.Where(v => v.PlanId == plan.Id).OrderBy(v => v.Number).ToListAsync(),
            await db.Minutes.Where(m => m.PlanId == plan.Id).ToListAsync(),
            await db.EvidenceItems.Where(e => e.PlanId == plan.Id).ToListAsync(),
            await db.BenchmarkBaselines.Where(b => b.PlanId == plan.Id).ToListAsync(),
            await db.BenchmarkResults.Where(r => r.PlanId == plan.Id).ToListAsync());
        db.ProgressReports.AddRange(DemoReports.Build(plan, sources, cast.Monitor, cast.Ese, cast.Superintendent, timeline));
        await SaveHistoryAsync();
        db.ContinuumReflections.AddRange(DemoReflections.Build(plan.DistrictId, cast.Superintendent, cast.Manager, cast.Monitor, cast.Ese, timeline));
        await SaveHistoryAsync();
        var (years, evidence) = DemoExitCriteria.Build(plan.DistrictId, plan.FirstSchoolYear, cast.Ese,
            await db.ProgressReports.Where(r => r.DistrictId == plan.DistrictId).ToListAsync(), sources.Minutes, timeline);
        db.AchievementRecords.AddRange(years);
        db.ExitEvidence.AddRange(evidence);
        await SaveHistoryAsync();
    }

    /// <summary>
    /// Lakeside's plan (<see cref="LakesidePlan"/>): self-assessed and submitted by its superintendent without an autumn target
    /// for its coaching benchmark, rated Developing overall and returned by ESE with two comments, revised (the autumn target
    /// added, that comment resolved, the one on Section 1 left open) and submitted again: its second submission waits for ESE,
    /// whose review starts from the first review's ratings and shows what changed.
    /// </summary>
    private async Task AddLakesidePlanAsync(District lakeside, DemoPeople people, DemoTimeline timeline)
    {
        var findings = DemoReviewFindings.ForLakeside(lakeside.Id, people.Ese, timeline.LakesideFirstSubmitted.AddMonths(-4));
        db.ReviewFindings.AddRange(findings);
        var plan = LakesidePlan.Build(lakeside.Id, LakesidePlanSchoolYear);
        DemoReviewFindings.LinkLakeside(plan, findings);
        db.Plans.Add(plan);
        // Lakeside has not rated itself on building long-term capacity yet.
        AddSelfAssessment(plan, LakesideAnswers,
            [RubricRating.ReadyToImplement, RubricRating.Emerging, RubricRating.ReadyToImplement, RubricRating.ReadyToImplement, null]);

        // The first submission set the discourse benchmark's first target in February.
        var discourse = plan.Objectives.SelectMany(o => o.Initiatives).SelectMany(i => i.Benchmarks)
            .Single(b => b.Description.StartsWith("Students explain and compare", StringComparison.Ordinal));
        var autumn = discourse.Targets.OrderBy(t => t.Date).First();
        UpdateTargets(plan, discourse, discourse.Targets.Where(t => t != autumn).Select(t => new TargetEntry(t.Date, t.Value, t.Id)));
        plan.Submit(people.LakesideSuperintendent.Role, timeline.LakesideFirstSubmitted);
        await SaveHistoryAsync();

        var review = PlanReview.Start(plan, people.Ese.Id, timeline.LakesideReviewStarted);
        db.PlanReviews.Add(review);
        review.Rate(RubricCriterion.ProvidesFocus, RubricRating.ReadyToImplement,
            "Three objectives, all about mathematics in grades 3-8: a focused plan for one school year.");
        review.Rate(RubricCriterion.AddressesSystemicRootCauses, RubricRating.Emerging,
            "Curriculum, inclusion and data routines answer three of the District Review's findings; nothing answers the one on professional development for grades 6-8 mathematics teachers.");
        review.Rate(RubricCriterion.QuicklyTargetsInstructionalCore, RubricRating.ReadyToImplement,
            "The adopted curriculum and the coaching cycles reach classrooms in the first weeks of the year.");
        review.Rate(RubricCriterion.UsefulForTrackingSufficiencyOfProgress, RubricRating.Developing,
            "The coaching initiative's early evidence of change has no target before February: the district would learn halfway through the year whether coaching changes lessons.");
        review.Rate(RubricCriterion.BuildsLongTermCapacity, RubricRating.Emerging,
            "The coach is one new position funded for one year; say how the discourse routines outlast the grant.");
        review.SetOverall(RubricRating.Developing,
            "Revise: add an autumn target for the coaching benchmark and say how the plan answers the professional-development finding, then submit again.");
        var onTarget = review.AddComment(new CommentPlace(CommentArea.Benchmark, discourse.Id),
            "No target before 28 February. Add one for the autumn (after the first coaching cycles) so that the monthly walkthroughs show early whether lessons change.",
            people.Ese.Id, timeline.LakesideReviewStarted.AddDays(2));
        var onSection1 = review.AddComment(new CommentPlace(CommentArea.Section1),
            "Section 1 does not mention the District Review's finding on professional development for grades 6-8 mathematics teachers. Say how the plan answers it, or why it waits.",
            people.Ese.Id, timeline.LakesideReviewStarted.AddDays(2));
        db.ReviewComments.AddRange(onTarget, onSection1);
        plan.Return(review, people.Ese.Role, timeline.LakesideReturned);
        await SaveHistoryAsync();

        // The Plan Manager adds the autumn target back and resolves that comment; the one on Section 1 stays open.
        UpdateTargets(plan, discourse, discourse.Targets.Select(t => new TargetEntry(t.Date, t.Value, t.Id)).Prepend(new TargetEntry(autumn.Date, autumn.Value)));
        onTarget.Resolve();
        plan.Submit(people.LakesideSuperintendent.Role, timeline.LakesideSubmitted);
        await SaveHistoryAsync();
    }

    private static void UpdateTargets(Plan plan, Benchmark benchmark, IEnumerable<TargetEntry> targets) =>
        plan.UpdateBenchmark(benchmark.Id, benchmark.Kind, benchmark.Description, benchmark.Measure, benchmark.Evidence, benchmark.Frequency, [.. targets]);

    /// <summary>
    /// Brookfield's plan (<see cref="BrookfieldPlan"/>), submitted and approved in the summer before its first school year, its
    /// benchmark progress (<see cref="DemoProgress"/>), that year's evidence, actuals and published reports (<see cref="DemoBrookfield"/>),
    /// and an amendment for the second year that its superintendent is still drafting.
    /// </summary>
    private async Task AddBrookfieldAsync(District brookfield, DemoPeople people, DemoTimeline timeline)
    {
        var y = BrookfieldPlanFirstSchoolYear;
        var plan = BrookfieldPlan.Build(brookfield.Id, y);
        db.Plans.Add(plan);
        AddSelfAssessment(plan, BrookfieldAnswers,
            [RubricRating.ReadyToImplement, RubricRating.ReadyToImplement, RubricRating.ReadyToImplement, RubricRating.Emerging, RubricRating.ReadyToImplement]);
        plan.Submit(people.BrookfieldSuperintendent.Role, Dates.At(new DateOnly(y, 7, 14), new TimeOnly(10, 0)));
        var review = PlanReview.Start(plan, people.Ese.Id, Dates.At(new DateOnly(y, 7, 21), new TimeOnly(9, 0)));
        db.PlanReviews.Add(review);
        foreach (var criterion in RubricCriterionFacts.All)
        {
            review.Rate(criterion, RubricRating.ReadyToImplement, "Meets the criterion; refine the targets once the September screening is in.");
        }

        review.SetOverall(RubricRating.ReadyToImplement, "A focused literacy plan. Implement it, and refine the targets once the September screening is in.");
        var version = plan.Approve(review, people.Ese, Dates.At(new DateOnly(y, 8, 4), new TimeOnly(15, 0)));
        db.PlanVersions.Add(version);
        await SaveHistoryAsync();

        // Baselines, results and activity status as Riverton's are made; the year's actuals are Brookfield's own (below).
        var progress = DemoProgress.Build(plan, timeline);
        db.BenchmarkBaselines.AddRange(progress.Baselines);
        db.BenchmarkResults.AddRange(progress.Results);
        db.ActivityProgress.AddRange(progress.Activities);
        var year = DemoBrookfield.Build(plan, version, people.BrookfieldMonitor, people.Ese, people.BrookfieldSuperintendent, Dates.Day(timeline.Now));
        db.EvidenceItems.AddRange(year.Evidence);
        db.OutcomeActuals.AddRange(year.Actuals);
        db.ProgressReports.AddRange(year.Reports);
        await SaveHistoryAsync();

        // Ten days ago the superintendent began amendment 1 for the second school year, and it is still being drafted.
        var amendment = plan.StartAmendment(
            "The fall screening put a third of grade 3 students below benchmark in reading fluency, more than the data teams can reach in small groups within the day. "
            + "A daily grade 3 intervention block is added from January.",
            people.BrookfieldSuperintendent, timeline.Now.AddDays(-10));
        db.Amendments.Add(amendment);
        var dataTeams = plan.Objectives[1].Initiatives[0];
        var january = new DateOnly(y + 2, 1, 4);
        plan.AddActivity(dataTeams.Id, QuarterFacts.QuarterOf(january),
            "Teach a daily 30-minute grade 3 fluency intervention block for the students the winter screening places below benchmark.",
            "Principals of the elementary schools", january, new DateOnly(y + 2, 6, 4), "Daily; the data teams regroup students every six weeks.");
        await SaveHistoryAsync();
    }

    /// <summary>The district's answers and its own rubric ratings (in the rubric's order; a district may leave some unrated).</summary>
    private void AddSelfAssessment(Plan plan, IReadOnlyDictionary<int, string> answers, IReadOnlyList<RubricRating?> ratings)
    {
        var assessment = SelfAssessment.Start(plan.Id);
        db.SelfAssessments.Add(assessment);
        plan.AnswerGuidingQuestions(assessment, [.. GuidingQuestions.All.Select(q => answers.GetValueOrDefault(q.Number))]);
        plan.RateOnRubric(assessment, ratings);
    }

    private static Activity HomeVisits(Plan plan) =>
        plan.Objectives.SelectMany(o => o.Initiatives).SelectMany(i => i.Activities).Single(a => a.ActionStep.StartsWith("Outreach workers visit", StringComparison.Ordinal));

    /// <summary>
    /// The demo's history happened before anyone signed in: its steps are saved without the notifications and mail they
    /// would send when taken for real (nobody should be told today of a submission eight months ago).
    /// </summary>
    private async Task SaveHistoryAsync()
    {
        foreach (var entry in db.ChangeTracker.Entries<Entity>())
        {
            entry.Entity.ClearPendingEvents();
        }

        await db.SaveChangesAsync();
    }

    private async Task<Actor> AddAsync(string email, string name, Role role, Guid? districtId)
    {
        var user = new AipUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            Role = role,
            DistrictId = districtId,
            CreatedAt = clock.GetUtcNow(),
        };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {email}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        if (role.NeedsSecondFactor())
        {
            await users.SetAuthenticationTokenAsync(user, AuthenticatorKeyStore.Provider, AuthenticatorKeyStore.Name, AuthenticatorKey);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        return new Actor(user.Id, role, name);
    }

    /// <summary>The demo's people, as the steps of its history act: by id, role and name.</summary>
    private sealed record DemoPeople(
        Actor Ese, Actor Monitor, Actor RivertonSuperintendent, Actor RivertonManager, Actor LakesideSuperintendent, Actor LakesideManager,
        Actor BrookfieldMonitor, Actor BrookfieldSuperintendent);
}

/// <summary>The four people of a district's monitored year, as its records name them.</summary>
public sealed record DemoCast(Actor Superintendent, Actor Manager, Actor Monitor, Actor Ese);
