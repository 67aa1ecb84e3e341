namespace Aip.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the app starts (on by default in Development).</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Seed the fictional demo districts and accounts (on by default in Development).</summary>
    public bool SeedDemoData { get; set; }
}
