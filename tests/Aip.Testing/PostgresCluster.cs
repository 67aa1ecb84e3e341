using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Aip.Testing;

/// <summary>
/// A disposable PostgreSQL server for the test run: <c>initdb</c> into a temporary folder, <c>pg_ctl start</c>
/// on a free loopback port, removed when the test process exits. The same idea as a Testcontainers
/// database, without Docker. <c>initdb</c> refuses to run as root, so as root the server runs as nobody.
/// </summary>
public sealed class PostgresCluster
{
    public const string RequireVariable = "AIP_REQUIRE_POSTGRES";

    private static readonly Lazy<PostgresCluster> SharedCluster = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databases;

    private readonly string _folder;
    private readonly string _binaries;
    private readonly int _port;

    private PostgresCluster(string folder, string binaries, int port)
    {
        _folder = folder;
        _binaries = binaries;
        _port = port;
    }

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why PostgreSQL tests are skipped, or null when they run (or must run, and fail without a server).</summary>
    public static string? SkipReason => BinaryFolder() is null && !Required
        ? $"PostgreSQL server binaries (initdb, pg_ctl) are not installed; set {RequireVariable}=1 to make that a failure."
        : null;

    public static PostgresCluster Shared => SharedCluster.Value;

    /// <summary>A new, empty database on the shared cluster; one per test class keeps tests independent.</summary>
    public string CreateDatabase()
    {
        var name = $"aip_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_port};Username=postgres;Database={database};Pooling=true;Include Error Detail=true";

    private static PostgresCluster Start()
    {
        var binaries = BinaryFolder() ?? throw new InvalidOperationException(
            $"{RequireVariable}=1 but the PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or under /usr/lib/postgresql.");
        var folder = Directory.CreateTempSubdirectory("aip-pg-").FullName;
        var data = Path.Combine(folder, "data");
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", $"-R nobody \"{folder}\"");
        }

        RunAsServerUser(asRoot, Path.Combine(binaries, "initdb"), $"-D \"{data}\" -U postgres --auth=trust --encoding=UTF8 --no-locale");
        RunAsServerUser(asRoot, Path.Combine(binaries, "pg_ctl"),
            $"-D \"{data}\" -l \"{Path.Combine(folder, "server.log")}\" -w -t 60 " +
            $"-o \"-p {port} -h 127.0.0.1 -k {folder} -F -c max_connections=200\" start");

        var cluster = new PostgresCluster(folder, binaries, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop(asRoot);
        return cluster;
    }

    private void Stop(bool asRoot)
    {
        try
        {
            RunAsServerUser(asRoot, Path.Combine(_binaries, "pg_ctl"), $"-D \"{Path.Combine(_folder, "data")}\" -m immediate -w stop");
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string? BinaryFolder()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
        if (onPath is not null)
        {
            return onPath;
        }

        const string debianRoot = "/usr/lib/postgresql";
        return Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => bin, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAsServerUser(bool asRoot, string program, string arguments)
    {
        if (asRoot)
        {
            Run("runuser", $"-u nobody -- \"{program}\" {arguments}");
        }
        else
        {
            Run(program, arguments);
        }
    }

    private static void Run(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {arguments} did not finish in two minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {output.Result} {error.Result}");
        }
    }
}
