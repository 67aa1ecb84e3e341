using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>The monitor's requests for evidence, interviews or visits (due three weeks ahead), and monitoring visits.</summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261202120000_RequestsAndVisits")]
public sealed class RequestsAndVisits : Migration
{
    private const int Status = 20;
    private const int PersonName = 200;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "EvidenceRequests",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                DistrictId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: Status, nullable: false),
                What = table.Column<string>(maxLength: 2000, nullable: false),
                RequestedById = table.Column<Guid>(nullable: false),
                RequestedByName = table.Column<string>(maxLength: PersonName, nullable: false),
                RequestedOn = table.Column<DateOnly>(nullable: false),
                DueOn = table.Column<DateOnly>(nullable: false),
                ShortNotice = table.Column<bool>(nullable: false),
                ShortNoticeReason = table.Column<string>(maxLength: 1000, nullable: true),
                Status = table.Column<string>(maxLength: Status, nullable: false),
                Answer = table.Column<string>(maxLength: 4000, nullable: true),
                AnsweredByName = table.Column<string>(maxLength: PersonName, nullable: true),
                AnsweredOn = table.Column<DateOnly>(nullable: true),
                AnsweredWith = table.Column<string>(nullable: false),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EvidenceRequests", x => x.Id);
                table.ForeignKey("FK_EvidenceRequests_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_EvidenceRequests_PlanId_Status_DueOn", "EvidenceRequests", ["PlanId", "Status", "DueOn"]);

        migrationBuilder.CreateTable(
            name: "MonitoringVisits",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                DistrictId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: Status * 2, nullable: false),
                Day = table.Column<DateOnly>(nullable: false),
                Purpose = table.Column<string>(maxLength: 1000, nullable: false),
                MonitorName = table.Column<string>(maxLength: PersonName, nullable: false),
                ScheduledOn = table.Column<DateOnly>(nullable: false),
                OverrideReason = table.Column<string>(maxLength: 1000, nullable: true),
                ShortNotice = table.Column<bool>(nullable: false),
                OverMonthlyLimit = table.Column<bool>(nullable: false),
                Status = table.Column<string>(maxLength: Status, nullable: false),
                Notes = table.Column<string>(maxLength: 4000, nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MonitoringVisits", x => x.Id);
                table.ForeignKey("FK_MonitoringVisits_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_MonitoringVisits_DistrictId_Day", "MonitoringVisits", ["DistrictId", "Day"]);
        migrationBuilder.CreateIndex("IX_MonitoringVisits_PlanId", "MonitoringVisits", "PlanId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("MonitoringVisits");
        migrationBuilder.DropTable("EvidenceRequests");
    }
}
