using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>When a plan was submitted, approved or superseded, and how many times it was submitted.</summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261123130000_PlanWorkflow")]
public sealed class PlanWorkflow : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>(name: "SubmittedAt", table: "Plans", nullable: true);
        migrationBuilder.AddColumn<int>(name: "SubmissionCount", table: "Plans", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTime>(name: "ApprovedAt", table: "Plans", nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "SupersededAt", table: "Plans", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumnAnywhere("SupersededAt", "Plans", ActiveProvider);
        migrationBuilder.DropColumnAnywhere("ApprovedAt", "Plans", ActiveProvider);
        migrationBuilder.DropColumnAnywhere("SubmissionCount", "Plans", ActiveProvider);
        migrationBuilder.DropColumnAnywhere("SubmittedAt", "Plans", ActiveProvider);
    }
}
