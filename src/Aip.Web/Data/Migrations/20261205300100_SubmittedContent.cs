using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>
/// A review keeps the plan as it was submitted (a JSON document, like a version's content), so that the review of the next
/// submission shows what changed since; null for the reviews already there.
/// </summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261205300100_SubmittedContent")]
public sealed class SubmittedContent : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "SubmittedContent", table: "PlanReviews", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumnAnywhere("SubmittedContent", "PlanReviews", ActiveProvider);
}
