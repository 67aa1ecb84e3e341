using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Progress;
using Aip.Domain.Reporting;
using Aip.Domain.Versions;

namespace Aip.Web.Data;

/// <summary>What the demo's reports on Riverton's plan are drawn from, as seeded before them.</summary>
public sealed record DemoReportSources(
    IReadOnlyList<PlanVersion> Versions, IReadOnlyList<Minutes> Minutes, IReadOnlyList<EvidenceItem> Evidence,
    IReadOnlyList<BenchmarkBaseline> Baselines, IReadOnlyList<BenchmarkResult> Results);

/// <summary>
/// Riverton's Quarterly Progress Reports: the report of the last period that has ended, sent for review a day ago with one
/// of ESE's comments still open, and the two Quarterly periods before it published, so that the ratings show movement on
/// the road to exit. Each published report went the whole way: begun after the period from the pre-fill of its Minutes,
/// evidence and results, written with both ratings and their evidence, reviewed by ESE (the monitor answered), corrected by
/// the Superintendent (the monitor accepted), confirmed by the monitor and by ESE; the older one was presented to the School
/// Committee. A period is skipped when ESE's calendar makes it the Summative one or no plan version was in force in it
/// (seeded early in the plan's life, there are fewer reports); a report on the period of the approval, when no discussion
/// was held in it, waits for the first discussion after it. Every step is the domain's own, at the instant it would have
/// been taken, on the default reporting calendar (ESE set no other).
/// </summary>
public static class DemoReports
{
    private static readonly Position[] Positions =
    [
        new(
            "The first report since the plan's approval. The work started where the plan puts it first: the Riverton Instructional Expectations, the learning walks and the District Leadership Team's weekly routine are in place. Most other activities are planned for the summer and the opening of school, so most initiatives are at an early stage, and no benchmark target has fallen due yet.",
            [
                "The expectations and the learning walks are in place; the curriculum and the support for high-needs students in core lessons start with the summer work.",
                "The data routines are designed; the data teams and the intervention block start with the school year.",
                "The leadership routines started first and are the most advanced part of the plan.",
                "The attendance teams and the family conferences are planned for the autumn.",
            ],
            new("3.3", "Partially Reached for 3.3, although none of its benchmarks fell due in the period: say which evidence shows results so far."),
            "The rating rests on the routines' own record: the District Leadership Team's agendas and the Minutes of the period's Highlight Discussion, cited under it. The benchmark targets fall due from October.",
            new("3.3", "every other week", "every week", "The District Leadership Team meets every week, on Tuesday mornings, not every other week.")),
        new(
            "The summer work was done as planned: the curriculum maps and pacing calendars, the summer institute, and the training of teachers in the curricula and in co-teaching. Most initiatives moved up a stage, and early evidence of change is visible in the learning walks and the attendance data. The main risks are the vacant ELA coach position at Lincoln Elementary and substitute coverage for data-team meetings in the middle schools.",
            [
                "The summer work for all three initiatives was done; what changes in classrooms will show from September.",
                "Benchmark data reach the data teams quickly; not every team meets weekly yet.",
                "The routines hold, and the aspiring-leaders cohort has launched.",
                "The attendance teams' first cycle shows an early fall in chronic absence.",
            ],
            new("1.1", "Practices in Place for 1.1: do the learning walks reach every school every month, or only most? The narrative should say."),
            "Every K-8 school completed its walks each month of the period; the learning-walk data cited under the rating show it school by school.",
            new("3.2", "14 participants", "12 participants", "The aspiring-leaders cohort has 12 participants, not 14: two candidates withdrew before the first session.")),
        new(
            "The first quarter of the school year: the routines the summer set up now run in classrooms. The learning walks, the data teams and the principals' classroom visits are in place in every school, and the first benchmark targets have fallen due. Support for English learners and students with disabilities in core lessons lags the rest of the plan; the amendment that brought the home visits forward to October already shows in the attendance work.",
            [
                "The learning walks show the expectations in most lessons; the support for English learners needs the most attention.",
                "The data teams and the MTSS placements run in every school; the first progress-monitoring cycle ends in December.",
                "The principals' classroom visits now reach every teacher; not every school improvement plan is aligned with this plan yet.",
                "The home visits that amendment 1 brought forward to October are under way.",
            ],
            new("1.3", "Technical Implementation for 1.3 while the learning walks still show few language objectives: say how many co-teaching pairs plan together every week, so that the reader can judge the stage."),
            null,
            null),
    ];

    // Each initiative's ratings in the older published report, the newer one and the report in review.
    private static readonly Dictionary<string, Rating[]> Ratings = new(StringComparer.Ordinal)
    {
        ["1.1"] =
        [
            new(ProcessRating.TechnicalImplementation, PerformanceRating.NotReached,
                "The Riverton Instructional Expectations are adopted and the learning-walk tool is in use, calibrated with DSAC. The walks do not yet reach every classroom every month, and not every teacher visited receives written feedback within two days."),
            new(ProcessRating.PracticesInPlace, PerformanceRating.PartiallyReached,
                "Every K-8 school now completes its monthly learning walks, and the teachers visited receive written feedback within two school days. About six in ten observed lessons have a posted objective that the teacher refers to, on course for the first target, but the schools are far apart: the gap is widest at Lincoln Elementary and Riverton Middle School.",
                "Practices in Place: the walks and the written feedback now run in every school every month. Partially Reached: the learning-walk data show progress toward the first target."),
            new(ProcessRating.PracticesInPlace, PerformanceRating.PartiallyReached,
                "The walks continue every month in every school, and structured student discourse is becoming routine in grades 3-5. The rating stays at Practices in Place until the feedback cycles seen in Riverside's coaching logs are seen at Lincoln too."),
        ],
        ["1.2"] =
        [
            new(ProcessRating.ProblematicImplementation, PerformanceRating.NotReached,
                "The curricula are chosen and the materials ordered, but the curriculum maps, pacing calendars and common unit assessments are still to be written, and teachers are not yet trained. Most activities have not begun, as is to be expected so soon after the approval; the summer writing weeks are scheduled."),
            new(ProcessRating.TechnicalImplementation, PerformanceRating.NotReached,
                "The summer writing teams finished the K-8 curriculum maps, the pacing calendars and the first two unit assessments of each grade, and the partners trained the K-8 teachers in the adopted curricula. Whether the units reach classrooms on pace is what the coaches' checklists will show from September.",
                "Technical Implementation: the maps, pacing calendars, first assessments and teacher training were completed over the summer."),
            new(ProcessRating.TechnicalImplementation, PerformanceRating.PartiallyReached,
                "Most K-8 classrooms teach the adopted units within two weeks of the pacing calendar. Grade 7 mathematics fell two weeks behind and caught up after the coaches' common planning: the routine works, but it is not yet consistent across grades.",
                "Partially Reached: the coaches' checklists show most classrooms on pace, and grade 7 mathematics caught up after falling behind."),
        ],
        ["1.3"] =
        [
            new(ProcessRating.ProblematicImplementation, PerformanceRating.NotReached,
                "The co-teaching pairs are named for the autumn but not yet trained, the SEI endorsement course starts in September, and the language-objective guide is in draft."),
            new(ProcessRating.ProblematicImplementation, PerformanceRating.NotReached,
                "The co-teaching training took place at the end of the summer, but not every pair attended both days, and the language-objective guide was not ready for the opening of school. The initiative stays at risk until every pair is trained and plans together weekly."),
            new(ProcessRating.TechnicalImplementation, PerformanceRating.NotReached,
                "The co-teaching pairs now have a weekly co-planning period, principals review a sample of the co-planning templates each month, and the SEI endorsement sessions are under way. The learning walks do not yet show a language objective and planned scaffolds in most classrooms with English learners.",
                "Technical Implementation: the remaining pairs were trained in September, and co-planning is in the master schedule."),
        ],
        ["2.1"] =
        [
            new(ProcessRating.TechnicalImplementation, PerformanceRating.NotReached,
                "The District Leadership Team agreed its weekly data routine and the data-team protocol, and the benchmark assessment calendar is drafted. The school data teams have not yet met on common assessment results."),
            new(ProcessRating.TechnicalImplementation, PerformanceRating.PartiallyReached,
                "The benchmark assessment calendar reached every school, and the data teams used the protocol on the benchmark reports within ten days of the assessment; each school named its focus standards. Substitute coverage for the middle schools' meetings is uneven, so not every team meets weekly.",
                "Partially Reached: the results now reach the data teams within ten days, and every school has named its focus standards."),
            new(ProcessRating.PracticesInPlace, PerformanceRating.PartiallyReached,
                "The data teams meet weekly in every school during common planning time, and their minutes show changes agreed at one cycle and checked at the next. Late benchmark reports, after the assessment vendor changed its export, are the main risk to the next cycle.",
                "Practices in Place: weekly meetings in every school since the middle schools moved them into common planning time."),
        ],
        ["2.2"] =
        [
            new(ProcessRating.ProblematicImplementation, PerformanceRating.NotReached,
                "The MTSS decision rules and the intervention block are designed, but universal screening and the daily intervention block start with the school year; no student has been placed by the new rules yet."),
            new(ProcessRating.TechnicalImplementation, PerformanceRating.NotReached,
                "The daily 30-minute intervention block is in every K-8 master schedule, and the interventionists are trained in the decision rules. The first universal screening window is in September, so there are no results to rate yet.",
                "Technical Implementation: the intervention block is scheduled in every K-8 school and the decision rules are trained."),
            new(ProcessRating.TechnicalImplementation, PerformanceRating.PartiallyReached,
                "The fall screening is done and students are placed in Tier 2 and Tier 3 by the decision rules; the first six-week progress-monitoring cycle ends in December. The placement records are complete in most schools, not yet in all.",
                "Partially Reached: the fall screening took place in every school, and the placements follow the decision rules."),
        ],
        ["3.1"] =
        [
            new(ProcessRating.TechnicalImplementation, PerformanceRating.NotReached,
                "The superintendent and the assistant superintendent visit schools with each principal every two weeks; the principals' own monthly visits to every classroom have not started yet."),
            new(ProcessRating.TechnicalImplementation, PerformanceRating.PartiallyReached,
                "The school visits with each principal continue every two weeks, and the principals now visit classrooms and leave written feedback; the feedback reaches most teachers each month, not yet all.",
                "Partially Reached: the principals' classroom visits and written feedback have started and reach most teachers."),
            new(ProcessRating.PracticesInPlace, PerformanceRating.PartiallyReached,
                "The principals visit every teacher's classroom at least once a month and write their feedback against the Instructional Expectations; the visits with the superintendent keep their attention on instruction.",
                "Practices in Place: the monthly visits and the written feedback now reach every teacher."),
        ],
        ["3.2"] =
        [
            new(ProcessRating.ProblematicImplementation, PerformanceRating.NotReached,
                "The aspiring-leaders cohort is designed and the applications are open, but vacancies remain the main risk: the ELA coach position at Lincoln Elementary is vacant."),
            new(ProcessRating.TechnicalImplementation, PerformanceRating.PartiallyReached,
                "The aspiring-leaders cohort launched with 12 participants and has held its first sessions; the teacher-leader roles are posted in every school. The ELA coach position at Lincoln Elementary is still vacant, which strains the coaching the other initiatives rely on.",
                "Technical Implementation and Partially Reached: the cohort launched with the participants the plan asked for."),
            new(ProcessRating.PracticesInPlace, PerformanceRating.PartiallyReached,
                "Most of the cohort's school-based projects are under way and reviewed by the District Leadership Team, and the new ELA coach has started at Lincoln Elementary.",
                "Practices in Place: the cohort's school-based projects are under way, and the Lincoln coach position is filled."),
        ],
        ["3.3"] =
        [
            new(ProcessRating.TechnicalImplementation, PerformanceRating.PartiallyReached,
                "The District Leadership Team meets every week and reviews the benchmark dashboard, and the period's Highlight Discussion was held with an agreed agenda. The school improvement plans are not yet aligned with this plan."),
            new(ProcessRating.PracticesInPlace, PerformanceRating.Reached,
                "The monthly Highlight Discussions are held with an agreed agenda, and the District Leadership Team reviews the benchmark dashboard every week and follows up the actions agreed at the discussions. The routines ran every week and every month of the summer; one set of Minutes was final a few days late.",
                "Practices in Place and Reached: the weekly and monthly routines ran all summer without a gap."),
            new(ProcessRating.PracticesInPlace, PerformanceRating.PartiallyReached,
                "The routines hold: over every three months the discussions cover every objective, and the dashboard is reviewed weekly. Performance is back to Partially Reached because not every school improvement plan is aligned with this plan yet.",
                "Partially Reached, down from Reached: the benchmarks on aligned school improvement plans fell due in the autumn, and not every school's plan is aligned yet."),
        ],
        ["4.1"] =
        [
            new(ProcessRating.ProblematicImplementation, PerformanceRating.NotReached,
                "The attendance teams are named in each school but have not started their weekly reviews, and the home visits were planned to start only in January."),
            new(ProcessRating.TechnicalImplementation, PerformanceRating.PartiallyReached,
                "The attendance teams review attendance data weekly and contact the family after every unexcused absence. Chronic absence at Riverton High School fell after the team's first cycle, and the data show that the first six weeks matter most; the district is preparing to start the home visits earlier.",
                "Technical Implementation and Partially Reached: the teams' weekly cycle has started, and chronic absence at Riverton High School fell after the first cycle."),
            new(ProcessRating.PracticesInPlace, PerformanceRating.PartiallyReached,
                "Since amendment 1, outreach workers visit from October, scheduled from the first six weeks' attendance data, and every chronically absent student has a tiered attendance plan. The December data will show whether the rates fall to the target.",
                "Practices in Place: the home visits started in October under amendment 1, and every chronically absent student has an attendance plan."),
        ],
        ["4.2"] =
        [
            new(ProcessRating.ProblematicImplementation, PerformanceRating.NotReached,
                "The academic family conferences are planned for the autumn and the translation of school messages is being arranged; families have not seen a change yet."),
            new(ProcessRating.TechnicalImplementation, PerformanceRating.PartiallyReached,
                "The first academic family conferences were held and teachers shared each student's data with the family; school messages now go out in Spanish, Portuguese and Haitian Creole. The conferences reached most families, not yet as many as the target.",
                "Technical Implementation and Partially Reached: the first conferences were held and reached most families."),
            new(ProcessRating.TechnicalImplementation, PerformanceRating.PartiallyReached,
                "The autumn conferences reached more families than the first ones, but the sign-in sheets of some schools arrive late, and two-way communication in families' home languages is not yet routine in every school."),
        ],
    };

    public static IReadOnlyList<ProgressReport> Build(Plan plan, DemoReportSources sources, Actor monitor, Actor ese, Actor superintendent, DemoTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(timeline);
        var team = new Team(monitor, ese, superintendent);
        var periods = Periods(plan, sources, Dates.Day(timeline.Now));
        var reports = new List<ProgressReport>();
        for (var i = 0; i < periods.Count; i++)
        {
            var (period, versions) = periods[i];
            var position = Positions.Length - periods.Count + i;
            var previous = reports.LastOrDefault();
            reports.Add(i == periods.Count - 1
                ? InReview(plan, period, versions, position, previous, sources, team, timeline)
                : Published(plan, period, versions, position, previous, sources, team, presented: i == 0, timeline));
        }

        return reports;
    }

    /// <summary>
    /// The periods reported on, oldest first: the last that has ended (in review) and up to two before it (published), each a
    /// Quarterly period with a plan version in force (and, to be published, final Minutes of a discussion to draw on).
    /// </summary>
    private static List<(ReportingPeriod Period, IReadOnlyList<PlanVersion> Versions)> Periods(Plan plan, DemoReportSources sources, DateOnly today)
    {
        var chosen = new List<(ReportingPeriod, IReadOnlyList<PlanVersion>)>();
        for (var period = ReportingPeriod.LastEnded(today); chosen.Count < Positions.Length; period = period.Previous)
        {
            var versions = period.VersionsInForce(sources.Versions);
            if (versions.Count == 0)
            {
                break;
            }

            var quarterly = ReportingYear.Default(period.SchoolYear).KindOf(period, plan.FirstSchoolYear, plan.LastSchoolYear) == ReportKind.Quarterly;
            if (quarterly && (chosen.Count == 0 || FirstDiscussion(sources, period) is not null))
            {
                chosen.Add((period, versions));
            }
        }

        chosen.Reverse();
        return chosen;
    }

    /// <summary>
    /// The whole chain, on the days of the period's due dates: draft, reviews, factual corrections, publication. When the plan
    /// was approved too late in the period for a Highlight Discussion in it, the report waits for the first discussion after it,
    /// and each step comes as many days after the begin.
    /// </summary>
    private static ProgressReport Published(
        Plan plan, ReportingPeriod period, IReadOnlyList<PlanVersion> versions, int position, ProgressReport? previous,
        DemoReportSources sources, Team team, bool presented, DemoTimeline timeline)
    {
        var texts = Positions[position];
        var due = ReportingYear.Default(period.SchoolYear).DueDates(period);
        var onTime = due.Draft.AddDays(-4);
        var known = FirstDiscussion(sources, period)!.FinalOn!.Value.AddDays(1);
        // Not on the weekend before the Minutes were final (a weekend step moves back to Friday): the Monday after.
        var begin = known <= onTime ? onTime : known.AddDays(known.DayOfWeek switch { DayOfWeek.Saturday => 2, DayOfWeek.Sunday => 1, _ => 0 });
        var steps = new Steps();
        var report = Begin(plan, period, versions, sources, team.Monitor, steps.On(begin, 9));
        var edit = Edit(report, position, previous, LastDiscussion(sources, period, report.BegunAt));
        var slip = texts.Slip!;
        var corrected = report.Initiatives.Single(i => i.Number == slip.Initiative).InitiativeId;
        // The draft carries a factual slip, which the Superintendent's correction puts right.
        var draft = edit.Initiatives[corrected];
        report.Write(edit with
        {
            Initiatives = new Dictionary<Guid, InitiativeEdit>(edit.Initiatives)
            {
                [corrected] = draft with { Narrative = draft.Narrative!.Replace(slip.Right, slip.Wrong, StringComparison.Ordinal) },
            },
        });
        // With the default calendar: sent the day before the draft is due, reviewed within the week, corrected and published in the next.
        report.SendForReview(steps.On(begin.AddDays(3), 16));

        var comment = Review(report, texts.Review, team.Ese, steps.On(begin.AddDays(5), 11));
        report.Respond(comment.Id, ReportResponse.Answered, texts.Answer, team.Monitor, steps.On(begin.AddDays(6), 10));
        report.SendForFactCheck(steps.On(begin.AddDays(10), 15));

        var correction = report.Correct(ReportPart.Initiative, corrected, slip.Correction, team.Superintendent, steps.On(begin.AddDays(13), 14));
        report.Respond(correction.Id, ReportResponse.Accepted, "Corrected in the narrative.", team.Monitor, steps.On(begin.AddDays(14), 9));
        report.Write(edit);
        report.FinishFactCheck(team.Superintendent, steps.On(begin.AddDays(14), 16));
        report.ConfirmPublication(team.Monitor, due.FactCheck, steps.On(begin.AddDays(15), 10));
        report.ConfirmPublication(team.Ese, due.FactCheck, steps.On(begin.AddDays(16), 14));

        // The School Committee meets on a Tuesday, at least ten days after the publication.
        var meeting = Dates.Day(report.PublishedAt!.Value).AddDays(10);
        meeting = meeting.AddDays(((int)DayOfWeek.Tuesday - (int)meeting.DayOfWeek + 7) % 7);
        if (presented && meeting <= Dates.Day(timeline.Now))
        {
            report.RecordPresentation(meeting, team.Superintendent.Name, Dates.Day(timeline.Now));
        }

        return report;
    }

    /// <summary>Begun in the period's last month, sent for review yesterday (the last school day), with ESE's comment still open.</summary>
    private static ProgressReport InReview(
        Plan plan, ReportingPeriod period, IReadOnlyList<PlanVersion> versions, int position, ProgressReport? previous,
        DemoReportSources sources, Team team, DemoTimeline timeline)
    {
        var steps = new Steps();
        // Not begun before the version it rates was recorded (an amendment late in the period).
        steps.After(versions[^1].At);
        var report = Begin(plan, period, versions, sources, team.Monitor, steps.On(new DateOnly(period.Last.Year, period.Last.Month, 20), 9));
        report.Write(Edit(report, position, previous, LastDiscussion(sources, period, report.BegunAt)));
        var sent = steps.On(Dates.Day(timeline.Now).AddDays(-1), 16);
        report.SendForReview(sent);
        var nextMorning = sent.AddHours(18);
        Review(report, Positions[position].Review, team.Ese, steps.After(nextMorning < timeline.Now ? nextMorning : timeline.Now.AddMinutes(-30)));
        return report;
    }

    /// <summary>The monitor begins the report from the pre-fill of what was on record then: final Minutes, evidence, results.</summary>
    private static ProgressReport Begin(Plan plan, ReportingPeriod period, IReadOnlyList<PlanVersion> versions, DemoReportSources sources, Actor monitor, DateTimeOffset now)
    {
        var day = Dates.Day(now);
        var baselines = sources.Baselines.Where(b => b.Date <= day).ToDictionary(b => b.BenchmarkId);
        var results = sources.Results.Where(r => r.MeasuredOn <= day).ToLookup(r => r.BenchmarkId);
        var progress = plan.Objectives.SelectMany(o => o.Initiatives).SelectMany(i => i.Benchmarks)
            .Select(b => BenchmarkProgress.Of(b, baselines.GetValueOrDefault(b.Id), results[b.Id], day));
        var prefill = ReportPrefill.From(versions[^1].Content, period.Span,
            sources.Minutes.Where(m => m.FinalOn <= day), sources.Evidence.Where(e => e.AddedAt <= now), progress);
        return ProgressReport.Begin(plan.DistrictId, period, ReportKind.Quarterly, versions, prefill, monitor, now);
    }

    /// <summary>
    /// The monitor's text before the pre-fill's, each initiative's ratings and the pre-fill's evidence. A rating the pre-fill
    /// found nothing for cites <paramref name="discussion"/>, whose Minutes record what the district reported on the quarter.
    /// </summary>
    private static ReportEdit Edit(ProgressReport report, int position, ProgressReport? previous, Minutes? discussion)
    {
        var texts = Positions[position];
        IReadOnlyList<Citation> general = discussion is null
            ? []
            : [new(CitationKind.Minutes, discussion.DiscussionId, Minutes.SourceName(discussion.DiscussionDay), discussion.DiscussionDay)];
        var objectives = report.Objectives.Select((o, n) => (o.ObjectiveId, Narrative: Join(texts.Objectives[Math.Min(n, texts.Objectives.Length - 1)], o.Narrative)));
        var initiatives = new Dictionary<Guid, InitiativeEdit>();
        foreach (var entry in report.RatedInitiatives)
        {
            var rating = Ratings[entry.Number][position];
            var process = entry.ProcessEvidence.Count > 0 ? entry.ProcessEvidence : general;
            var performance = entry.PerformanceEvidence.Count > 0 ? entry.PerformanceEvidence
                : process.Where(c => c.Kind == CitationKind.Minutes).ToList() is { Count: > 0 } minutes ? minutes : general;
            var before = previous?.RatedInitiatives.FirstOrDefault(i => i.InitiativeId == entry.InitiativeId);
            var moved = before is not null && (before.Process, before.Performance) != (rating.Process, rating.Performance);
            initiatives[entry.InitiativeId] = new(
                Join(rating.Narrative, entry.Narrative), rating.Process, rating.Performance, process, performance, moved ? rating.ChangeNote : null);
        }

        return new(Join(texts.Summary, Kept(report.Summary)), objectives.ToDictionary(o => o.ObjectiveId, o => (string?)o.Narrative), initiatives);
    }

    /// <summary>The first discussion held since the period began whose Minutes are final.</summary>
    private static Minutes? FirstDiscussion(DemoReportSources sources, ReportingPeriod period) =>
        sources.Minutes.Where(m => m.Stage == MinutesStage.Final && m.DiscussionDay >= period.First).MinBy(m => m.DiscussionDay);

    /// <summary>The period's last discussion whose Minutes were final at <paramref name="at"/>, or else the first after it.</summary>
    private static Minutes? LastDiscussion(DemoReportSources sources, ReportingPeriod period, DateTimeOffset at)
    {
        var final = sources.Minutes.Where(m => m.FinalOn <= Dates.Day(at) && m.DiscussionDay >= period.First).ToList();
        return final.Where(m => period.Contains(m.DiscussionDay)).MaxBy(m => m.DiscussionDay) ?? final.MinBy(m => m.DiscussionDay);
    }

    private static ReportComment Review(ProgressReport report, Pin pin, Actor ese, DateTimeOffset at) =>
        report.Review(ReportPart.Initiative, report.Initiatives.Single(i => i.Number == pin.Initiative).InitiativeId, pin.Text, ese, at);

    // The pre-fill's lines that say nothing outside the Minutes ("None.", the pointer to their risk register) are what the monitor deletes first.
    private static string? Kept(string? prefill) =>
        prefill is null
            ? null
            : string.Join("\n\n", prefill.Split("\n\n").Where(p => !p.StartsWith("None. (", StringComparison.Ordinal) && !p.StartsWith("See the risk register", StringComparison.Ordinal)));

    private static string Join(string own, string? prefill) => prefill is null ? own : $"{own}\n\n{prefill}";

    private sealed record Team(Actor Monitor, Actor Ese, Actor Superintendent);

    /// <summary>What the monitor writes in one report: the summary, the objectives' narratives, ESE's review comment and the answer, the slip the Superintendent corrects.</summary>
    private sealed record Position(string Summary, string[] Objectives, Pin Review, string? Answer, Slip? Slip);

    private sealed record Pin(string Initiative, string Text);

    private sealed record Slip(string Initiative, string Wrong, string Right, string Correction);

    private sealed record Rating(ProcessRating Process, PerformanceRating Performance, string Narrative, string? ChangeNote = null);

    /// <summary>The instants of one report's steps, each after the one before, on school days: a weekend moves back to Friday, so that a step stays before its due date.</summary>
    private sealed class Steps
    {
        private DateTimeOffset _last = DateTimeOffset.MinValue;

        private static DateOnly SchoolDay(DateOnly day) => day.AddDays(day.DayOfWeek switch { DayOfWeek.Saturday => -1, DayOfWeek.Sunday => -2, _ => 0 });

        public DateTimeOffset On(DateOnly day, int hour) => After(Dates.At(SchoolDay(day), new TimeOnly(hour, 0)));

        public DateTimeOffset After(DateTimeOffset at)
        {
            _last = at > _last ? at : _last.AddHours(1);
            return _last;
        }
    }
}
