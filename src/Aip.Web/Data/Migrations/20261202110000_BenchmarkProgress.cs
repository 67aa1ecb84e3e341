using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>
/// Benchmark progress beside the plan, not in it: baselines, results against each dated target, activity status and
/// final-outcome actuals. Each refers to its plan (restricted) and to its item by id only (see ProgressConfigurations).
/// </summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261202110000_BenchmarkProgress")]
public sealed class BenchmarkProgress : Migration
{
    private const int Status = 20;
    private const int Value = 200;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "BenchmarkBaselines",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                DistrictId = table.Column<Guid>(nullable: false),
                BenchmarkId = table.Column<Guid>(nullable: false),
                Value = table.Column<string>(maxLength: Value, nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Direction = table.Column<string>(maxLength: Status, nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BenchmarkBaselines", x => x.Id);
                table.ForeignKey("FK_BenchmarkBaselines_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateUniqueIndex("IX_BenchmarkBaselines_BenchmarkId", "BenchmarkBaselines", ["BenchmarkId"], ActiveProvider);
        migrationBuilder.CreateIndex("IX_BenchmarkBaselines_PlanId", "BenchmarkBaselines", "PlanId");

        migrationBuilder.CreateTable(
            name: "BenchmarkResults",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                DistrictId = table.Column<Guid>(nullable: false),
                BenchmarkId = table.Column<Guid>(nullable: false),
                TargetDate = table.Column<DateOnly>(nullable: false),
                Value = table.Column<string>(maxLength: Value, nullable: false),
                MeasuredOn = table.Column<DateOnly>(nullable: false),
                Source = table.Column<string>(maxLength: 500, nullable: true),
                Note = table.Column<string>(maxLength: 2000, nullable: true),
                Met = table.Column<bool>(nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BenchmarkResults", x => x.Id);
                table.ForeignKey("FK_BenchmarkResults_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateUniqueIndex("IX_BenchmarkResults_BenchmarkId_TargetDate", "BenchmarkResults", ["BenchmarkId", "TargetDate"], ActiveProvider);
        migrationBuilder.CreateIndex("IX_BenchmarkResults_PlanId", "BenchmarkResults", "PlanId");

        migrationBuilder.CreateTable(
            name: "ActivityProgress",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                DistrictId = table.Column<Guid>(nullable: false),
                ActivityId = table.Column<Guid>(nullable: false),
                Status = table.Column<string>(maxLength: Status, nullable: false),
                ChangedOn = table.Column<DateOnly>(nullable: false),
                Note = table.Column<string>(maxLength: 1000, nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActivityProgress", x => x.Id);
                table.ForeignKey("FK_ActivityProgress_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateUniqueIndex("IX_ActivityProgress_ActivityId", "ActivityProgress", ["ActivityId"], ActiveProvider);
        migrationBuilder.CreateIndex("IX_ActivityProgress_PlanId", "ActivityProgress", "PlanId");

        migrationBuilder.CreateTable(
            name: "OutcomeActuals",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                DistrictId = table.Column<Guid>(nullable: false),
                FinalOutcomeId = table.Column<Guid>(nullable: false),
                SchoolYear = table.Column<int>(nullable: false),
                Value = table.Column<string>(maxLength: Value, nullable: false),
                Note = table.Column<string>(maxLength: 2000, nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OutcomeActuals", x => x.Id);
                table.ForeignKey("FK_OutcomeActuals_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateUniqueIndex("IX_OutcomeActuals_FinalOutcomeId_SchoolYear", "OutcomeActuals", ["FinalOutcomeId", "SchoolYear"], ActiveProvider);
        migrationBuilder.CreateIndex("IX_OutcomeActuals_PlanId", "OutcomeActuals", "PlanId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("OutcomeActuals");
        migrationBuilder.DropTable("ActivityProgress");
        migrationBuilder.DropTable("BenchmarkResults");
        migrationBuilder.DropTable("BenchmarkBaselines");
    }
}
