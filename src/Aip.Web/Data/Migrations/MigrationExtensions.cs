using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Aip.Web.Data.Migrations;

/// <summary>Helpers that keep the hand-written migrations provider-neutral.</summary>
internal static class MigrationExtensions
{
    private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";
    private const string Postgres = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private const string SqlServer = "Microsoft.EntityFrameworkCore.SqlServer";

    /// <summary>
    /// The maximum length of a string column that is part of a key or an index and has no length of its own (Identity's
    /// login and token keys). SQL Server cannot index <c>nvarchar(max)</c>, so its provider gives such columns
    /// <c>nvarchar(450)</c> in the model, and the migration must say so; the other providers index any text.
    /// </summary>
    public static int? StringKeyLength(string? activeProvider) => activeProvider == SqlServer ? 450 : null;

    /// <summary>
    /// A unique index, as the model has it on every provider. EF's SQL Server generator adds <c>IS NOT NULL</c> filters
    /// to a unique index that has no filter of its own when the migration carries no target model (ours are
    /// hand-written, without one), as if every column could be null. So the filter is spelled out for SQL Server: none
    /// when the columns are required, <c>IS NOT NULL</c> on each column when they may be null (SQL Server would
    /// otherwise allow only one row without a value). The other providers allow many nulls in a unique index.
    /// </summary>
    public static void CreateUniqueIndex(this MigrationBuilder migrationBuilder, string name, string table, string[] columns, string? activeProvider, bool nullable = false)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var filter = activeProvider != SqlServer ? null
            : nullable ? string.Join(" AND ", columns.Select(c => $"[{c}] IS NOT NULL"))
            : string.Empty;
        migrationBuilder.CreateIndex(name, table, columns, unique: true, filter: filter);
    }

    /// <summary>
    /// An auto-numbered integer key (only Identity's claims table has one; our own keys are Guids).
    /// Each provider spells "identity" differently, so the column carries the spelling of the provider
    /// that runs the migration.
    /// </summary>
    public static OperationBuilder<AddColumnOperation> AutoNumbered(this OperationBuilder<AddColumnOperation> column, string? activeProvider) =>
        activeProvider switch
        {
            Sqlite => column.Annotation("Sqlite:Autoincrement", true),
            Postgres => column.Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            SqlServer => column.Annotation("SqlServer:Identity", "1, 1"),
            _ => throw new NotSupportedException($"No auto-numbering known for provider '{activeProvider}'."),
        };

    /// <summary>
    /// Drops a column on every provider. EF's SQLite provider refuses DropColumn when it has no model
    /// snapshot to rebuild the table from; SQLite itself (3.35 and later, bundled with
    /// Microsoft.Data.Sqlite) drops columns directly.
    /// </summary>
    public static void DropColumnAnywhere(this MigrationBuilder migrationBuilder, string name, string table, string? activeProvider)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (activeProvider == Sqlite)
        {
            migrationBuilder.Sql($"ALTER TABLE \"{table}\" DROP COLUMN \"{name}\";");
        }
        else
        {
            migrationBuilder.DropColumn(name, table);
        }
    }

    /// <summary>
    /// Copies the rows of one table into another: <c>INSERT INTO to (columns) SELECT columns FROM from</c>, names quoted
    /// as the provider quotes them (SQL Server scripts may run without QUOTED_IDENTIFIER). <paramref name="generated"/>
    /// fills one more column of the target with a value made per row (<see cref="NewGuidSql"/>), and
    /// <paramref name="where"/> names a column that must not be null in the rows copied.
    /// </summary>
    public static void CopyRows(
        this MigrationBuilder migrationBuilder, string from, string to, string[] columns, string? activeProvider,
        (string Column, string Value)? generated = null, string? where = null)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        string Quote(string name) => QuoteName(name, activeProvider);
        var targets = columns.Select(Quote).Concat(generated is { } extra ? [Quote(extra.Column)] : []);
        var values = columns.Select(Quote).Concat(generated is { } made ? [made.Value] : []);
        var filter = where is null ? string.Empty : $" WHERE {Quote(where)} IS NOT NULL";
        migrationBuilder.Sql($"INSERT INTO {Quote(to)} ({string.Join(", ", targets)}) SELECT {string.Join(", ", values)} FROM {Quote(from)}{filter};");
    }

    /// <summary>A table or column name quoted as the provider quotes it (SQL Server scripts may run without QUOTED_IDENTIFIER).</summary>
    public static string QuoteName(string name, string? activeProvider) => activeProvider == SqlServer ? $"[{name}]" : $"\"{name}\"";

    /// <summary>
    /// A new random Guid per row, in the form the provider stores Guids: SQLite keeps them as upper-case text
    /// (EF Core's format), PostgreSQL as <c>uuid</c>, SQL Server as <c>uniqueidentifier</c>.
    /// </summary>
    public static string NewGuidSql(string? activeProvider) => activeProvider switch
    {
        Sqlite => "hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))",
        Postgres => "gen_random_uuid()",
        SqlServer => "NEWID()",
        _ => throw new NotSupportedException($"No Guid function known for provider '{activeProvider}'."),
    };
}
