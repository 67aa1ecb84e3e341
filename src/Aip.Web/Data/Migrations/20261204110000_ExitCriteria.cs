using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>Appendix N's exit criteria: criterion A recorded per district and school year, and the evidence ESE cites for B–E.</summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261204110000_ExitCriteria")]
public sealed class ExitCriteria : Migration
{
    private const int PersonName = 200;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AchievementRecords",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DistrictId = table.Column<Guid>(nullable: false),
                SchoolYear = table.Column<int>(nullable: false),
                PpiTargetsMet = table.Column<bool>(nullable: false),
                OutOfLowestTenPercent = table.Column<bool>(nullable: false),
                Data = table.Column<string>(maxLength: 4000, nullable: false),
                RecordedByName = table.Column<string>(maxLength: PersonName, nullable: false),
                RecordedAt = table.Column<DateTime>(nullable: false),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AchievementRecords", x => x.Id);
                table.ForeignKey("FK_AchievementRecords_Districts_DistrictId", x => x.DistrictId, "Districts", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateUniqueIndex("IX_AchievementRecords_DistrictId_SchoolYear", "AchievementRecords", ["DistrictId", "SchoolYear"], ActiveProvider);

        migrationBuilder.CreateTable(
            name: "ExitEvidence",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DistrictId = table.Column<Guid>(nullable: false),
                Criterion = table.Column<string>(maxLength: 40, nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                SourceId = table.Column<Guid>(nullable: false),
                Label = table.Column<string>(maxLength: 400, nullable: false),
                On = table.Column<DateOnly>(nullable: false),
                Note = table.Column<string>(maxLength: 2000, nullable: false),
                CitedByName = table.Column<string>(maxLength: PersonName, nullable: false),
                CitedAt = table.Column<DateTime>(nullable: false),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExitEvidence", x => x.Id);
                table.ForeignKey("FK_ExitEvidence_Districts_DistrictId", x => x.DistrictId, "Districts", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateUniqueIndex(
            "IX_ExitEvidence_DistrictId_Criterion_Kind_SourceId", "ExitEvidence", ["DistrictId", "Criterion", "Kind", "SourceId"], ActiveProvider);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ExitEvidence");
        migrationBuilder.DropTable("AchievementRecords");
    }
}
