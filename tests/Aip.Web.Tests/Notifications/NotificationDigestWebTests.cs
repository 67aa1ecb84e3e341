using System.Net;
using Aip.Domain.Notifications;
using Aip.Domain.People;
using Aip.Web.Data;
using Aip.Web.Features.Notifications;
using Aip.Web.Features.Plans;
using Aip.Web.Features.Reviews;
using Aip.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Aip.Web.Tests.Notifications;

/// <summary>
/// Notifications in two groups (needs your action, for your information) and the daily digest: a person chooses it on
/// their own account page (a choice not offered is refused, another person's account is out of reach), a notice then
/// sends them no mail at once, and the morning's job sends one grouped mail, never twice.
/// </summary>
public abstract class NotificationDigestWebTests(AipApp app)
{
    private const string MailPage = "/account/notification-mail";

    [DbFact]
    public async Task The_setting_saves_the_daily_digest_and_refuses_a_choice_it_does_not_offer()
    {
        var email = await app.CreateAccountAsync(Role.PlanManager, Demo.OtherDistrict);
        using var person = await app.NewClient().SignedInAsAsync(email);

        var account = await person.GetPageAsync("/account/sessions");
        Assert.NotNull(account.QuerySelector($"a[href='{MailPage}']"));
        var page = await person.GetPageAsync(MailPage);
        Assert.Equal("EachNotice", page.QuerySelector("select[name=Delivery] option[selected]")?.GetAttribute("value"));

        var refused = await person.SubmitAsync(page, "main form[method=post]", new() { ["Delivery"] = "Weekly" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await TestClient.ParseAsync(refused);
        Assert.NotNull(again.QuerySelector(".error-summary"));
        Assert.False(await DailyDigestAsync(email));

        var saved = await person.SubmitAsync(again, "main form[method=post]", new() { ["Delivery"] = "DailyDigest" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await DailyDigestAsync(email));
        var id = await app.UserIdAsync(email);
        Assert.True(await app.WithDbAsync(db => db.NotificationDigests.AnyAsync(d => d.RecipientId == id)));
        var shown = await person.GetPageAsync(MailPage);
        Assert.Equal("DailyDigest", shown.QuerySelector("select[name=Delivery] option[selected]")?.GetAttribute("value"));
    }

    [DbFact]
    public async Task One_person_cannot_change_another_persons_setting()
    {
        var mine = await app.CreateAccountAsync(Role.PlanManager, Demo.OtherDistrict);
        var theirs = await app.CreateAccountAsync(Role.Superintendent, Demo.OtherDistrict);
        var theirId = await app.UserIdAsync(theirs);
        var theirStamp = await app.WithDbAsync(db => db.Users.Where(u => u.Id == theirId).Select(u => u.ConcurrencyStamp).SingleAsync());
        using var person = await app.NewClient().SignedInAsAsync(mine);

        // Only the signed-in account is ever changed: an id sent along is ignored, and the other account's version is refused.
        var page = await person.GetPageAsync(MailPage);
        var response = await person.SubmitAsync(page, "main form[method=post]",
            new() { ["Delivery"] = "DailyDigest", ["Id"] = theirId.ToString(), ["UserId"] = theirId.ToString(), ["ConcurrencyStamp"] = theirStamp! });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("saved elsewhere", (await TestClient.ParseAsync(response)).QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.False(await DailyDigestAsync(theirs));
        Assert.False(await DailyDigestAsync(mine));
        await person.GetPageAsync($"{MailPage}/{theirId}", HttpStatusCode.NotFound);
    }

    [DbFact]
    public async Task With_the_digest_on_a_notice_is_in_the_app_but_sends_no_mail_at_once_and_others_still_get_theirs()
    {
        var digested = await app.CreateAccountAsync(Role.EseStaff);
        var immediate = await app.CreateAccountAsync(Role.EseStaff);
        await ChooseDigestAsync(digested);
        var planId = await app.AddReadyPlanAsync();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var plan = (await scope.ServiceProvider.GetRequiredService<PlanStore>().LoadAsync(planId))!;
            await scope.ServiceProvider.GetRequiredService<SubmitPlan>().RunAsync(plan, new Actor(Guid.NewGuid(), Role.Superintendent, "Test"));
        }

        var link = $"/plans/{planId}";
        Assert.Equal([NotificationKind.Action], await KindsAsync(digested, link));
        Assert.Equal([NotificationKind.Action], await KindsAsync(immediate, link));
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == digested)));
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == immediate && m.Body.Contains(link))));
        // The district's leaders are told for their information: the step is ESE's.
        var superintendent = await app.UserIdAsync(Demo.Superintendent);
        Assert.Contains(NotificationKind.Information, await app.WithDbAsync(db =>
            db.Notifications.Where(n => n.RecipientId == superintendent && n.Link == link).Select(n => n.Kind).ToListAsync()));
    }

    [DbFact]
    public async Task The_morning_job_sends_one_grouped_mail_with_absolute_links_and_never_twice()
    {
        var email = await app.CreateAccountAsync(Role.PlanManager, Demo.OtherDistrict);
        var quiet = await app.CreateAccountAsync(Role.PlanManager, Demo.OtherDistrict);
        await ChooseDigestAsync(email);
        await ChooseDigestAsync(quiet);
        var id = await app.UserIdAsync(email);
        await AddNotificationsAsync(id, ("Answer the monitor's request.", NotificationKind.Action), ("The plan was approved.", NotificationKind.Information));
        var morning = NotificationDigest.NextSending(DateTimeOffset.UtcNow).AddMinutes(30);

        await RunJobAsync(morning);
        await RunJobAsync(morning.AddHours(2));

        var mails = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == email).ToListAsync());
        var mail = Assert.Single(mails);
        Assert.Equal("AIP daily digest: 1 needs your action, 1 for your information", mail.Subject);
        Assert.True(mail.Body.IndexOf("Needs your action", StringComparison.Ordinal) < mail.Body.IndexOf("For your information", StringComparison.Ordinal));
        Assert.Contains($"{AipApp.LinkOrigin}/plans/", mail.Body, StringComparison.Ordinal);
        Assert.Contains($"{AipApp.LinkOrigin}/account/notification-mail", mail.Body, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == quiet)));

        // The next morning, with nothing new, nobody gets a mail.
        await RunJobAsync(morning.AddDays(1));
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == email)));
    }

    [DbFact]
    public async Task The_notifications_page_shows_actions_first_unread_first_and_opening_one_marks_it_read()
    {
        var email = await app.CreateAccountAsync(Role.PlanManager, Demo.OtherDistrict);
        var id = await app.UserIdAsync(email);
        await AddNotificationsAsync(id, ("Read action.", NotificationKind.Action), ("Unread information.", NotificationKind.Information), ("Unread action.", NotificationKind.Action));
        var readId = await app.WithDbAsync(db => db.Notifications.Where(n => n.RecipientId == id && n.Message == "Read action.").Select(n => n.Id).SingleAsync());
        using var person = await app.NewClient().SignedInAsAsync(email);
        var opened = await person.SubmitAsync(await person.GetPageAsync("/notifications"), $"form[action='/notifications/{readId}/open']");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);

        var page = await person.GetPageAsync("/notifications");

        var groups = page.QuerySelectorAll("main section.notification-group").ToList();
        Assert.Equal(["Needs your action", "For your information"], groups.Select(g => g.QuerySelector("h2")!.FirstChild!.TextContent.Trim()));
        Assert.Equal(["Unread action.", "Read action."], groups[0].QuerySelectorAll("li button").Select(b => b.TextContent.Trim()));
        Assert.Equal(["Unread information."], groups[1].QuerySelectorAll("li button").Select(b => b.TextContent.Trim()));
        Assert.Contains("1 to act on", page.QuerySelector("nav .notification-actions")!.TextContent, StringComparison.Ordinal);
    }

    private Task<bool> DailyDigestAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.DailyDigest).SingleAsync());

    private async Task<List<NotificationKind>> KindsAsync(string email, string link)
    {
        var id = await app.UserIdAsync(email);
        return await app.WithDbAsync(db => db.Notifications.Where(n => n.RecipientId == id && n.Link == link).Select(n => n.Kind).ToListAsync());
    }

    private async Task ChooseDigestAsync(string email)
    {
        using var person = await app.NewClient().SignedInAsAsync(email);
        var saved = await person.SubmitAsync(await person.GetPageAsync(MailPage), "main form[method=post]", new() { ["Delivery"] = "DailyDigest" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    /// <summary>Notifications a second apart, in the order given, after the digest was chosen.</summary>
    private Task<int> AddNotificationsAsync(Guid recipientId, params (string Message, NotificationKind Kind)[] notices) => app.WithDbAsync(async db =>
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(1);
        foreach (var (message, kind) in notices)
        {
            db.Notifications.Add(Notification.Create(recipientId, message, $"/plans/{Guid.NewGuid()}", at, kind));
            at = at.AddSeconds(1);
        }

        return await db.SaveChangesAsync();
    });

    private async Task RunJobAsync(DateTimeOffset now)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var job = new NotificationDigestJob(scope.ServiceProvider.GetRequiredService<AipDbContext>(), new FixedClock(now),
            scope.ServiceProvider.GetRequiredService<IOptions<MailOptions>>());
        await job.RunAsync(CancellationToken.None);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class NotificationDigestWebOnSqlite(SqliteApp app) : NotificationDigestWebTests(app), IClassFixture<SqliteApp>;

public sealed class NotificationDigestWebOnPostgres(PostgresApp app) : NotificationDigestWebTests(app), IClassFixture<PostgresApp>;

public sealed class NotificationDigestWebOnSqlServer(SqlServerApp app) : NotificationDigestWebTests(app), IClassFixture<SqlServerApp>;
