using Microsoft.Data.SqlClient;
using Testcontainers.MsSql;

namespace Aip.Testing;

/// <summary>
/// The SQL Server the <see cref="SqlServerApp"/> tests run on, when there is one: the server named by
/// AIP_SQLSERVER_CONNECTION (a login that may create databases), or else, where a Docker engine is reachable, a
/// throw-away container (Testcontainers.MsSql). Our own machines have neither, so there these tests are skipped with
/// the reason, unless AIP_REQUIRE_SQLSERVER=1 makes that a failure. Each test class gets its own database.
/// </summary>
public sealed class SqlServerInstance
{
    public const string ConnectionVariable = "AIP_SQLSERVER_CONNECTION";
    public const string RequireVariable = "AIP_REQUIRE_SQLSERVER";
    private const string Image = "mcr.microsoft.com/mssql/server:2022-latest";

    private static readonly Lazy<SqlServerInstance> SharedInstance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databases;

    private readonly string _server;
    private readonly List<string> _created = [];

    private SqlServerInstance(string server) => _server = server;

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    private static string? Configured => Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Why SQL Server tests are skipped, or null when they run (or must run, and fail without a server).</summary>
    public static string? SkipReason => Configured is null && !DockerReachable && !Required
        ? $"No SQL Server here: set {ConnectionVariable} to a server's connection string, or run where a Docker engine is " +
          $"reachable (Testcontainers.MsSql); set {RequireVariable}=1 to make that a failure."
        : null;

    public static SqlServerInstance Shared => SharedInstance.Value;

    private static bool DockerReachable =>
        Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } || File.Exists("/var/run/docker.sock");

    /// <summary>A new, empty database on the server; one per test class keeps tests independent.</summary>
    public string CreateDatabase()
    {
        var name = $"aip_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        using var connection = new SqlConnection(_server);
        connection.Open();
        using var command = new SqlCommand($"CREATE DATABASE [{name}]", connection);
        command.ExecuteNonQuery();
        lock (_created)
        {
            _created.Add(name);
        }

        return new SqlConnectionStringBuilder(_server) { InitialCatalog = name }.ConnectionString;
    }

    private static SqlServerInstance Start()
    {
        if (Configured is { } server)
        {
            // A server of someone else's: leave it as it was found.
            var instance = new SqlServerInstance(server);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => instance.DropCreatedDatabases();
            return instance;
        }

        if (!DockerReachable)
        {
            throw new InvalidOperationException($"{RequireVariable}=1 but {ConnectionVariable} is not set and no Docker engine is reachable.");
        }

        var container = new MsSqlBuilder(Image).Build();
        container.StartAsync().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return new SqlServerInstance(container.GetConnectionString());
    }

    private void DropCreatedDatabases()
    {
        SqlConnection.ClearAllPools();
        using var connection = new SqlConnection(_server);
        connection.Open();
        foreach (var name in _created)
        {
            using var command = new SqlCommand($"ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]", connection);
            command.ExecuteNonQuery();
        }
    }
}
