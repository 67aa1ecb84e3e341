using Aip.Web.Infrastructure.Outbox;
using Aip.Web.Infrastructure.Web;

namespace Aip.Web.Infrastructure.Scheduling;

public static class SchedulerRegistration
{
    /// <summary>The outbox sender, the scheduled jobs and the background scheduler that runs both.</summary>
    public static IServiceCollection AddAipScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.Configure<SchedulerOptions>(configuration.GetSection(SchedulerOptions.Section));
        services.AddScoped<OutboxSender>();
        services.AddScoped<ScheduledJobs>();
        services.AddScoped<IScheduledJob, OutboxCleanupJob>();
        services.AddScoped<IScheduledJob, FormSubmissionCleanupJob>();
        services.AddSingleton<Scheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<Scheduler>());
        return services;
    }
}
