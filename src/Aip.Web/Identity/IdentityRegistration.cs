using Aip.Web.Data;
using Aip.Web.Infrastructure.Scheduling;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Aip.Web.Identity;

public static class IdentityRegistration
{
    public const string SignInPath = "/account/sign-in";

    public static IServiceCollection AddAipIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        var lockout = configuration.GetSection("Identity:Lockout");
        services
            .AddIdentityCore<AipUser>(options =>
            {
                // NIST SP 800-63B: length over composition rules.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = lockout.GetValue("MaxFailedAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(lockout.GetValue("Minutes", 15));
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AipDbContext>()
            .AddSignInManager<AipSignInManager>()
            .AddClaimsPrincipalFactory<AipClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            // After the defaults, so that it replaces Identity's authenticator provider: each code works once.
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);
        services.AddScoped<SecurityEvents>();

        // Invitation links must survive a weekend.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(3));

        // How often a signed-in session is checked against the account: a deactivated account or a changed
        // password (both rotate the security stamp) ends the session at the next check.
        services.Configure<SecurityStampValidatorOptions>(o =>
            o.ValidationInterval = configuration.GetValue("Identity:SessionCheckInterval", TimeSpan.FromMinutes(1)));

        // Sessions live on the server: the cookie holds a key, signing out deletes it (SessionStore).
        services.AddSingleton<SessionStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SessionStore>((options, store) => options.SessionStore = store);
        services.AddScoped<IScheduledJob, SessionCleanupJob>();

        var rememberDays = configuration.GetValue("Identity:RememberComputerDays", 14);
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddIdentityCookies(cookies =>
            {
                // "Do not ask for a code on this computer": the cookie is bound to the account's security stamp, so a
                // reset second factor or a new password asks again everywhere.
                cookies.TwoFactorRememberMeCookie?.Configure(options => options.ExpireTimeSpan = TimeSpan.FromDays(rememberDays));
                cookies.ApplicationCookie?.Configure(ConfigureSessionCookie);
            });
        return services;
    }

    private static void ConfigureSessionCookie(CookieAuthenticationOptions options)
    {
        options.LoginPath = SignInPath;
        options.LogoutPath = "/account/sign-out";
        options.AccessDeniedPath = "/account/access-denied";
        options.Cookie.Name = FreshSessionAtSignIn.CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        // Secure over HTTPS; in Production every cookie is Secure whatever the request (UseCookiePolicy in Program.cs).
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        // A refusal is a real 403 (rendered by the status-code page), not a redirect to a 200 page,
        // so that tests, scripts and assistive technology all see what happened.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }
}
