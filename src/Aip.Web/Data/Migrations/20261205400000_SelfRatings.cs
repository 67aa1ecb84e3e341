using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>The district's own rating of its plan on the rubric's five criteria, kept with its self-assessment (a JSON list; empty for the rows already there).</summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261205400000_SelfRatings")]
public sealed class SelfRatings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "Ratings", table: "SelfAssessments", nullable: false, defaultValue: "[]");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumnAnywhere("Ratings", "SelfAssessments", ActiveProvider);
}
