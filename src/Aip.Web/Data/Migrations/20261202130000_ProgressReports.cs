using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>Quarterly Progress Reports with their reviewers' comments and factual corrections, and ESE's reporting calendar.</summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261202130000_ProgressReports")]
public sealed class ProgressReports : Migration
{
    private const int Status = 20;
    private const int PersonName = 200;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ProgressReports",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DistrictId = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                SchoolYear = table.Column<int>(nullable: false),
                Quarter = table.Column<string>(maxLength: Status, nullable: false),
                PlanVersionNumber = table.Column<int>(nullable: false),
                PlanTitle = table.Column<string>(maxLength: 200, nullable: false),
                MonitorId = table.Column<Guid>(nullable: false),
                MonitorName = table.Column<string>(maxLength: PersonName, nullable: false),
                Stage = table.Column<string>(maxLength: Status, nullable: false),
                Summary = table.Column<string>(nullable: true),
                Objectives = table.Column<string>(nullable: false),
                Initiatives = table.Column<string>(nullable: false),
                Errata = table.Column<string>(nullable: false),
                BegunAt = table.Column<DateTime>(nullable: false),
                SentForReviewAt = table.Column<DateTime>(nullable: true),
                SentForFactCheckAt = table.Column<DateTime>(nullable: true),
                FactCheckDoneAt = table.Column<DateTime>(nullable: true),
                MonitorConfirmedAt = table.Column<DateTime>(nullable: true),
                MonitorConfirmedBy = table.Column<string>(maxLength: PersonName, nullable: true),
                EseConfirmedAt = table.Column<DateTime>(nullable: true),
                EseConfirmedBy = table.Column<string>(maxLength: PersonName, nullable: true),
                PublishedAt = table.Column<DateTime>(nullable: true),
                PresentedToCommitteeOn = table.Column<DateOnly>(nullable: true),
                PresentationRecordedBy = table.Column<string>(maxLength: PersonName, nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProgressReports", x => x.Id);
                table.ForeignKey("FK_ProgressReports_Districts_DistrictId", x => x.DistrictId, "Districts", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ProgressReports_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateUniqueIndex("IX_ProgressReports_DistrictId_SchoolYear_Quarter", "ProgressReports", ["DistrictId", "SchoolYear", "Quarter"], ActiveProvider);
        migrationBuilder.CreateIndex("IX_ProgressReports_PlanId", "ProgressReports", "PlanId");
        migrationBuilder.CreateIndex("IX_ProgressReports_Stage_PublishedAt", "ProgressReports", ["Stage", "PublishedAt"]);

        migrationBuilder.CreateTable(
            name: "ProgressReportComments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ReportId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: Status, nullable: false),
                Part = table.Column<string>(maxLength: Status, nullable: false),
                ItemId = table.Column<Guid>(nullable: true),
                Text = table.Column<string>(maxLength: 4000, nullable: false),
                AuthorId = table.Column<Guid>(nullable: false),
                AuthorName = table.Column<string>(maxLength: PersonName, nullable: false),
                At = table.Column<DateTime>(nullable: false),
                Response = table.Column<string>(maxLength: Status, nullable: true),
                ResponseText = table.Column<string>(maxLength: 4000, nullable: true),
                RespondedByName = table.Column<string>(maxLength: PersonName, nullable: true),
                RespondedAt = table.Column<DateTime>(nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProgressReportComments", x => x.Id);
                table.ForeignKey("FK_ProgressReportComments_ProgressReports_ReportId", x => x.ReportId, "ProgressReports", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ProgressReportComments_ReportId", "ProgressReportComments", "ReportId");

        migrationBuilder.CreateTable(
            name: "ReportingYears",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SchoolYear = table.Column<int>(nullable: false),
                SummativeQuarter = table.Column<string>(maxLength: Status, nullable: false),
                DraftDays = table.Column<int>(nullable: false),
                ReviewDays = table.Column<int>(nullable: false),
                FactCheckDays = table.Column<int>(nullable: false),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ReportingYears", x => x.Id));
        migrationBuilder.CreateUniqueIndex("IX_ReportingYears_SchoolYear", "ReportingYears", ["SchoolYear"], ActiveProvider);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ReportingYears");
        migrationBuilder.DropTable("ProgressReportComments");
        migrationBuilder.DropTable("ProgressReports");
    }
}
