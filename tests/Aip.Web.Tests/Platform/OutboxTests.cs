using System.Collections.Concurrent;
using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Web.Data;
using Aip.Web.Features.Plans;
using Aip.Web.Features.Reviews;
using Aip.Web.Infrastructure.Mail;
using Aip.Web.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Aip.Web.Tests.Platform;

/// <summary>Steps, their notices and their mail commit together; mail goes out through the outbox, retried, never twice.</summary>
public abstract class OutboxTests(AipApp app)
{
    [DbFact]
    public async Task A_step_commits_with_its_notifications_and_outbox_mail_without_any_http_request()
    {
        var planId = await app.AddReadyPlanAsync();
        var link = $"/plans/{planId}";

        await InScopeAsync(async services =>
        {
            var plan = (await services.GetRequiredService<PlanStore>().LoadAsync(planId))!;
            await services.GetRequiredService<SubmitPlan>().RunAsync(plan, new Actor(Guid.NewGuid(), Role.Superintendent, "Test"));
        });

        var (notices, mails) = await NoticesAndMailAsync(link, "was submitted to ESE for review");
        Assert.True(notices > 0);
        Assert.Equal(notices, mails);
        Assert.Equal(PlanStatus.Submitted, await app.WithDbAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync()));
    }

    [DbFact]
    public async Task A_step_that_fails_writes_neither_notifications_nor_mail()
    {
        var notReady = await app.AddPlanAsync(p => p.AddObjective("Only one objective", null));
        var ready = await app.AddReadyPlanAsync();

        // Refused by the domain: the plan is not ready.
        await Assert.ThrowsAsync<DomainException>(() => InScopeAsync(async services =>
        {
            var plan = (await services.GetRequiredService<PlanStore>().LoadAsync(notReady))!;
            await services.GetRequiredService<SubmitPlan>().RunAsync(plan, new Actor(Guid.NewGuid(), Role.Superintendent, "Test"));
        }));

        // Refused by the database: someone changed the plan after it was loaded.
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => InScopeAsync(async services =>
        {
            var plan = (await services.GetRequiredService<PlanStore>().LoadAsync(ready))!;
            await app.WithDbAsync(async db =>
            {
                (await db.Plans.SingleAsync(p => p.Id == ready)).UpdateSection1("Changed meanwhile.", null, null);
                return await db.SaveChangesAsync();
            });
            await services.GetRequiredService<SubmitPlan>().RunAsync(plan, new Actor(Guid.NewGuid(), Role.Superintendent, "Test"));
        }));

        Assert.Equal((0, 0), await NoticesAndMailAsync($"/plans/{notReady}", "submitted"));
        Assert.Equal((0, 0), await NoticesAndMailAsync($"/plans/{ready}", "submitted"));
        Assert.Equal(PlanStatus.Draft, await app.WithDbAsync(db => db.Plans.Where(p => p.Id == ready).Select(p => p.Status).SingleAsync()));
    }

    [DbFact]
    public async Task Mail_that_fails_is_retried_later_and_delivered_once_the_server_recovers()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var server = new TestMailServer { Down = true };
        var to = await EnqueueAsync(1, clock);

        Assert.Equal(0, await SendDueAsync(server, clock));
        var waiting = await MessageAsync(to[0]);
        Assert.Equal((1, null, null), (waiting.Attempts, waiting.SentAt, waiting.FailedAt));
        Assert.Contains("server is down", waiting.LastError, StringComparison.Ordinal);

        // Not yet due again: nothing is tried before the back-off has passed.
        Assert.Equal(0, await SendDueAsync(server, clock));
        Assert.Empty(server.Sent);

        server.Down = false;
        clock.Advance(new OutboxOptions().DelayAfter(1));
        await SendDueAsync(server, clock);
        Assert.Contains(to[0], server.Sent);
        clock.Advance(TimeSpan.FromHours(2));
        await SendDueAsync(server, clock);

        Assert.Equal(1, server.Sent.Count(m => m == to[0]));
        var sent = await MessageAsync(to[0]);
        Assert.Equal((2, string.Empty), (sent.Attempts, sent.Body));
        Assert.NotNull(sent.SentAt);
    }

    [DbFact]
    public async Task Mail_that_fails_every_attempt_is_marked_failed_shown_to_ese_staff_and_can_be_sent_again()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var server = new TestMailServer { Down = true };
        var to = (await EnqueueAsync(1, clock))[0];
        var options = new OutboxOptions();
        for (var attempt = 1; attempt <= options.MaxAttempts; attempt++)
        {
            await SendDueAsync(server, clock);
            clock.Advance(options.MaxRetryDelay);
        }

        var failed = await MessageAsync(to);
        Assert.Equal(options.MaxAttempts, failed.Attempts);
        Assert.NotNull(failed.FailedAt);
        await SendDueAsync(server, clock);
        Assert.Equal(options.MaxAttempts, (await MessageAsync(to)).Attempts);

        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var page = await ese.GetPageAsync("/admin/outbox");
        var row = page.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(to, StringComparison.Ordinal));
        Assert.Contains("server is down", row.TextContent, StringComparison.Ordinal);
        await ese.SubmitAsync(page, $"form[action='/admin/outbox/{failed.Id}/retry']");

        server.Down = false;
        clock.Advance(TimeSpan.FromMinutes(1));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // The retry was stamped with the real clock; send with it.
            await new OutboxSender(scope.ServiceProvider.GetRequiredService<AipDbContext>(), server, TimeProvider.System,
                Options.Create(options), NullLogger<OutboxSender>.Instance).SendDueAsync();
        }

        Assert.Equal([to], server.Sent.Where(m => m == to));
    }

    [DbFact]
    public async Task Two_senders_working_at_once_never_send_one_message_twice()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var server = new TestMailServer { Delay = TimeSpan.FromMilliseconds(5) };
        var to = await EnqueueAsync(40, clock);

        async Task WorkAsync()
        {
            while (await SendDueAsync(server, clock, batch: 7) > 0)
            {
            }
        }

        await Task.WhenAll(WorkAsync(), WorkAsync());
        await SendDueAsync(server, clock);

        Assert.All(to, address => Assert.Equal(1, server.Sent.Count(m => m == address)));
    }

    private async Task<(int Notices, int Mails)> NoticesAndMailAsync(string link, string words) => await app.WithDbAsync(async db => (
        await db.Notifications.CountAsync(n => n.Link == link && n.Message.Contains(words)),
        await db.OutboxMessages.CountAsync(m => m.Body.Contains(link) && m.Subject.Contains(words))));

    private async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    private Task<List<string>> EnqueueAsync(int count, TimeProvider clock) => app.WithDbAsync(async db =>
    {
        var to = Enumerable.Range(0, count).Select(_ => $"outbox-{Guid.NewGuid():N}@test.example").ToList();
        db.OutboxMessages.AddRange(to.Select(address => OutboxMessage.Mail(address, "AIP: a test", "Body with a link.", clock.GetUtcNow())));
        await db.SaveChangesAsync();
        return to;
    });

    private Task<OutboxMessage> MessageAsync(string to) => app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.To == to));

    private async Task<int> SendDueAsync(TestMailServer server, TimeProvider clock, int batch = 50)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sender = new OutboxSender(scope.ServiceProvider.GetRequiredService<AipDbContext>(), server, clock,
            Options.Create(new OutboxOptions { BatchSize = batch }), NullLogger<OutboxSender>.Instance);
        return await sender.SendDueAsync();
    }

    /// <summary>A clock the test moves.</summary>
    private sealed class TestClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    /// <summary>A mail server that can be down; it records what it delivered.</summary>
    private sealed class TestMailServer : IMailSender
    {
        public bool Down { get; set; }

        public TimeSpan Delay { get; init; }

        public ConcurrentQueue<string> Sent { get; } = new();

        public async Task SendAsync(MailMessageContent message, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Delay, cancellationToken);
            if (Down)
            {
                throw new IOException("The mail server is down.");
            }

            Sent.Enqueue(message.To);
        }
    }
}

public sealed class OutboxOnSqlite(SqliteApp app) : OutboxTests(app), IClassFixture<SqliteApp>;

public sealed class OutboxOnPostgres(PostgresApp app) : OutboxTests(app), IClassFixture<PostgresApp>;

public sealed class OutboxOnSqlServer(SqlServerApp app) : OutboxTests(app), IClassFixture<SqlServerApp>;
