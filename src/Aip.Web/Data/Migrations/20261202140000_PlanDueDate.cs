using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>The day ESE expects a district's plan (optional).</summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261202140000_PlanDueDate")]
public sealed class PlanDueDate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateOnly>(name: "PlanDueOn", table: "Districts", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumnAnywhere("PlanDueOn", "Districts", ActiveProvider);
}
