using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>
/// A page stamp per plan (<see cref="PlanPageStamp"/>), moved by every save that changes what the plan's pages show. Every
/// plan there is gets one (its own id serves as the first stamp); the save pipeline adds one with each new plan.
/// </summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261207090000_PlanPageStamps")]
public sealed class PlanPageStamps : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PlanPageStamps",
            columns: table => new
            {
                PlanId = table.Column<Guid>(nullable: false),
                Stamp = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PlanPageStamps", x => x.PlanId);
                table.ForeignKey("FK_PlanPageStamps_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
            });
        string Quote(string name) => MigrationExtensions.QuoteName(name, ActiveProvider);
        migrationBuilder.Sql($"INSERT INTO {Quote("PlanPageStamps")} ({Quote("PlanId")}, {Quote("Stamp")}) SELECT {Quote("Id")}, {Quote("Id")} FROM {Quote("Plans")};");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("PlanPageStamps");
}
