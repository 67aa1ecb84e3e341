using Aip.Domain.Monitoring;
using Aip.Domain.Notifications;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Reporting;
using Aip.Web.Features.Notifications;

namespace Aip.Web.Tests.Notifications;

/// <summary>Whom each event asks to act, and whom it only tells (<see cref="NotificationRules"/>, the one place it is decided).</summary>
public class NotificationRulesTests
{
    private static readonly Guid District = Guid.NewGuid();
    private static readonly Guid Plan = Guid.NewGuid();
    private static readonly ReportingPeriod Period = ReportingPeriod.Of(new DateOnly(2026, 11, 1));
    private static readonly DateOnly Day = new(2026, 11, 12);

    private static readonly Audience Superintendent = Notifier.GroupsOf(Role.Superintendent, ofTheDistrict: true, assignedToIt: false);
    private static readonly Audience PlanManager = Notifier.GroupsOf(Role.PlanManager, ofTheDistrict: true, assignedToIt: false);
    private static readonly Audience Monitor = Notifier.GroupsOf(Role.PlanMonitor, ofTheDistrict: false, assignedToIt: true);
    private static readonly Audience Ese = Notifier.GroupsOf(Role.EseStaff, ofTheDistrict: false, assignedToIt: false);

    [Fact]
    public void A_submitted_plan_asks_ese_to_review_it_and_tells_the_district_and_the_monitor()
    {
        var notice = NotificationRules.For(new PlanSubmitted(Plan, District, "Plan", 1))!;

        Assert.Equal(NotificationKind.Action, notice.KindFor(Ese));
        Assert.Equal(NotificationKind.Information, notice.KindFor(Superintendent));
        Assert.Equal(NotificationKind.Information, notice.KindFor(Monitor));
    }

    [Fact]
    public void A_request_to_submit_asks_the_superintendent_alone_and_links_to_the_submit_page()
    {
        var notice = NotificationRules.For(new SubmissionRequested(Plan, District, "Plan", "Pat Manager"))!;

        Assert.Equal(NotificationKind.Action, notice.KindFor(Superintendent));
        Assert.Equal(Audience.Superintendent, notice.Audience);
        Assert.Equal($"/plans/{Plan}/submit", notice.Link);
        Assert.StartsWith("Pat Manager asks you to submit Plan to ESE", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_sent_for_factual_corrections_asks_the_superintendent_alone()
    {
        var notice = NotificationRules.For(new ReportSentForFactCheck(Guid.NewGuid(), District, Period))!;

        Assert.Equal(NotificationKind.Action, notice.KindFor(Superintendent));
        Assert.Equal(NotificationKind.Information, notice.KindFor(Ese));
    }

    [Fact]
    public void A_minutes_draft_asks_the_superintendent_and_the_monitor_to_review_it()
    {
        var notice = NotificationRules.For(new MinutesSentForReview(Guid.NewGuid(), Guid.NewGuid(), Plan, District, Day, Day.AddDays(3)))!;

        Assert.Equal(NotificationKind.Action, notice.KindFor(Superintendent));
        Assert.Equal(NotificationKind.Action, notice.KindFor(Monitor));
        Assert.Equal(NotificationKind.Information, notice.KindFor(PlanManager));
    }

    [Fact]
    public void An_evidence_request_asks_the_district()
    {
        var notice = NotificationRules.For(new EvidenceRequested(Guid.NewGuid(), Plan, District, RequestKind.Evidence, Day, false))!;

        Assert.Equal(NotificationKind.Action, notice.KindFor(Superintendent));
        Assert.Equal(NotificationKind.Action, notice.KindFor(PlanManager));
    }

    [Fact]
    public void An_approval_is_for_everyones_information()
    {
        var notice = NotificationRules.For(new PlanApproved(Plan, District, "Plan", Guid.NewGuid(), 1))!;

        Assert.All([Superintendent, PlanManager, Monitor, Ese], group => Assert.Equal(NotificationKind.Information, notice.KindFor(group)));
    }

    [Fact]
    public void A_published_report_asks_the_district_to_present_it_and_tells_the_monitor_and_ese()
    {
        var notice = NotificationRules.For(new ReportPublished(Guid.NewGuid(), District, Period))!;

        Assert.Equal(NotificationKind.Action, notice.KindFor(Superintendent));
        Assert.Equal(NotificationKind.Information, notice.KindFor(Monitor));
        Assert.Equal(NotificationKind.Information, notice.KindFor(Ese));
    }

    [Fact]
    public void Nobody_outside_the_district_belongs_to_its_leaders()
    {
        Assert.Equal(Audience.None, Notifier.GroupsOf(Role.Superintendent, ofTheDistrict: false, assignedToIt: false));
        Assert.Equal(Audience.AllMonitors, Notifier.GroupsOf(Role.PlanMonitor, ofTheDistrict: false, assignedToIt: false));
    }
}
