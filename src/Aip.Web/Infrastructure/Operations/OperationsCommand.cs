using System.Text;
using Aip.Web.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Aip.Web.Infrastructure.Operations;

/// <summary>
/// <c>dotnet Aip.Web.dll ops …</c>: what <c>scripts/backup.sh</c> and <c>scripts/restore.sh</c> ask of the app, read from
/// the very settings the app runs with (appsettings, environment, command line), so a backup never picks another
/// database than the app's:
/// <list type="bullet">
/// <item><c>ops settings</c> prints the database and the file store as shell assignments (PostgreSQL's as libpq's
/// <c>PG*</c> variables, for <c>pg_dump</c>/<c>pg_restore</c>);</item>
/// <item><c>ops sqlite-backup FILE</c> copies the live SQLite database into FILE with SQLite's online backup API
/// (consistent while the app writes), and <c>ops sqlite-restore FILE</c> copies FILE back over it.</item>
/// </list>
/// </summary>
public static class OperationsCommand
{
    public const string Verb = "ops";

    /// <summary>The folder of stored files (evidence files, once they exist): <c>Files:Folder</c>, under the app folder when relative.</summary>
    public const string FilesFolderSetting = "Files:Folder";

    public static bool IsCommand(string[] args) => args is [Verb, ..];

    public static int Run(string[] args, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var configured = configuration.GetConnectionString(DatabaseRegistration.ConnectionStringName);
        // Settings given on the command line (--contentRoot, --Database:Provider=…) follow the words.
        switch (args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray())
        {
            case [_, "settings"]:
                Console.Out.Write(Settings(options.Provider, configured, configuration[FilesFolderSetting], contentRoot));
                return 0;
            case [_, "sqlite-backup", var file] when options.Provider == DatabaseProvider.Sqlite:
                Copy(DatabaseRegistration.SqliteConnectionString(configured, contentRoot), $"Data Source={file};Pooling=false");
                return 0;
            case [_, "sqlite-restore", var file] when options.Provider == DatabaseProvider.Sqlite:
                Copy($"Data Source={file};Mode=ReadOnly;Pooling=false", DatabaseRegistration.SqliteConnectionString(configured, contentRoot));
                return 0;
            default:
                Console.Error.WriteLine($"Usage: {Verb} settings | {Verb} sqlite-backup FILE | {Verb} sqlite-restore FILE (the last two for Database:Provider=Sqlite; this app uses {options.Provider}).");
                return 2;
        }
    }

    private static string Settings(DatabaseProvider provider, string? configured, string? filesFolder, string contentRoot)
    {
        var lines = new StringBuilder();
        Assign("AIP_DB_PROVIDER", provider.ToString());
        Assign("AIP_FILES_FOLDER", string.IsNullOrWhiteSpace(filesFolder) ? string.Empty : Path.GetFullPath(filesFolder, contentRoot));
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                Assign("AIP_SQLITE_FILE", new SqliteConnectionStringBuilder(DatabaseRegistration.SqliteConnectionString(configured, contentRoot)).DataSource);
                break;
            case DatabaseProvider.Postgres:
                var postgres = new NpgsqlConnectionStringBuilder(configured);
                Assign("PGHOST", postgres.Host ?? string.Empty);
                Assign("PGPORT", postgres.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assign("PGDATABASE", postgres.Database ?? string.Empty);
                Assign("PGUSER", postgres.Username ?? string.Empty);
                Assign("PGPASSWORD", postgres.Password ?? string.Empty);
                break;
        }

        return lines.ToString();

        // Single-quoted for the shell: nothing in a value is expanded.
        void Assign(string name, string value) => lines.Append("export ").Append(name).Append("='").Append(value.Replace("'", "'\\''", StringComparison.Ordinal)).Append("'\n");
    }

    private static void Copy(string from, string to)
    {
        using var source = new SqliteConnection(from);
        using var destination = new SqliteConnection(to);
        source.Open();
        destination.Open();
        source.BackupDatabase(destination);
    }
}
