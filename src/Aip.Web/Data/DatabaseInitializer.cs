using Aip.Domain.People;
using Aip.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Aip.Web.Data;

/// <summary>
/// Runs at start-up: applies migrations (when configured), creates the first ESE account from the one-time
/// <c>Bootstrap</c> settings, and seeds the demo data (when configured).
/// </summary>
public sealed class DatabaseInitializer(
    AipDbContext db,
    UserManager<AipUser> users,
    IConfiguration configuration,
    DemoData demoData,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync()
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.SeedDemoData && environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Database:SeedDemoData is refused in Production: the demo accounts' password and authenticator key are published " +
                "in the README. Show the demo in Development (dotnet run), or on a machine that is not reachable from outside.");
        }

        if (options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync();
        }

        await BootstrapFirstEseAccountAsync();
        if (options.SeedDemoData)
        {
            await demoData.SeedAsync();
        }
    }

    /// <summary>
    /// Production seeds no accounts. The first ESE account comes from Bootstrap:EseEmail / EseName /
    /// EsePassword, and only while no ESE account exists; remove the settings once it has signed in.
    /// </summary>
    private async Task BootstrapFirstEseAccountAsync()
    {
        var section = configuration.GetSection("Bootstrap");
        var email = section["EseEmail"];
        if (string.IsNullOrWhiteSpace(email) || await db.Users.AnyAsync(u => u.Role == Role.EseStaff))
        {
            return;
        }

        var user = new AipUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = section["EseName"] is { Length: > 0 } name ? name : email,
            Role = Role.EseStaff,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var result = await users.CreateAsync(user, section["EsePassword"] ?? string.Empty);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                "The Bootstrap ESE account could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        logger.LogWarning("Created the first ESE staff account {UserId} from the Bootstrap settings", user.Id);
    }
}
