using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>
/// The plan's evidence library: evidence items with the initiatives and benchmarks they support and their uploaded files
/// (name, checked type, size, SHA-256 and the key the bytes are stored under), and the evidence the Minutes cite in
/// section 1a.
/// </summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261202100000_Evidence")]
public sealed class Evidence : Migration
{
    private const int Status = 20;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "CitedEvidence", table: "Minutes", nullable: false, defaultValue: "[]");

        migrationBuilder.CreateTable(
            name: "EvidenceItems",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                DistrictId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Kind = table.Column<string>(maxLength: Status, nullable: false),
                CollectedOn = table.Column<DateOnly>(nullable: false),
                Description = table.Column<string>(maxLength: 4000, nullable: true),
                Link = table.Column<string>(maxLength: 2000, nullable: true),
                Supports = table.Column<string>(nullable: false),
                AddedById = table.Column<Guid>(nullable: false),
                AddedByName = table.Column<string>(maxLength: 200, nullable: false),
                AddedAt = table.Column<DateTime>(nullable: false),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EvidenceItems", x => x.Id);
                table.ForeignKey("FK_EvidenceItems_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_EvidenceItems_PlanId_CollectedOn", "EvidenceItems", ["PlanId", "CollectedOn"]);

        migrationBuilder.CreateTable(
            name: "EvidenceFiles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EvidenceItemId = table.Column<Guid>(nullable: false),
                FileName = table.Column<string>(maxLength: 200, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Length = table.Column<long>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                StorageKey = table.Column<Guid>(nullable: false),
                AddedAt = table.Column<DateTime>(nullable: false),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EvidenceFiles", x => x.Id);
                table.ForeignKey("FK_EvidenceFiles_EvidenceItems_EvidenceItemId", x => x.EvidenceItemId, "EvidenceItems", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_EvidenceFiles_EvidenceItemId", "EvidenceFiles", "EvidenceItemId");
        migrationBuilder.CreateUniqueIndex("IX_EvidenceFiles_StorageKey", "EvidenceFiles", ["StorageKey"], ActiveProvider);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("EvidenceFiles");
        migrationBuilder.DropTable("EvidenceItems");
        migrationBuilder.DropColumnAnywhere("CitedEvidence", "Minutes", ActiveProvider);
    }
}
