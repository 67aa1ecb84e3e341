using Aip.Testing;
using Aip.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aip.WebBench;

/// <summary>
/// The real app on Kestrel at <paramref name="port"/>, on the given database (migrated and seeded with the demo data at
/// start), set up as the load check sets it (not Production: plain-HTTP loopback; sign-in limits lifted), with the tests'
/// SQL command counter and, behind its pipeline, the raw overview page. Background jobs are off, so that the counter
/// and the allocation figures see only the requests measured.
/// </summary>
internal sealed class BenchApp(DatabaseProvider provider, string connectionString, int port, string work) : WebApplicationFactory<Program>
{
    /// <summary>Every SQL command the app sends (reset it before the request measured).</summary>
    public CommandCounter Commands { get; } = new();

    public Uri BaseUrl { get; } = new($"http://127.0.0.1:{port}");

    /// <summary>The raw ADO.NET page the overview is held against.</summary>
    public RawOverview Raw { get; } = new(provider, connectionString);

    /// <summary>Starts Kestrel (and the app: migration and demo data) and waits until it answers.</summary>
    public void Start()
    {
        UseKestrel(port);
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Aip", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Mail:PickupDirectory", Path.Combine(work, "mail"));
        builder.UseSetting("Mail:LinkOrigin", BaseUrl.ToString());
        builder.UseSetting("Scheduler:Enabled", "false");
        builder.UseSetting("Logging:Folder", Path.Combine(work, "logs"));
        builder.UseSetting("Files:Folder", Path.Combine(work, "files"));
        builder.UseSetting("RateLimits:PerAddress", "100000000");
        builder.UseSetting("RateLimits:PerAccount", "100000000");
        builder.UseSetting("Documents:MaxQueuedRenders", "256");
        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<AipDbContext>(options => options.AddInterceptors(Commands, Raw.Recording));
            services.AddSingleton<IStartupFilter>(new RawOverview.Filter(Raw));
        });
    }
}
