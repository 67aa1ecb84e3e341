using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.People;
using Aip.Domain.Plans;

namespace Aip.Web.Data;

/// <summary>What the demo's monitoring of Riverton's approved plan adds: discussions, their Minutes, and the risk register.</summary>
public sealed record DemoMonitoringRecords(
    IReadOnlyList<HighlightDiscussion> Discussions, IReadOnlyList<Minutes> Minutes, IReadOnlyList<Risk> Risks,
    IReadOnlyList<EvidenceRequest> Requests, IReadOnlyList<MonitoringVisit> Visits);

/// <summary>
/// Six months of monthly Highlight Discussions of Riverton's plan with final Minutes (one of them sent after the one-week
/// deadline, one with an ESE question still waiting for its answer), last week's discussion whose draft is under review with
/// a discrepancy open, and next month's discussion scheduled with its agenda and the monitor's questions not yet shared.
/// Each discussion addresses two of the four objectives with their initiatives and benchmarks, so every window of three months
/// covers the plan, except one benchmark nobody has discussed (the coverage view flags it). Risks are raised, reviewed and
/// one closed along the way. Every step is the domain's own, at the instant it would have been taken.
/// </summary>
public static class DemoMonitoring
{
    private const string Place = "Riverton district office, 40 Mill Street, conference room B";

    private static readonly Month[] Months =
    [
        new(
            "Instructional expectations posted in 42 of 48 K-8 classrooms in the first learning walk; the District Leadership Team agreed its weekly data routine.",
            "Initiative 1.1: learning-walk tallies, school by school. Initiative 3.1: District Leadership Team agendas and notes.",
            "Two principals have not yet scheduled their learning walks; coaching time is short at Lincoln Elementary.",
            "- Learning-walk tallies for all schools\n- The District Leadership Team's first data review",
            "None."),
        new(
            "Every K-8 school completed a learning walk; 61% of observed lessons had a posted objective that was referred to. The benchmark assessment calendar went to all schools.",
            "Initiative 1.1: second learning-walk tallies. Initiative 2.1: the benchmark assessment calendar and the data-team protocol.",
            "Substitute coverage for data-team meetings is uneven across the middle schools.",
            "- Fall benchmark assessment results in ELA and mathematics\n- Data-team minutes from every school",
            "None."),
        new(
            "Fall benchmark results reached every data team within ten days; each school named its focus standards. Aspiring-leaders cohort launched with 12 participants.",
            "Initiative 2.1: fall benchmark reports and data-team minutes. Initiative 3.2: cohort roster and first session materials.",
            "The ELA coach position at Lincoln Elementary is still vacant; the cohort meets during the school day, which strains coverage.",
            "- Progress of the Lincoln coach search\n- Attendance data for the first ten weeks",
            "None."),
        new(
            "Chronic absence fell from 14% to 12% at Riverton High School after the attendance team's first cycle; family conferences reached 70% of families.",
            "Initiative 4.1: attendance reports and the team's case log. Initiative 4.2: family conference sign-in sheets.",
            "Outreach workers started later than planned; the data show the first six weeks matter most.",
            "- Home-visit schedule if the start moves to October\n- Walkthrough data for grades 3-5",
            "None yet: the attendance team proposes starting the home visits in October; the Plan Manager prepares an amendment."),
        new(
            "Home visits under way from October: 86 visits logged. Learning walks show 72% of lessons with structured student discourse in grades 3-5.",
            "Initiative 4.1: home-visit log. Initiative 1.1: grade 3-5 walkthrough data. Initiative 1.2: curriculum pacing checks.",
            "Pacing in grade 7 mathematics is two weeks behind the calendar.",
            "- Grade 7 mathematics pacing plan\n- Winter benchmark assessment schedule",
            "Home visits start in October instead of January, from the first six weeks' attendance data (amendment 1)."),
        new(
            "Grade 7 mathematics back on pace after common planning; the winter benchmark window is set for all schools.",
            "Initiative 1.2: grade 7 pacing checks and common-planning notes. Initiative 2.2: the winter benchmark schedule.",
            "Winter benchmark reports may arrive late because the assessment vendor changed its export.",
            "- Winter benchmark results\n- Aspiring-leaders cohort: first school-based projects",
            "None."),
        new(
            "The District Leadership Team reviewed the cohort's first school-based projects; 9 of 12 are under way. Family conferences reached 78% of families.",
            "Initiative 3.2: project summaries. Initiative 4.2: conference sign-in sheets by school.",
            "The vendor's export problem delayed the winter benchmark reports by a week.",
            "- Winter benchmark results, school by school\n- The Lincoln coach's first month\n- Where the district stands on the coverage of objective 4",
            "None."),
    ];

    public static DemoMonitoringRecords Build(
        Plan plan, Actor superintendent, Actor manager, Actor monitor, Actor ese, DemoTimeline timeline, IReadOnlyList<EvidenceItem>? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(timeline);
        var participants = new[]
        {
            new DiscussionParticipant(superintendent.Id, superintendent.Name, superintendent.Role.DisplayName()),
            new DiscussionParticipant(manager.Id, manager.Name, manager.Role.DisplayName()),
            new DiscussionParticipant(monitor.Id, monitor.Name, monitor.Role.DisplayName()),
            new DiscussionParticipant(null, "Ana Ruiz", "Principal, Lincoln Elementary"),
        };
        var objectives = plan.Objectives;
        // One benchmark nobody has discussed yet: the coverage view shows what that looks like.
        var neverDiscussed = objectives[^1].Initiatives[^1].Benchmarks[^1].Id;
        var discussions = new List<HighlightDiscussion>();
        var minutes = new List<Minutes>();
        Minutes? previous = null;

        for (var i = 0; i < Months.Length; i++)
        {
            var held = timeline.DemoDiscussion(i);
            var discussion = HighlightDiscussion.Schedule(plan, held, Place, participants, null, manager.Name, held.AddDays(-21));
            foreach (var topic in previous?.AgreedForNextMeeting() ?? [])
            {
                discussion.AddTopic(topic, null, AgendaOrigin.AgreedLastTime, held.AddDays(-14));
            }

            var covered = new[] { objectives[i % 2], objectives[(i % 2) + 2] };
            foreach (var objective in covered)
            {
                discussion.AddTopic($"Objective {objective.Number}: progress on its initiatives and benchmarks", objective.Id, AgendaOrigin.Added, held.AddDays(-14));
            }

            discussion.WriteQuestions(discussion.Agenda[^1].Id, "Which benchmark of this objective is furthest from its dated target, and what is the district doing about it?", held.AddDays(-3));
            discussions.Add(discussion);

            var record = Minutes.Begin(discussion, held.AddHours(3));
            var month = Months[i];
            record.Write(MinutesSection.Accomplishments, month.Accomplishments);
            record.Write(MinutesSection.EvidenceInventory, month.Evidence);
            record.Write(MinutesSection.Challenges, month.Challenges);
            record.Write(MinutesSection.Risks, "See the risk register below: each open risk was reviewed with its owner.");
            record.Write(MinutesSection.NextSteps, "Principals share the learning-walk feedback with their staff; the Plan Manager updates the benchmark dashboard.");
            record.Write(MinutesSection.Modifications, month.Modifications);
            record.Write(MinutesSection.NextDiscussion, month.NextDiscussion);
            record.SetDiscussedItems(covered.SelectMany(ItemsOf).Where(id => id != neverDiscussed));
            if (month.Modifications.Contains("amendment 1", StringComparison.Ordinal))
            {
                record.LinkAmendments([1]);
            }

            // Section 1a cites the evidence added since the previous discussion.
            var since = i == 0 ? DateTimeOffset.MinValue : discussions[^2].StartsAt;
            record.CiteEvidence((evidence ?? []).Where(e => e.AddedAt >= since && e.AddedAt < held).Select(e => e.Id));
            record.SendForReview(held.AddDays(1));
            var last = i == Months.Length - 1;
            if (i % 2 == 1 || last)
            {
                var comment = record.Comment(MinutesSection.Accomplishments,
                    last ? "The conference rate was 76%, not 78%: the Lincoln sign-in sheets came in late." : "Please add the school-by-school figures behind this.",
                    last ? superintendent.Id : monitor.Id, last ? superintendent.Name : monitor.Name, held.AddDays(2));
                if (!last)
                {
                    record.ResolveComment(comment.Id, "Added the table to section 1a.", held.AddDays(3));
                }
            }

            if (!last)
            {
                // The fourth month's final Minutes went out late: the dashboards count it.
                record.MakeFinal(manager.Name, held.AddDays(i == 3 ? 9 : 5));
            }

            if (i == 1)
            {
                record.Ask(MinutesSection.Challenges, "Has the district asked ESE's targeted assistance about substitute coverage?", ese.Id, ese.Name, held.AddDays(8));
                record.ResolveComment(record.Comments[^1].Id, "Yes: the request went to the Targeted Assistance contact on the 12th.", held.AddDays(9));
            }

            if (i == 4)
            {
                record.Ask(MinutesSection.Accomplishments, "Do the 86 home visits include families visited twice?", ese.Id, ese.Name, held.AddDays(10));
            }

            minutes.Add(record);
            previous = record;
        }

        var next = HighlightDiscussion.Schedule(plan, timeline.NextDemoDiscussion, Place, participants, null, manager.Name, timeline.Now.AddDays(-1));
        foreach (var topic in previous!.AgreedForNextMeeting())
        {
            next.AddTopic(topic, null, AgendaOrigin.AgreedLastTime, timeline.Now.AddDays(-1));
        }

        if (DiscussionThemes.For(Dates.Day(next.StartsAt).Month) is { } theme)
        {
            next.AddTopic(theme, null, AgendaOrigin.MonthTheme, timeline.Now.AddDays(-1));
        }

        next.WriteQuestions(next.Agenda[0].Id, "Which schools' winter results are furthest from the dated targets of benchmark 2.1?", timeline.Now.AddHours(-2));
        discussions.Add(next);

        return new(discussions, minutes, Risks(plan, discussions, manager), Requests(plan, monitor, manager, timeline), Visits(plan, monitor, timeline));
    }

    /// <summary>The monitor's requests: one answered, one open and overdue, one open and due in three weeks.</summary>
    private static List<EvidenceRequest> Requests(Plan plan, Actor monitor, Actor manager, DemoTimeline timeline)
    {
        var now = timeline.Now;
        var answered = EvidenceRequest.Make(plan.Id, plan.DistrictId, RequestKind.Interview,
            "A 30-minute interview with two grade 4 teachers about the learning-walk feedback they received.",
            Dates.Day(now.AddDays(-40)), null, monitor, now.AddDays(-64));
        answered.Fulfil("Interviews held on the date requested with Ms. Alvarez and Mr. Chen at Lincoln Elementary; notes are with the Plan Manager.", [], manager, now.AddDays(-42));
        var overdue = EvidenceRequest.Make(plan.Id, plan.DistrictId, RequestKind.Evidence,
            "The coaching logs for October at every K-8 school (initiative 1.1), to check the frequency of feedback cycles.",
            Dates.Day(now.AddDays(-4)), null, monitor, now.AddDays(-30));
        var open = EvidenceRequest.Make(plan.Id, plan.DistrictId, RequestKind.Evidence,
            "School-by-school winter benchmark reports in ELA and mathematics, grades 3-8 (benchmark of initiative 2.1).",
            Dates.Day(now.AddDays(22)), null, monitor, now.AddDays(-1));
        return [answered, overdue, open];
    }

    /// <summary>One visit held last month with the monitor's notes, and one scheduled next month.</summary>
    private static List<MonitoringVisit> Visits(Plan plan, Actor monitor, DemoTimeline timeline)
    {
        var now = timeline.Now;
        var held = MonitoringVisit.Schedule(plan.Id, plan.DistrictId, VisitKind.ClassroomObservations, Dates.Day(timeline.DemoDiscussion(5).AddDays(-9)),
            "Grade 3-5 literacy blocks at Lincoln and Riverside Elementary: posted objectives and student discourse.", 0, null, monitor,
            timeline.DemoDiscussion(5).AddDays(-30));
        held.RecordNotes("Twelve classrooms observed. Objectives posted and referred to in ten; structured discourse in seven. Feedback cycles visible in coaching logs at Riverside, not yet at Lincoln.",
            timeline.DemoDiscussion(5).AddDays(-8));
        var next = MonitoringVisit.Schedule(plan.Id, plan.DistrictId, VisitKind.TeamMeeting, Dates.Day(now.AddDays(19)),
            "The Riverton High School data team's cycle on the winter benchmark results.", 0, null, monitor, now.AddDays(-1));
        return [held, next];
    }

    private static IEnumerable<Guid> ItemsOf(Objective objective) =>
        [objective.Id, .. objective.Initiatives.SelectMany(i => (IEnumerable<Guid>)[i.Id, .. i.Benchmarks.Select(b => b.Id)])];

    private static List<Risk> Risks(Plan plan, List<HighlightDiscussion> discussions, Actor manager)
    {
        var coach = Risk.Raise(plan.Id, plan.DistrictId, "The ELA coach position at Lincoln Elementary stays vacant into the winter.",
            "The district ELA coach covers Lincoln two days a week; the position is re-posted with a signing stipend.", manager.Name, discussions[2].Day);
        coach.Review(coach.Mitigation, manager.Name, "Two finalists interviewed; an offer is out.", discussions[4].Day);
        coach.Close("The new coach started at Lincoln this month.", discussions[5].Day);
        var substitutes = Risk.Raise(plan.Id, plan.DistrictId, "Too few substitutes to release teachers for data-team meetings in the middle schools.",
            "Data teams meet during common planning time; two building substitutes are hired for the middle schools.", "Dr. Elena Marquez", discussions[1].Day);
        substitutes.Review(substitutes.Mitigation, "Dr. Elena Marquez", "One building substitute hired; the second post is open.", discussions[5].Day);
        var vendor = Risk.Raise(plan.Id, plan.DistrictId, "Late winter benchmark reports delay the data teams' spring cycle.",
            "The data office builds the reports from the raw export; the vendor has promised a fix before the spring window.", "Kevin Osei, Director of Data and Assessment",
            discussions[5].Day);
        return [coach, substitutes, vendor];
    }

    private sealed record Month(string Accomplishments, string Evidence, string Challenges, string NextDiscussion, string Modifications);
}
