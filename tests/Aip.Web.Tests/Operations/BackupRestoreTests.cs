using System.Diagnostics;
using System.Security.Cryptography;
using Aip.Web.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Aip.Web.Tests.Operations;

/// <summary>
/// scripts/backup.sh and scripts/restore.sh as an operator runs them, against the test app's database: back up, wipe
/// the database and the file store, restore, and find every row of every table (count and content hash) and every file
/// again. SQL Server is backed up with its own tools (docs/operations.md), so there is no SQL Server variant.
/// </summary>
public abstract class BackupRestoreTests(AipApp app) : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("aip-backup-").FullName;

    [DbFact]
    public async Task A_backup_restores_every_row_and_every_file_after_a_wipe()
    {
        await app.AddReviewedPlanAsync(sectionComment: "Keep this comment.");
        var files = Path.Combine(_work, "files");
        Directory.CreateDirectory(Path.Combine(files, "evidence", "2026"));
        await File.WriteAllTextAsync(Path.Combine(files, "evidence", "2026", "minutes é.txt"), "Minutes of the first meeting.");
        await File.WriteAllBytesAsync(Path.Combine(files, "scan.bin"), RandomNumberGenerator.GetBytes(100_000));
        var rows = DatabaseRows.Fingerprint(await app.WithDbAsync(DatabaseRows.ReadAllAsync));
        var fileHashes = Hashes(files);
        var backup = Path.Combine(_work, "backup");

        await RunAsync("backup.sh", backup, files);
        Wipe(files);
        Assert.NotEqual(rows, await FingerprintOrEmptyAsync());
        await RunAsync("restore.sh", backup, files);

        Assert.Equal(rows, DatabaseRows.Fingerprint(await app.WithDbAsync(DatabaseRows.ReadAllAsync)));
        Assert.Equal(fileHashes, Hashes(files));
        Assert.NotEmpty(await app.WithDbAsync(db => Task.FromResult(db.DataProtectionKeys.ToList())));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Drops everything: the database (as the app's settings name it) and the file store.</summary>
    private void Wipe(string files)
    {
        Directory.Delete(files, recursive: true);
        if (app.Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(new SqliteConnectionStringBuilder(app.ConnectionString).DataSource);
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            var name = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database;
            using var admin = new NpgsqlConnection(PostgresCluster.Shared.ConnectionString("postgres"));
            admin.Open();
            foreach (var sql in new[] { $"DROP DATABASE \"{name}\" WITH (FORCE)", $"CREATE DATABASE \"{name}\"" })
            {
                using var command = new NpgsqlCommand(sql, admin);
                command.ExecuteNonQuery();
            }
        }
    }

    private async Task<IReadOnlyDictionary<string, string>> FingerprintOrEmptyAsync()
    {
        try
        {
            return DatabaseRows.Fingerprint(await app.WithDbAsync(DatabaseRows.ReadAllAsync));
        }
        catch (Exception e) when (e is SqliteException or PostgresException)
        {
            return new Dictionary<string, string>();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
        }
    }

    /// <summary>Runs a script as an operator would, the app's settings given as environment variables.</summary>
    private async Task RunAsync(string script, string backup, string files)
    {
        var repository = Repository();
        var start = new ProcessStartInfo("bash", [Path.Combine(repository, "scripts", script), backup])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The same build of the app as the tests, so nothing is built here.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        start.Environment["AIP_WEB_DLL"] = Path.Combine(repository, "src", "Aip.Web", "bin", configuration, "net10.0", "Aip.Web.dll");
        start.Environment["AIP_CONTENT_ROOT"] = _work;
        start.Environment["Database__Provider"] = app.Provider.ToString();
        start.Environment["ConnectionStrings__Aip"] = app.ConnectionString;
        start.Environment["Files__Folder"] = files;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{script} failed ({process.ExitCode}): {await output}{await error}");
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static string Repository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Aip.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository (Aip.sln) was not found above the test folder.");
    }
}

public sealed class BackupRestoreOnSqlite(SqliteApp app) : BackupRestoreTests(app), IClassFixture<SqliteApp>;

public sealed class BackupRestoreOnPostgres(PostgresApp app) : BackupRestoreTests(app), IClassFixture<PostgresApp>;
