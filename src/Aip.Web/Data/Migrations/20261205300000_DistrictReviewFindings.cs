using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>
/// The District Review's findings, recorded by ESE under the six District Standards with their recommendations, and the
/// findings each objective and initiative addresses (a JSON list of the findings' ids; empty for the rows already there).
/// </summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261205300000_DistrictReviewFindings")]
public sealed class DistrictReviewFindings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ReviewFindings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DistrictId = table.Column<Guid>(nullable: false),
                Standard = table.Column<string>(maxLength: 60, nullable: false),
                Number = table.Column<int>(nullable: false),
                Finding = table.Column<string>(maxLength: 2000, nullable: false),
                Recommendation = table.Column<string>(maxLength: 2000, nullable: true),
                RecordedByName = table.Column<string>(maxLength: 200, nullable: false),
                RecordedAt = table.Column<DateTime>(nullable: false),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReviewFindings", x => x.Id);
                table.ForeignKey("FK_ReviewFindings_Districts_DistrictId", x => x.DistrictId, "Districts", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateUniqueIndex(
            "IX_ReviewFindings_DistrictId_Standard_Number", "ReviewFindings", ["DistrictId", "Standard", "Number"], ActiveProvider);

        migrationBuilder.AddColumn<string>(name: "Addresses", table: "Objectives", nullable: false, defaultValue: "[]");
        migrationBuilder.AddColumn<string>(name: "Addresses", table: "Initiatives", nullable: false, defaultValue: "[]");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumnAnywhere("Addresses", "Initiatives", ActiveProvider);
        migrationBuilder.DropColumnAnywhere("Addresses", "Objectives", ActiveProvider);
        migrationBuilder.DropTable("ReviewFindings");
    }
}
