using Aip.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Aip.Web.Tests.Data;

/// <summary>
/// No SQL Server runs on our machines, so the migrations are proven against it offline, on every run: EF writes the
/// SQL Server DDL of the model (<c>GenerateCreateScript</c>) and of all migrations in the assembly
/// (<c>IMigrator.GenerateScript</c>), SQL Server's own parser (ScriptDom) reads both, and the schemas they leave
/// must be equal. A new migration is covered without touching this class.
/// </summary>
public sealed class SqlServerMigrationTests
{
    /// <summary>Never opened: both scripts are generated without a connection.</summary>
    private const string DummyConnection = "Server=sqlserver.invalid;Database=aip;User ID=aip;Password=unused;TrustServerCertificate=true";

    [Fact]
    public void Migrations_build_the_same_SQL_Server_schema_as_the_model()
    {
        using var db = NewContext();

        var fromModel = SqlServerSchema.Of(db.Database.GenerateCreateScript()).Lines;
        var fromMigrations = SqlServerSchema.Of(MigrationScript(db)).Lines;

        Assert.NotEmpty(fromModel);
        // The differences, not the whole lists, so a failure names the column, key or index at fault.
        AssertNone(fromModel.Except(fromMigrations).Select(s => "only in the model: " + s)
            .Concat(fromMigrations.Except(fromModel).Select(s => "only in the migrations: " + s)));
        Assert.Equal(fromModel, fromMigrations);
    }

    [Fact]
    public void The_migration_script_covers_every_migration_in_the_assembly()
    {
        using var db = NewContext();
        var migrationTypes = typeof(AipDbContext).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract).ToList();

        var script = MigrationScript(db);

        var known = db.Database.GetMigrations().ToList();
        Assert.Equal(migrationTypes.Count, known.Count);
        Assert.All(known, id => Assert.Contains($"N'{id}'", script, StringComparison.Ordinal));
    }

    [Fact]
    public void No_key_or_index_column_is_a_type_SQL_Server_cannot_index()
    {
        using var db = NewContext();

        var keyColumns = SqlServerSchema.Of(MigrationScript(db)).KeyColumns.ToList();

        Assert.NotEmpty(keyColumns);
        AssertNone(keyColumns.Where(c => c.Type.EndsWith("(max)", StringComparison.Ordinal) || c.Type is "text" or "ntext" or "image" or "xml" or "missing")
            .Select(c => $"{c.Place} is {c.Type}"));
    }

    [Fact]
    public void No_table_is_reached_by_two_cascade_paths()
    {
        using var db = NewContext();
        var foreignKeys = SqlServerSchema.Of(MigrationScript(db)).ForeignKeys.Where(f => f.Cascades).ToList();

        var problems = foreignKeys.Select(f => f.Principal).Distinct().SelectMany(source => CascadeProblems(source, foreignKeys)).ToList();

        Assert.NotEmpty(foreignKeys);
        AssertNone(problems);
    }

    [Fact]
    public void The_idempotent_deployment_script_is_valid_T_SQL()
    {
        using var db = NewContext();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.NotNull(SqlServerSchema.Parse(script));
    }

    [Fact]
    public void A_script_with_a_syntax_error_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SqlServerSchema.Of("CREATE TABLE [Broken] ([Id] uniqueidentifier NOT NULL,"));

        Assert.Contains("Not valid T-SQL", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The problems, each on its own line of the failure message (xunit cuts long collections short).</summary>
    private static void AssertNone(IEnumerable<string> problems)
    {
        var list = problems.ToList();
        Assert.True(list.Count == 0, string.Join(Environment.NewLine, list));
    }

    private static string MigrationScript(AipDbContext db) => db.GetService<IMigrator>().GenerateScript();

    /// <summary>
    /// SQL Server refuses a foreign key when deleting one row could reach a table along two cascading paths, or come
    /// back round to where it started. Walks every cascading path from <paramref name="source"/>.
    /// </summary>
    private static IEnumerable<string> CascadeProblems(string source, List<SqlServerSchema.ForeignKey> cascading)
    {
        var paths = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<(string Table, string Path)>([(source, source)]);
        while (pending.TryPop(out var at))
        {
            foreach (var fk in cascading.Where(f => f.Principal.Equals(at.Table, StringComparison.OrdinalIgnoreCase)))
            {
                var path = $"{at.Path} -> {fk.Table} ({fk.Name})";
                if (fk.Table.Equals(source, StringComparison.OrdinalIgnoreCase) || at.Path.Contains($"-> {fk.Table} (", StringComparison.Ordinal))
                {
                    yield return $"cycle: {path}";
                    continue;
                }

                (paths.TryGetValue(fk.Table, out var list) ? list : paths[fk.Table] = []).Add(path);
                pending.Push((fk.Table, path));
            }
        }

        foreach (var (table, list) in paths.Where(p => p.Value.Count > 1))
        {
            yield return $"{table} is reached from {source} along {list.Count} cascade paths: {string.Join(" | ", list)}";
        }
    }

    private static AipDbContext NewContext()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.SqlServer),
            ["ConnectionStrings:Aip"] = DummyConnection,
        }).Build();
        var services = new ServiceCollection().AddAipDatabase(configuration, Path.GetTempPath()).BuildServiceProvider();
        return services.CreateScope().ServiceProvider.GetRequiredService<AipDbContext>();
    }
}
