using System.Net;
using Aip.Domain.People;
using Aip.Web.Data;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aip.Testing;

/// <summary>
/// The real app, in memory, on its own fresh database (migrated and seeded with the demo data at start,
/// exactly as in Development). One instance per test class; derive per database provider.
/// </summary>
public abstract class AipApp : WebApplicationFactory<Program>
{
    public const int MaxFailedAttempts = 3;

    /// <summary>Where the tests' app says it lives: every link in a mail starts with it.</summary>
    public const string LinkOrigin = "https://aip.test";

    private readonly Lazy<string> _connectionString;

    protected AipApp(DatabaseProvider provider)
    {
        Provider = provider;
        _connectionString = new Lazy<string>(CreateDatabase);
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString => _connectionString.Value;

    /// <summary>Counts every SQL command the app sends (reset it before the request you measure).</summary>
    public CommandCounter Commands { get; } = new();

    public string MailFolder { get; } = Directory.CreateTempSubdirectory("aip-mail-").FullName;

    public string LogFolder { get; } = Directory.CreateTempSubdirectory("aip-logs-").FullName;

    /// <summary>The app's file store (<c>Files:Folder</c>): the demo's evidence files and the tests' uploads.</summary>
    public string FilesFolder { get; } = Directory.CreateTempSubdirectory("aip-files-").FullName;

    /// <summary>Test apps take files of up to 64 KB, so the refusal of a larger one needs no 25 MB upload.</summary>
    public const int MaxFileBytes = 64 * 1024;

    /// <summary>The connection string of a new, empty database on this app's provider.</summary>
    public abstract string CreateDatabase();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Aip", ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Mail:PickupDirectory", MailFolder);
        builder.UseSetting("Mail:LinkOrigin", LinkOrigin);
        // Tests deliver the outbox themselves (MailsToAsync), so nothing races them in the background.
        builder.UseSetting("Scheduler:Enabled", "false");
        builder.UseSetting("Logging:Folder", LogFolder);
        builder.UseSetting("Files:Folder", FilesFolder);
        builder.UseSetting("Files:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Identity:Lockout:MaxFailedAttempts", MaxFailedAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Check the session against the account on every request, so deactivation shows at once.
        builder.UseSetting("Identity:SessionCheckInterval", "00:00:00");
        // Test classes sign in hundreds of times from one address; the limits' own tests set them low.
        builder.UseSetting("RateLimits:PerAddress", "100000");
        builder.UseSetting("RateLimits:PerAccount", "100000");
        builder.ConfigureServices(services => services.ConfigureDbContext<AipDbContext>(options => options.AddInterceptors(Commands)));
    }

    /// <summary>The authenticator app of the accounts that need a second factor.</summary>
    public Authenticator Authenticator { get; } = new();

    /// <summary>
    /// A client that keeps cookies and does not follow redirects (tests look at them); of this app, or of a variant of it
    /// made with <c>WithWebHostBuilder</c> on the same database.
    /// </summary>
    /// <remarks>Production redirects plain HTTP to HTTPS: give its variants an https <paramref name="baseAddress"/>.</remarks>
    public TestClient NewClient(WebApplicationFactory<Program>? variant = null, Uri? baseAddress = null)
    {
        var cookies = new CookieContainer();
        return new((variant ?? this).CreateDefaultClient(baseAddress ?? new Uri("http://localhost"), new CookieContainerHandler(cookies)), this, cookies);
    }

    public async Task<T> WithDbAsync<T>(Func<AipDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AipDbContext>());
    }

    public Task<Guid> DistrictIdAsync(string code) =>
        WithDbAsync(db => db.Districts.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    /// <summary>A new account with the demo password, for tests that lock, deactivate or change it.</summary>
    /// <remarks>An account whose role needs a second factor has the demo authenticator key unless <paramref name="secondFactor"/> is false.</remarks>
    public async Task<string> CreateAccountAsync(Role role, string? districtCode = null, bool secondFactor = true)
    {
        var districtId = districtCode is null ? (Guid?)null : await DistrictIdAsync(districtCode);
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AipUser>>();
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@test.example";
        var user = new AipUser { UserName = email, Email = email, DisplayName = $"Test {role.DisplayName()}", Role = role, DistrictId = districtId };
        var result = await users.CreateAsync(user, TestClient.DemoPassword);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        if (role.NeedsSecondFactor() && secondFactor)
        {
            // As the demo accounts: the test's authenticator app knows the key.
            await users.SetAuthenticationTokenAsync(user, AuthenticatorKeyStore.Provider, AuthenticatorKeyStore.Name, Authenticator.DemoKey);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        return email;
    }

    /// <summary>Sends the mail that is due in the outbox (as the scheduler would); returns how many were sent.</summary>
    public async Task<int> DeliverMailAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync();
    }

    /// <summary>The mails for <paramref name="to"/>, oldest first, once the outbox has been delivered to the pickup folder.</summary>
    public async Task<IReadOnlyList<string>> MailsToAsync(string to)
    {
        await DeliverMailAsync();
        return Directory.GetFiles(MailFolder, "*.eml")
            .Select(File.ReadAllText)
            .Where(text => text.Contains($"To: {to}", StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    public Task<Guid> UserIdAsync(string email) =>
        WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            TryDelete(MailFolder);
            TryDelete(LogFolder);
            TryDelete(FilesFolder);
        }
    }

    protected static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be open for a moment; the temp folder is cleaned by the OS later.
        }
    }
}

public class SqliteApp : AipApp
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aip-sqlite-").FullName;

    public SqliteApp() : base(DatabaseProvider.Sqlite)
    {
    }

    public override string CreateDatabase() => $"Data Source={Path.Combine(_folder, $"aip-{Guid.NewGuid():N}.db")}";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TryDelete(_folder);
        }
    }
}

public sealed class PostgresApp : AipApp
{
    public PostgresApp() : base(DatabaseProvider.Postgres)
    {
    }

    public override string CreateDatabase() => PostgresCluster.Shared.CreateDatabase();
}

/// <summary>The app on SQL Server, where one is reachable (<see cref="SqlServerInstance"/>); skipped elsewhere.</summary>
public sealed class SqlServerApp : AipApp
{
    public SqlServerApp() : base(DatabaseProvider.SqlServer)
    {
    }

    public override string CreateDatabase() => SqlServerInstance.Shared.CreateDatabase();
}
