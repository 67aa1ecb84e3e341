using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Aip.Web.Data;

public static class DatabaseRegistration
{
    public const string ConnectionStringName = "Aip";

    /// <summary>
    /// Registers <see cref="AipDbContext"/> on the configured provider (SQLite, PostgreSQL or SQL Server). Nothing
    /// else in the data layer names a provider, except the migration helpers in <c>MigrationExtensions</c>.
    /// </summary>
    public static IServiceCollection AddAipDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        // Resolved once at start-up, as are the pooled context's options below.
        var configured = configuration.GetConnectionString(ConnectionStringName);
        var connectionString = options.Provider switch
        {
            DatabaseProvider.Sqlite => SqliteConnectionString(configured, contentRoot),
            DatabaseProvider.Postgres => PostgresConnectionString(configured
                ?? throw new InvalidOperationException($"ConnectionStrings:Aip is required for {options.Provider}.")),
            DatabaseProvider.SqlServer => configured
                ?? throw new InvalidOperationException($"ConnectionStrings:Aip is required for {options.Provider}."),
            _ => throw new InvalidOperationException($"Unknown database provider '{options.Provider}'."),
        };

        // Audit, notices and outbox mail are written by the save pipeline, in the same transaction as every change.
        services.AddHttpContextAccessor();
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SavePipeline>();
        services.AddSingleton<CompiledReads>();
        services.AddSingleton<SqliteMemoryMap>();
        // Pooled: a request's context is reset and reused rather than built anew with its services and options (issue 17
        // found building them about 4 % of a plan page). The context keeps no state of its own between requests.
        services.AddDbContextPool<AipDbContext>((provider, builder) =>
        {
            builder.AddInterceptors(provider.GetRequiredService<SavePipeline>());
            _ = options.Provider switch
            {
                DatabaseProvider.Sqlite => builder.UseSqlite(connectionString).AddInterceptors(provider.GetRequiredService<SqliteMemoryMap>()),
                DatabaseProvider.Postgres => builder.UseNpgsql(connectionString),
                _ => builder.UseSqlServer(connectionString),
            };

            // The migrations are written by hand without a model snapshot, so EF cannot compare them with
            // the model; the schema-equivalence test does that job instead (docs/architecture.md).
            builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        return services;
    }

    /// <summary>The statements Npgsql prepares on the server per connection unless the connection string says otherwise.</summary>
    internal const int MaxAutoPrepare = 64;

    /// <summary>
    /// Npgsql's automatic preparation is off by default, so PostgreSQL parses and plans every statement again. The app
    /// sends the same few dozen statements over and over (a plan page is about a dozen), so preparing a statement once it
    /// has run a few times on a connection pays for itself (issue 17 measured 1.55-1.63 times the requests per second on
    /// the plan overview and the home pages). A connection string that sets <c>Max Auto Prepare</c> keeps its value
    /// (0 turns preparation off).
    /// </summary>
    internal static string PostgresConnectionString(string configured)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = configured };
        if (given.Keys.Cast<string>().Any(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return configured;
        }

        return new NpgsqlConnectionStringBuilder(configured) { MaxAutoPrepare = MaxAutoPrepare }.ConnectionString;
    }

    /// <summary>
    /// The default SQLite file lives under App_Data, created on first start. A relative Data Source is
    /// resolved against the content root so the app finds the same file whatever the working directory.
    /// </summary>
    internal static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? "Data Source=App_Data/aip.db");
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        if (builder.Mode != SqliteOpenMode.Memory && Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
