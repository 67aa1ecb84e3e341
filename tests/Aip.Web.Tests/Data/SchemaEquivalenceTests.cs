using System.Data.Common;
using Aip.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Aip.Web.Tests.Data;

/// <summary>
/// The hand-written migrations must build exactly the schema EF Core would build from the model: a
/// forgotten or wrong migration fails here. Both schemas are read back from the database catalog.
/// </summary>
public abstract class SchemaEquivalenceTests(AipApp app)
{
    [DbFact]
    public async Task Migrations_build_the_same_schema_as_the_model()
    {
        await using var migrated = NewContext();
        await migrated.Database.MigrateAsync();
        await using var created = NewContext();
        await created.Database.EnsureCreatedAsync();

        var fromMigrations = await SchemaOf(migrated);
        var fromModel = await SchemaOf(created);

        Assert.NotEmpty(fromModel);
        // The differences, not the whole lists, so a failure names the column or index at fault.
        Assert.Equal([], fromModel.Except(fromMigrations).Select(s => "only in the model: " + s)
            .Concat(fromMigrations.Except(fromModel).Select(s => "only in the migrations: " + s)));
        Assert.Equal(fromModel, fromMigrations);
    }

    [DbFact]
    public async Task Migrations_can_be_reverted_to_an_empty_database()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();

        await migrator.MigrateAsync("0");

        Assert.Empty(await SchemaOf(db));
    }

    [DbFact]
    public async Task Moving_the_key_ring_to_EF_Data_Protection_keeps_every_key_and_so_does_moving_back()
    {
        const string before = "20261123140000_ReviewsAndVersions";
        const string xml = "<key id=\"3f0c5a9e-0000-4000-8000-000000000001\" version=\"1\" />";
        await using var db = NewContext();
        var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
        await migrator.MigrateAsync(before);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"DataProtectionKeys\" (\"Id\", \"FriendlyName\", \"Xml\") VALUES ({Guid.NewGuid()}, {"key-1"}, {xml})");

        await migrator.MigrateAsync();
        var moved = await db.DataProtectionKeys.Select(k => new { k.FriendlyName, k.Xml }).SingleAsync();
        await migrator.MigrateAsync(before);
        var movedBack = await db.Database.SqlQuery<string>($"SELECT \"Xml\" AS \"Value\" FROM \"DataProtectionKeys\"").SingleAsync();
        var newId = await db.Database.SqlQuery<Guid>($"SELECT \"Id\" AS \"Value\" FROM \"DataProtectionKeys\"").SingleAsync();

        Assert.Equal(("key-1", xml), (moved.FriendlyName, moved.Xml));
        Assert.Equal(xml, movedBack);
        Assert.NotEqual(Guid.Empty, newId);
    }

    private AipDbContext NewContext()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = app.Provider.ToString(),
            ["ConnectionStrings:Aip"] = app.CreateDatabase(),
        }).Build();
        var services = new ServiceCollection().AddAipDatabase(configuration, Path.GetTempPath()).BuildServiceProvider();
        return services.CreateScope().ServiceProvider.GetRequiredService<AipDbContext>();
    }

    /// <summary>Tables, columns (type, nullability, default, identity), keys, indexes and foreign keys, as sorted lines.</summary>
    private async Task<List<string>> SchemaOf(AipDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var lines = app.Provider == DatabaseProvider.Sqlite ? await SqliteSchema(connection) : await PostgresSchema(connection);
        // EF's own bookkeeping tables (__EFMigrationsHistory, and __EFMigrationsLock on SQLite) are not part of the model.
        return lines.Where(l => !l.Contains("__EFMigrations", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> SqliteSchema(DbConnection connection)
    {
        var tables = await Rows(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        var lines = new List<string>();
        foreach (var table in tables)
        {
            var name = table[0];
            lines.Add($"table {name} autoincrement={table[1].Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase)}");
            lines.AddRange((await Rows(connection, $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{name}')"))
                .Select(c => $"column {name}.{c[0]} type={c[1]} notnull={c[2]} default={c[3]} pk={c[4]}"));
            foreach (var index in await Rows(connection, $"SELECT name, \"unique\", origin, partial FROM pragma_index_list('{name}')"))
            {
                var columns = await Rows(connection, $"SELECT name FROM pragma_index_info('{index[0]}') ORDER BY seqno");
                lines.Add($"index {name}.{index[0]} unique={index[1]} origin={index[2]} partial={index[3]} ({string.Join(",", columns.Select(c => c[0]))})");
            }

            lines.AddRange((await Rows(connection, $"SELECT \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list('{name}')"))
                .Select(f => $"fk {name}.{f[1]} -> {f[0]}.{f[2]} update={f[3]} delete={f[4]}"));
        }

        return lines;
    }

    private static async Task<List<string>> PostgresSchema(DbConnection connection)
    {
        var columns = await Rows(connection, """
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable,
                   coalesce(column_default, ''), is_identity, coalesce(identity_generation, '')
            FROM information_schema.columns WHERE table_schema = 'public'
            """);
        var indexes = await Rows(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'");
        var constraints = await Rows(connection, """
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace
            """);
        return
        [
            .. columns.Select(c => $"column {c[0]}.{c[1]} type={c[2]}({c[3]}) nullable={c[4]} default={c[5]} identity={c[6]}:{c[7]}"),
            .. indexes.Select(i => $"index {i[0]}.{i[1]} {i[2]}"),
            .. constraints.Select(c => $"constraint {c[0]}.{c[1]} {c[2]}"),
        ];
    }

    private static async Task<List<string[]>> Rows(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToArray());
        }

        return rows;
    }
}

public sealed class SchemaEquivalenceOnSqlite(SqliteApp app) : SchemaEquivalenceTests(app), IClassFixture<SqliteApp>;

public sealed class SchemaEquivalenceOnPostgres(PostgresApp app) : SchemaEquivalenceTests(app), IClassFixture<PostgresApp>;
