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
}
