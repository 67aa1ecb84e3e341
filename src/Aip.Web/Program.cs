using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Features.Account;
using Aip.Web.Features.Districts;
using Aip.Web.Features.Documents;
using Aip.Web.Features.Monitoring;
using Aip.Web.Features.Plans;
using Aip.Web.Features.Reviews;
using Aip.Web.Features.Versions;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Files;
using Aip.Web.Infrastructure.Logging;
using Aip.Web.Infrastructure.Mail;
using Aip.Web.Infrastructure.Operations;
using Aip.Web.Infrastructure.Scheduling;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;

var builder = WebApplication.CreateBuilder(args);

// `dotnet Aip.Web.dll ops …`: the backup and restore scripts' questions, answered from the app's own settings.
if (OperationsCommand.IsCommand(args))
{
    Environment.ExitCode = OperationsCommand.Run(args, builder.Configuration, builder.Environment.ContentRootPath);
    return;
}

builder.AddAipLogging();
builder.Services.AddAipDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddAipIdentity(builder.Configuration);
builder.Services.AddAipAuthorization();
builder.Services.AddDataProtection().SetApplicationName("Aip").PersistKeysToDbContext<AipDbContext>();
builder.Services.AddAipMailOptions(builder.Configuration, builder.Environment);
builder.Services.AddScoped<IMailSender, SmtpMailSender>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<PasswordLinks>();
builder.Services.AddScoped<SignInAttempts>();
builder.Services.AddAipAccountRateLimits(builder.Configuration);
builder.Services.AddAipReverseProxy(builder.Configuration, builder.Environment);
builder.Services.AddScoped<PlanStore>();
builder.Services.AddScoped<PlanStandings>();
builder.Services.AddScoped<SubmitPlan>();
builder.Services.AddScoped<AskToSubmit>();
builder.Services.AddScoped<DecideReview>();
builder.Services.AddScoped<ScheduleDiscussion>();
builder.Services.AddScoped<Aip.Web.Features.Reports.ReportSources>();
builder.Services.AddScoped<Aip.Web.Features.Reports.BeginReport>();
builder.Services.AddScoped<Aip.Web.Features.Home.WhatIsDue>();
builder.Services.AddMemoryCache();
builder.Services.AddSingleton<PageBodies>();
builder.Services.AddScoped<Aip.Web.Features.Portfolio.PortfolioQuery>();
builder.Services.AddScoped<Aip.Web.Features.Evidence.EvidenceUploads>();
builder.Services.AddScoped<IScheduledJob, MonitoringReminderJob>();
builder.Services.AddScoped<IScheduledJob, Aip.Web.Features.Reports.ReportReminderJob>();
builder.Services.AddScoped<IScheduledJob, Aip.Web.Features.Notifications.NotificationDigestJob>();
builder.Services.AddScoped<AmendmentSteps>();
builder.Services.AddScoped<StartSuccessorPlan>();
builder.Services.AddScoped<DistrictExport>();
builder.Services.AddScoped<DeleteDistrictData>();
builder.Services.AddScoped<DatabaseInitializer>();
builder.Services.AddScoped<DemoData>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddAipScheduler(builder.Configuration);
// Every form's validator, run explicitly by its action (Infrastructure/Web/Validation.cs) and shown on the client by
// FluentClientValidatorProvider; FluentValidation.AspNetCore's automatic validation is not used (ADR 0005). Singletons:
// they hold no state (today's date comes with the form), and building one builds its rules, which every request to a
// controller that takes validators paid for (issue 17: about 1.5 % of a plan overview).
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, includeInternalTypes: true);
builder.Services.AddAipDocuments(builder.Configuration);
builder.Services.AddAipFiles(builder.Configuration);
builder.Services
    .AddControllersWithViews(options =>
    {
        // Every unsafe request (POST, PUT, DELETE...) must carry a valid antiforgery token.
        options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
        options.Filters.Add<DomainExceptionFilter>();
        FormValueBinding.Configure(options);
    })
    .AddRazorOptions(options =>
    {
        // Feature folders: a feature's controllers, forms and views live together under Features/<Name>.
        options.ViewLocationFormats.Clear();
        options.ViewLocationFormats.Add("/Features/{feature}/{0}.cshtml");
        options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        options.ViewLocationExpanders.Add(new FeatureViewLocationExpander());
    });
builder.Services.AddOptions<MvcViewOptions>()
    .Configure<IServiceScopeFactory>((options, scopes) => options.ClientModelValidatorProviders.Add(new FluentClientValidatorProvider(scopes)));
builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(FormReadingMiddleware.Configure);
builder.Services.AddHealthChecks().AddDbContextCheck<AipDbContext>();

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}

// First: the client's address, scheme and host as the trusted proxy saw them (logs, rate limits, audit, HTTPS).
app.UseForwardedHeaders();
app.UseAipRequestLogging();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
}

if (app.Environment.IsProduction())
{
    app.UseHsts();
    app.UseHttpsRedirection();
    // Every cookie (session, second-factor step, antiforgery, TempData) is sent over HTTPS only.
    app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurePolicy.Always });
}

app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseStaticFiles();
app.UseMiddleware<FormReadingMiddleware>();
app.UseRouting();
app.UseMiddleware<FreshSessionAtSignIn>();
app.UseAuthentication();
app.UseMiddleware<SecondFactorGate>();
app.UseAuthorization();
app.UseRateLimiter();

app.MapHealthChecks(LoggingRegistration.HealthPath).AllowAnonymous();
app.MapControllers();

await app.RunAsync();

/// <summary>Entry point; public so that the integration tests can host the app.</summary>
public partial class Program;
