using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>
/// A progress report knows its kind (the year's Summative report or a Quarterly one; every earlier report is Quarterly), and
/// the Summative report has its own sections and its presentation to the Board.
/// </summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261204100000_SummativeReports")]
public sealed class SummativeReports : Migration
{
    private const string Table = "ProgressReports";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Kind", table: Table, maxLength: 20, nullable: false, defaultValue: "Quarterly");
        migrationBuilder.AddColumn<string>(name: "AnnualPerformance", table: Table, nullable: true);
        migrationBuilder.AddColumn<string>(name: "ContinuumPosition", table: Table, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Recommendations", table: Table, nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "PresentedToBoardOn", table: Table, nullable: true);
        migrationBuilder.AddColumn<string>(name: "BoardPresentationRecordedBy", table: Table, maxLength: 200, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var column in new[] { "BoardPresentationRecordedBy", "PresentedToBoardOn", "Recommendations", "ContinuumPosition", "AnnualPerformance", "Kind" })
        {
            migrationBuilder.DropColumnAnywhere(column, Table, ActiveProvider);
        }
    }
}
