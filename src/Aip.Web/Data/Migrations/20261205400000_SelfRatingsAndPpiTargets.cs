using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>
/// The district's own rating of its plan on the rubric's five criteria, kept with its self-assessment, and the structured
/// PPI targets of final outcomes (JSON lists; empty for the rows already there).
/// </summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261205400000_SelfRatingsAndPpiTargets")]
public sealed class SelfRatingsAndPpiTargets : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Ratings", table: "SelfAssessments", nullable: false, defaultValue: "[]");
        migrationBuilder.AddColumn<string>(name: "PpiTargets", table: "FinalOutcomes", nullable: false, defaultValue: "[]");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumnAnywhere("PpiTargets", "FinalOutcomes", ActiveProvider);
        migrationBuilder.DropColumnAnywhere("Ratings", "SelfAssessments", ActiveProvider);
    }
}
