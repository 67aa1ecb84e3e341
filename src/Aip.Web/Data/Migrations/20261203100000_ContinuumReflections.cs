using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>The road to exit (Appendix M): a district's reflections on the continuum, each with the three people's views.</summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261203100000_ContinuumReflections")]
public sealed class ContinuumReflections : Migration
{
    private const int PersonName = 200;
    private const int Status = 20;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ContinuumReflections",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DistrictId = table.Column<Guid>(nullable: false),
                SchoolYear = table.Column<int>(nullable: false),
                OpenedOn = table.Column<DateOnly>(nullable: false),
                ViewsDueOn = table.Column<DateOnly>(nullable: false),
                OpenedByName = table.Column<string>(maxLength: PersonName, nullable: false),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContinuumReflections", x => x.Id);
                table.ForeignKey("FK_ContinuumReflections_Districts_DistrictId", x => x.DistrictId, "Districts", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ContinuumReflections_DistrictId_OpenedOn", "ContinuumReflections", ["DistrictId", "OpenedOn"]);

        migrationBuilder.CreateTable(
            name: "ContinuumViews",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ReflectionId = table.Column<Guid>(nullable: false),
                Perspective = table.Column<string>(maxLength: Status, nullable: false),
                PlacedById = table.Column<Guid>(nullable: true),
                PlacedByName = table.Column<string>(maxLength: PersonName, nullable: true),
                PlacedAt = table.Column<DateTime>(nullable: true),
                Placements = table.Column<string>(nullable: false),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContinuumViews", x => x.Id);
                table.ForeignKey("FK_ContinuumViews_ContinuumReflections_ReflectionId", x => x.ReflectionId, "ContinuumReflections", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateUniqueIndex("IX_ContinuumViews_ReflectionId_Perspective", "ContinuumViews", ["ReflectionId", "Perspective"], ActiveProvider);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ContinuumViews");
        migrationBuilder.DropTable("ContinuumReflections");
    }
}
