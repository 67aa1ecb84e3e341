using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.People;

namespace Aip.Domain.Tests.Monitoring;

public class AgendaAndRiskTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Held = Now.AddDays(8);

    [Fact]
    public void The_agenda_takes_topics_until_the_meeting_starts_and_never_the_same_one_twice()
    {
        var discussion = HighlightDiscussionTests.Schedule(Held, reason: null);
        var initiative = Guid.NewGuid();

        discussion.AddTopic("Literacy walkthrough data", initiative, AgendaOrigin.AgreedLastTime, Now);
        discussion.AddTopic("Budget for the summer academy", null, AgendaOrigin.Added, Now);

        Assert.Equal("That topic is already on the agenda.",
            Assert.Throws<DomainException>(() => discussion.AddTopic("Another wording", initiative, AgendaOrigin.Added, Now)).Message);
        Assert.Throws<DomainException>(() => discussion.AddTopic("budget for the SUMMER academy", null, AgendaOrigin.Added, Now));
        Assert.Equal([1, 2], discussion.Agenda.Select(a => a.Position));
        Assert.Equal([initiative], discussion.AgendaPlanItems());

        discussion.RemoveTopic(discussion.Agenda[0].Id, Now);
        Assert.Equal("Budget for the summer academy", Assert.Single(discussion.Agenda).Topic);
        Assert.Contains("already begun", Assert.Throws<DomainException>(
            () => discussion.AddTopic("Late topic", null, AgendaOrigin.Added, Held.AddMinutes(5))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_monitors_questions_reach_the_district_when_shared_or_when_the_meeting_starts()
    {
        var discussion = HighlightDiscussionTests.Schedule(Held, reason: null);
        var topic = discussion.AddTopic("Walkthrough data", null, AgendaOrigin.Added, Now);

        Assert.Equal("Write at least one question before sharing them.", Assert.Throws<DomainException>(() => discussion.ShareQuestions(Now)).Message);
        discussion.WriteQuestions(topic.Id, "How many classrooms were observed?", Now);

        Assert.False(discussion.QuestionsVisibleToDistrict(Now));
        Assert.True(discussion.QuestionsVisibleToDistrict(Held));
        discussion.ShareQuestions(Now);
        Assert.True(discussion.QuestionsVisibleToDistrict(Now));
        Assert.IsType<DiscussionQuestionsShared>(discussion.PendingEvents()[^1]);
    }

    [Fact]
    public void Minutes_start_from_the_agendas_plan_items_and_offer_section_6_as_the_next_agenda()
    {
        var discussion = HighlightDiscussionTests.Schedule(Held, reason: null);
        var initiative = Guid.NewGuid();
        discussion.AddTopic("Walkthrough data", initiative, AgendaOrigin.Added, Now);
        var minutes = Minutes.Begin(discussion, Held.AddHours(2));
        minutes.Write(MinutesSection.NextDiscussion, "- Grade 3 benchmark results\n\n2. Coaching logs for October\n• grade 3 BENCHMARK results\n  * ");

        Assert.Equal([initiative], minutes.DiscussedItems);
        Assert.Equal(["Grade 3 benchmark results", "Coaching logs for October"], minutes.AgreedForNextMeeting());
    }

    [Fact]
    public void Ese_asks_about_final_minutes_and_the_manager_answers_without_changing_them()
    {
        var minutes = Minutes.Begin(HighlightDiscussionTests.Schedule(Held, reason: null), Held.AddHours(2));
        minutes.Write(MinutesSection.Risks, "Coach vacancy at Lincoln.");

        Assert.Equal("ESE asks its questions once the Minutes are final.",
            Assert.Throws<DomainException>(() => minutes.Ask(MinutesSection.Risks, "?", Guid.NewGuid(), "Dana", Held)).Message);
        minutes.SendForReview(Held.AddDays(1));
        minutes.MakeFinal("Priya Natarajan", Held.AddDays(2));
        var question = minutes.Ask(MinutesSection.Risks, "Is the vacancy posted?", Guid.NewGuid(), "Dana Whitfield", Held.AddDays(3));
        minutes.ResolveComment(question.Id, "Posted on 3 December; two applicants.", Held.AddDays(4));

        Assert.Equal(MinutesCommentKind.EseQuestion, question.Kind);
        Assert.False(question.IsOpen);
        Assert.IsType<MinutesQuestionAsked>(minutes.PendingEvents()[^1]);
        Assert.Equal("Coach vacancy at Lincoln.", minutes.Section(MinutesSection.Risks));
    }

    [Fact]
    public void A_risk_stays_in_the_register_from_the_day_it_is_raised_until_it_is_closed()
    {
        var risk = Risk.Raise(Guid.NewGuid(), Guid.NewGuid(), "Coach vacancy at Lincoln", "Cover with the district ELA coach", "Priya Natarajan", new(2026, 10, 15));
        risk.Review("Interim coach hired", "Priya Natarajan", "Interviews under way", new(2026, 11, 12));

        Assert.True(risk.WasOpenOn(new(2026, 11, 30)));
        Assert.False(risk.WasOpenOn(new(2026, 10, 14)));
        Assert.Throws<DomainException>(() => risk.Close("Closed", new(2026, 10, 1)));
        Assert.Throws<DomainException>(() => risk.Close(" ", new(2026, 12, 10)));

        risk.Close("Permanent coach starts in January.", new(2026, 12, 10));

        Assert.False(risk.IsOpen);
        Assert.True(risk.WasOpenOn(new(2026, 12, 9)));
        Assert.False(risk.WasOpenOn(new(2026, 12, 10)));
        Assert.Equal("This risk is closed; raise a new one if it returns.",
            Assert.Throws<DomainException>(() => risk.Review("x", "y", null, new(2026, 12, 11))).Message);
    }

    [Theory]
    [InlineData(Role.Superintendent, MonitoringOperation.Lead, true)]
    [InlineData(Role.PlanManager, MonitoringOperation.Lead, true)]
    [InlineData(Role.PlanMonitor, MonitoringOperation.Lead, false)]
    [InlineData(Role.EseStaff, MonitoringOperation.Lead, false)]
    [InlineData(Role.Superintendent, MonitoringOperation.ReviewDraft, true)]
    [InlineData(Role.PlanManager, MonitoringOperation.ReviewDraft, false)]
    [InlineData(Role.PlanMonitor, MonitoringOperation.ReviewDraft, true)]
    [InlineData(Role.PlanMonitor, MonitoringOperation.MonitorSteps, true)]
    [InlineData(Role.PlanManager, MonitoringOperation.MonitorSteps, false)]
    [InlineData(Role.EseStaff, MonitoringOperation.AskEse, true)]
    [InlineData(Role.PlanMonitor, MonitoringOperation.AskEse, false)]
    [InlineData(Role.PlanMonitor, MonitoringOperation.Read, true)]
    public void Each_role_takes_its_own_monitoring_steps_in_its_own_districts(Role role, MonitoringOperation operation, bool allowed)
    {
        var district = Guid.NewGuid();
        var other = Guid.NewGuid();

        Assert.Equal(allowed, MonitoringAccess.Allows(Of(role, district), district, operation));
        if (role != Role.EseStaff)
        {
            Assert.False(MonitoringAccess.Allows(Of(role, other == district ? Guid.NewGuid() : other), district, operation));
        }
    }

    private static Accessor Of(Role role, Guid district) => role switch
    {
        Role.EseStaff => Accessor.Ese(),
        Role.PlanMonitor => Accessor.Monitor(district),
        _ => Accessor.OfDistrict(role, district),
    };
}

public class MinutesReminderTests
{
    private static readonly DateOnly Held = new(2026, 11, 27);

    [Fact]
    public void The_day_before_each_running_clock_and_once_it_has_passed()
    {
        Assert.Equal([new MinutesReminder(MinutesClock.Draft, false, new(2026, 11, 30))], MinutesReminders.On(new(2026, 11, 29), Held, null, null));
        Assert.Empty(MinutesReminders.On(new(2026, 11, 30), Held, MinutesStage.Draft, null));
        Assert.Equal([new MinutesReminder(MinutesClock.Draft, true, new(2026, 11, 30)), new MinutesReminder(MinutesClock.Final, false, new(2026, 12, 4))],
            MinutesReminders.On(new(2026, 12, 3), Held, MinutesStage.Draft, null));

        // Sent on the 1st: the comments are due on the 4th, the final Minutes on the 4th too.
        Assert.Equal([MinutesClock.Comments, MinutesClock.Final], MinutesReminders.On(new(2026, 12, 3), Held, MinutesStage.InReview, new(2026, 12, 1)).Select(r => r.Clock));
        Assert.Empty(MinutesReminders.On(new(2026, 12, 20), Held, MinutesStage.Final, new(2026, 12, 1)));
        Assert.Equal([new MinutesReminder(MinutesClock.Final, true, new(2026, 12, 4))], MinutesReminders.On(new(2026, 12, 6), Held, MinutesStage.InReview, new(2026, 12, 1)));
    }
}
