using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Features.Account;
using Aip.Web.Features.Documents;
using Aip.Web.Features.Plans;
using Aip.Web.Features.Reviews;
using Aip.Web.Features.Versions;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Logging;
using Aip.Web.Infrastructure.Mail;
using Aip.Web.Infrastructure.Scheduling;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;

var builder = WebApplication.CreateBuilder(args);

builder.AddAipLogging();
builder.Services.AddAipDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddAipIdentity(builder.Configuration);
builder.Services.AddAipAuthorization();
builder.Services.AddDataProtection().SetApplicationName("Aip").PersistKeysToDbContext<AipDbContext>();
builder.Services.Configure<MailOptions>(builder.Configuration.GetSection(MailOptions.Section));
builder.Services.AddScoped<IMailSender, SmtpMailSender>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<PasswordLinks>();
builder.Services.AddScoped<PlanStore>();
builder.Services.AddScoped<PlanStandings>();
builder.Services.AddScoped<SubmitPlan>();
builder.Services.AddScoped<DecideReview>();
builder.Services.AddScoped<AmendmentSteps>();
builder.Services.AddScoped<StartSuccessorPlan>();
builder.Services.AddScoped<DatabaseInitializer>();
builder.Services.AddScoped<DemoData>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddAipScheduler(builder.Configuration);
// Every form's validator, run explicitly by its action (Infrastructure/Web/Validation.cs) and shown on the client by
// FluentClientValidatorProvider; FluentValidation.AspNetCore's automatic validation is not used (ADR 0005).
builder.Services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);
builder.Services.AddAipDocuments(builder.Configuration);
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

app.UseAipRequestLogging();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseStaticFiles();
app.UseMiddleware<FormReadingMiddleware>();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapHealthChecks("/health").AllowAnonymous();
app.MapControllers();

await app.RunAsync();

/// <summary>Entry point; public so that the integration tests can host the app.</summary>
public partial class Program;
