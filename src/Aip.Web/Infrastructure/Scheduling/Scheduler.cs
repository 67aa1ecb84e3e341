using Aip.Web.Infrastructure.Outbox;
using Microsoft.Extensions.Options;

namespace Aip.Web.Infrastructure.Scheduling;

/// <summary>
/// The app's clock work, in the background of every instance: each pass sends the outbox mail that is due and runs
/// the jobs that are due, in a scope of its own. Time comes from <see cref="TimeProvider"/>, so tests move it. A pass
/// that fails is logged and the next one goes ahead.
/// </summary>
public sealed class Scheduler(IServiceScopeFactory scopes, TimeProvider clock, IOptions<SchedulerOptions> options, ILogger<Scheduler> logger)
    : BackgroundService
{
    /// <summary>One pass: the outbox, then the jobs.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<ScheduledJobs>().RunDueAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
#pragma warning disable CA1031 // The database may be away for a moment; the next pass tries again.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "A scheduler pass failed; the next one runs in {Interval}", options.Value.PollInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
