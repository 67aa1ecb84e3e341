using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>
/// The plan aggregate (plans, objectives, initiatives, benchmarks with targets, activities, final
/// outcomes) and the plan audit trail. Hand-written and provider-neutral like every migration here.
/// </summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261123120000_PlanAuthoring")]
public sealed class PlanAuthoring : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: true),
                UserName = table.Column<string>(maxLength: 200, nullable: false),
                At = table.Column<DateTime>(nullable: false),
                Item = table.Column<string>(maxLength: 300, nullable: false),
                Action = table.Column<string>(maxLength: 20, nullable: false),
                Changes = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Plans",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DistrictId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                FirstSchoolYear = table.Column<int>(nullable: false),
                LastSchoolYear = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                KeyIssues = table.Column<string>(maxLength: 20000, nullable: true),
                TheoryOfAction = table.Column<string>(maxLength: 4000, nullable: true),
                WhyTheseObjectives = table.Column<string>(maxLength: 8000, nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Plans", x => x.Id);
                table.ForeignKey("FK_Plans_Districts_DistrictId", x => x.DistrictId, "Districts", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "FinalOutcomes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: false),
                Measure = table.Column<string>(maxLength: 1000, nullable: true),
                Target = table.Column<string>(maxLength: 500, nullable: true),
                Date = table.Column<DateOnly>(nullable: false),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FinalOutcomes", x => x.Id);
                table.ForeignKey("FK_FinalOutcomes_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Objectives",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                Rank = table.Column<int>(nullable: false),
                Statement = table.Column<string>(maxLength: 1000, nullable: false),
                Lead = table.Column<string>(maxLength: 200, nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Objectives", x => x.Id);
                table.ForeignKey("FK_Objectives_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Initiatives",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ObjectiveId = table.Column<Guid>(nullable: false),
                Rank = table.Column<int>(nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: false),
                Lead = table.Column<string>(maxLength: 200, nullable: true),
                KeyResources = table.Column<string>(maxLength: 4000, nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Initiatives", x => x.Id);
                table.ForeignKey("FK_Initiatives_Objectives_ObjectiveId", x => x.ObjectiveId, "Objectives", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Activities",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                InitiativeId = table.Column<Guid>(nullable: false),
                Quarter = table.Column<string>(maxLength: 20, nullable: false),
                ActionStep = table.Column<string>(maxLength: 2000, nullable: false),
                Lead = table.Column<string>(maxLength: 200, nullable: true),
                Start = table.Column<DateOnly>(nullable: false),
                End = table.Column<DateOnly>(nullable: false),
                Frequency = table.Column<string>(maxLength: 1000, nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Activities", x => x.Id);
                table.ForeignKey("FK_Activities_Initiatives_InitiativeId", x => x.InitiativeId, "Initiatives", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Benchmarks",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                InitiativeId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Kind = table.Column<string>(maxLength: 30, nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: false),
                Measure = table.Column<string>(maxLength: 1000, nullable: true),
                Evidence = table.Column<string>(maxLength: 1000, nullable: true),
                Frequency = table.Column<string>(maxLength: 200, nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Benchmarks", x => x.Id);
                table.ForeignKey("FK_Benchmarks_Initiatives_InitiativeId", x => x.InitiativeId, "Initiatives", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "BenchmarkTargets",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                BenchmarkId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Value = table.Column<string>(maxLength: 200, nullable: false),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BenchmarkTargets", x => x.Id);
                table.ForeignKey("FK_BenchmarkTargets_Benchmarks_BenchmarkId", x => x.BenchmarkId, "Benchmarks", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Activities_InitiativeId", "Activities", "InitiativeId");
        migrationBuilder.CreateIndex("IX_AuditEntries_PlanId_At", "AuditEntries", ["PlanId", "At"]);
        migrationBuilder.CreateIndex("IX_Benchmarks_InitiativeId", "Benchmarks", "InitiativeId");
        migrationBuilder.CreateIndex("IX_BenchmarkTargets_BenchmarkId", "BenchmarkTargets", "BenchmarkId");
        migrationBuilder.CreateIndex("IX_FinalOutcomes_PlanId", "FinalOutcomes", "PlanId");
        migrationBuilder.CreateIndex("IX_Initiatives_ObjectiveId", "Initiatives", "ObjectiveId");
        migrationBuilder.CreateIndex("IX_Objectives_PlanId", "Objectives", "PlanId");
        migrationBuilder.CreateIndex("IX_Plans_DistrictId", "Plans", "DistrictId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("BenchmarkTargets");
        migrationBuilder.DropTable("Benchmarks");
        migrationBuilder.DropTable("Activities");
        migrationBuilder.DropTable("Initiatives");
        migrationBuilder.DropTable("Objectives");
        migrationBuilder.DropTable("FinalOutcomes");
        migrationBuilder.DropTable("Plans");
        migrationBuilder.DropTable("AuditEntries");
    }
}
