using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Aip.Web.Data.Migrations;

/// <summary>Helpers that keep the hand-written migrations provider-neutral.</summary>
internal static class MigrationExtensions
{
    /// <summary>
    /// An auto-numbered integer key (only Identity's claims table has one; our own keys are Guids).
    /// Each provider spells "identity" differently, so the column carries the spelling of the provider
    /// that runs the migration. SQL Server's is here so that adding it stays a one-package change.
    /// </summary>
    public static OperationBuilder<AddColumnOperation> AutoNumbered(this OperationBuilder<AddColumnOperation> column, string? activeProvider) =>
        activeProvider switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => column.Annotation("Sqlite:Autoincrement", true),
            "Npgsql.EntityFrameworkCore.PostgreSQL" => column.Annotation(
                "Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            "Microsoft.EntityFrameworkCore.SqlServer" => column.Annotation("SqlServer:Identity", "1, 1"),
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
        if (activeProvider == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            migrationBuilder.Sql($"ALTER TABLE \"{table}\" DROP COLUMN \"{name}\";");
        }
        else
        {
            migrationBuilder.DropColumn(name, table);
        }
    }
}
