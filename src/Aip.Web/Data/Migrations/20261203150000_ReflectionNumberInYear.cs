using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>
/// A reflection's number within its district's school year (1 or 2), unique per district and year: the "once or twice a
/// year" rule then holds when two people open a reflection at the same moment. Reflections already stored are numbered in
/// the order they were opened.
/// </summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261203150000_ReflectionNumberInYear")]
public sealed class ReflectionNumberInYear : Migration
{
    private const string Index = "IX_ContinuumReflections_DistrictId_SchoolYear_NumberInYear";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "NumberInYear", table: "ContinuumReflections", nullable: false, defaultValue: 0);
        migrationBuilder.Sql("""
            UPDATE "ContinuumReflections" SET "NumberInYear" = 1 + (
                SELECT COUNT(*) FROM "ContinuumReflections" e
                WHERE e."DistrictId" = "ContinuumReflections"."DistrictId" AND e."SchoolYear" = "ContinuumReflections"."SchoolYear"
                  AND (e."OpenedOn" < "ContinuumReflections"."OpenedOn" OR (e."OpenedOn" = "ContinuumReflections"."OpenedOn" AND e."Id" < "ContinuumReflections"."Id")));
            """);
        migrationBuilder.CreateUniqueIndex(Index, "ContinuumReflections", ["DistrictId", "SchoolYear", "NumberInYear"], ActiveProvider);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(Index, "ContinuumReflections");
        migrationBuilder.DropColumnAnywhere("NumberInYear", "ContinuumReflections", ActiveProvider);
    }
}
