using System.Globalization;
using System.Net;
using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aip.Web.Tests.Monitoring;

/// <summary>The monitor's requests (three weeks) and monitoring visits (two weeks, two days a month) through the screens.</summary>
public abstract class RequestAndVisitWebTests(AipApp app)
{
    [DbFact]
    public async Task A_request_due_in_less_than_three_weeks_needs_a_reason_and_the_district_answers_it()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        var url = $"/plans/{planId}/requests";
        var values = new Dictionary<string, string>
        {
            ["NewRequest.Kind"] = nameof(RequestKind.Evidence),
            ["NewRequest.What"] = "Coaching logs for October",
            ["NewRequest.DueOn"] = Day(10),
        };

        var refused = await monitor.SubmitAsync(await monitor.GetPageAsync(url), "form[action$='/requests']", values);
        var page = await TestClient.ParseAsync(refused);
        Assert.Contains("at least three weeks", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Coaching logs for October", page.QuerySelector("textarea[name='NewRequest.What']")!.TextContent);

        values["NewRequest.ShortNoticeReason"] = "The QPR draft is due then.";
        Assert.Equal(HttpStatusCode.Redirect, (await monitor.SubmitAsync(page, "form[action$='/requests']", values)).StatusCode);
        var request = await app.WithDbAsync(db => db.EvidenceRequests.SingleAsync(r => r.PlanId == planId));
        Assert.True(request.ShortNotice);
        var managerId = await app.UserIdAsync(Demo.Manager);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == managerId && n.Message.Contains("the monitor requests additional evidence"))));

        var answering = await manager.GetPageAsync($"{url}?answer={request.Id}");
        var empty = await manager.SubmitAsync(answering, "form[action$='/answer']", new() { ["Reply.Decline"] = "true" });
        Assert.Equal("Give the reason for declining.", (await TestClient.ParseAsync(empty)).QuerySelector("#error-Reply_Answer")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(answering, "form[action$='/answer']",
            new() { ["Reply.Answer"] = "The logs are in the evidence library under initiative 1.1." })).StatusCode);
        Assert.Equal(RequestStatus.Answered, await app.WithDbAsync(db => db.EvidenceRequests.Where(r => r.Id == request.Id).Select(r => r.Status).SingleAsync()));
        var monitorId = await app.UserIdAsync(Demo.Monitor);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == monitorId && n.Message.Contains("answered your request"))));
    }

    [DbFact]
    public async Task Visits_need_two_weeks_and_at_most_two_days_a_month_and_ese_is_told()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);
        var url = $"/plans/{planId}/visits";
        var first = Dates.Day(DateTimeOffset.UtcNow).AddMonths(2);
        first = new DateOnly(first.Year, first.Month, 3);

        Assert.Contains("at least two weeks ahead", (await TestClient.ParseAsync(await Schedule(Day(5), null))).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Schedule(Iso(first), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Schedule(Iso(first.AddDays(7)), null)).StatusCode);
        var third = await TestClient.ParseAsync(await Schedule(Iso(first.AddDays(14)), null));
        Assert.Contains("ad hoc monitoring is up to 2 days a month", third.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Schedule(Iso(first.AddDays(14)), "The middle-school team meets only that week.")).StatusCode);

        var visits = await app.WithDbAsync(db => db.MonitoringVisits.Where(v => v.PlanId == planId).ToListAsync());
        Assert.Equal([false, false, true], visits.OrderBy(v => v.Day).Select(v => v.OverMonthlyLimit));
        var ese = await app.UserIdAsync(Demo.Ese);
        Assert.Equal(3, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == ese && n.Link.StartsWith($"/plans/{planId}/visits"))));

        // Notes come after the visit: refused before its day.
        var early = await monitor.PostAsync($"{url}/{visits[0].Id}/notes", new() { ["VisitNotes.Notes"] = "Too early", ["VisitNotes.ConcurrencyToken"] = visits[0].ConcurrencyToken.ToString() });
        Assert.Contains("once the visit has taken place", (await TestClient.ParseAsync(early)).Body!.TextContent, StringComparison.Ordinal);

        async Task<HttpResponseMessage> Schedule(string day, string? reason)
        {
            var values = new Dictionary<string, string>
            {
                ["NewVisit.Kind"] = nameof(VisitKind.ClassroomObservations),
                ["NewVisit.Day"] = day,
                ["NewVisit.Purpose"] = "Grade 3-5 literacy blocks",
            };
            if (reason is not null)
            {
                values["NewVisit.OverrideReason"] = reason;
            }

            return await monitor.SubmitAsync(await monitor.GetPageAsync(url), "form[action$='/visits']", values);
        }
    }

    [DbFact]
    public async Task The_district_declines_a_request_with_its_reason_and_the_monitor_cancels_a_visit()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);
        using var manager = await app.NewClient().SignedInAsAsync(Demo.Manager);
        await monitor.SubmitAsync(await monitor.GetPageAsync($"/plans/{planId}/requests"), "form[action$='/requests']", new()
        {
            ["NewRequest.Kind"] = nameof(RequestKind.Interview), ["NewRequest.What"] = "An interview with the school committee chair", ["NewRequest.DueOn"] = Day(25),
        });
        var requestId = await app.WithDbAsync(db => db.EvidenceRequests.Where(r => r.PlanId == planId).Select(r => r.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(await manager.GetPageAsync($"/plans/{planId}/requests?answer={requestId}"), "form[action$='/answer']",
            new() { ["Reply.Decline"] = "true", ["Reply.Answer"] = "The chair is on leave until March; the vice-chair can meet instead." })).StatusCode);
        var declined = await app.WithDbAsync(db => db.EvidenceRequests.SingleAsync(r => r.Id == requestId));
        Assert.Equal((RequestStatus.Declined, "The chair is on leave until March; the vice-chair can meet instead."), (declined.Status, declined.Answer));

        await monitor.SubmitAsync(await monitor.GetPageAsync($"/plans/{planId}/visits"), "form[action$='/visits']", new()
        {
            ["NewVisit.Kind"] = nameof(VisitKind.ClassroomObservations), ["NewVisit.Day"] = Day(20), ["NewVisit.Purpose"] = "Grade 3-5 literacy blocks",
        });
        var cancelled = await monitor.SubmitAsync(await monitor.GetPageAsync($"/plans/{planId}/visits"), "form[action$='/cancel']");

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(VisitStatus.Cancelled, await app.WithDbAsync(db => db.MonitoringVisits.Where(v => v.PlanId == planId).Select(v => v.Status).SingleAsync()));
        var ese = await app.UserIdAsync(Demo.Ese);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == ese && n.Message.Contains("is cancelled"))));
    }

    [DbFact]
    public async Task Twenty_visits_scheduled_at_once_keep_the_two_days_a_month()
    {
        var planId = await app.AddReviewedPlanAsync();
        using var monitor = await app.NewClient().SignedInAsAsync(Demo.Monitor);
        var month = Dates.Day(DateTimeOffset.UtcNow).AddMonths(3);
        // Each send is its own drawn form (a one-time form creates once per drawing).
        var pages = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => monitor.GetPageAsync($"/plans/{planId}/visits")));

        await Task.WhenAll(pages.Select((page, i) => monitor.SubmitAsync(page, "form[action$='/visits']", new()
        {
            ["NewVisit.Kind"] = nameof(VisitKind.TeamMeeting),
            ["NewVisit.Day"] = Iso(new DateOnly(month.Year, month.Month, 1 + i)),
            ["NewVisit.Purpose"] = $"Team meeting {i}",
        })));

        var visits = await app.WithDbAsync(db => db.MonitoringVisits.Where(v => v.PlanId == planId).ToListAsync());
        Assert.InRange(visits.Count, 1, VisitFacts.MaxDaysPerMonth);
        Assert.All(visits, v => Assert.False(v.OverMonthlyLimit));
    }

    [DbFact]
    public async Task An_overdue_request_is_reminded_to_the_district_once()
    {
        var planId = await app.AddReviewedPlanAsync();
        var monitor = new Aip.Domain.People.Actor(await app.UserIdAsync(Demo.Monitor), Aip.Domain.People.Role.PlanMonitor, "Marcus Oyelaran");
        var requestId = await app.WithDbAsync(async db =>
        {
            var plan = await db.Plans.SingleAsync(p => p.Id == planId);
            var request = EvidenceRequest.Make(plan.Id, plan.DistrictId, RequestKind.Evidence, "Coaching logs", Dates.Day(DateTimeOffset.UtcNow).AddDays(-2), null, monitor,
                DateTimeOffset.UtcNow.AddDays(-30));
            db.EvidenceRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });

        for (var run = 0; run < 2; run++)
        {
            using var scope = app.Services.CreateScope();
            await scope.ServiceProvider.GetServices<Aip.Web.Infrastructure.Scheduling.IScheduledJob>()
                .OfType<Aip.Web.Features.Monitoring.MonitoringReminderJob>().Single().RunAsync(CancellationToken.None);
        }

        var manager = await app.UserIdAsync(Demo.Manager);
        var reminder = Assert.Single(await app.WithDbAsync(db => db.Notifications
            .Where(n => n.RecipientId == manager && n.Link == $"/plans/{planId}/requests#request-{requestId}" && n.Message.Contains("overdue since")).ToListAsync()));
        Assert.StartsWith("Riverton Public Schools: the monitor's request for additional evidence is overdue since", reminder.Message, StringComparison.Ordinal);
    }

    private static string Day(int daysFromToday) => Iso(Dates.Day(DateTimeOffset.UtcNow).AddDays(daysFromToday));

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed class RequestAndVisitWebOnSqlite(SqliteApp app) : RequestAndVisitWebTests(app), IClassFixture<SqliteApp>;

public sealed class RequestAndVisitWebOnPostgres(PostgresApp app) : RequestAndVisitWebTests(app), IClassFixture<PostgresApp>;

public sealed class RequestAndVisitWebOnSqlServer(SqlServerApp app) : RequestAndVisitWebTests(app), IClassFixture<SqlServerApp>;
