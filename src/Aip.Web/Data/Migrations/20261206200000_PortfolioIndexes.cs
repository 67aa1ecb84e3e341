using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>
/// Indexes by district for what ESE's portfolio counts per district (issue 17): final Minutes and those final within the
/// week (read from the index alone), open risks, open evidence requests past due. Without them each count read the
/// whole table, every district's rows, for a page of 25.
/// </summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261206200000_PortfolioIndexes")]
public sealed class PortfolioIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex("IX_Minutes_DistrictId_FinalOn_DiscussionDay", "Minutes", ["DistrictId", "FinalOn", "DiscussionDay"]);
        migrationBuilder.CreateIndex("IX_Risks_DistrictId_Status", "Risks", ["DistrictId", "Status"]);
        migrationBuilder.CreateIndex("IX_EvidenceRequests_DistrictId_Status_DueOn", "EvidenceRequests", ["DistrictId", "Status", "DueOn"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_EvidenceRequests_DistrictId_Status_DueOn", "EvidenceRequests");
        migrationBuilder.DropIndex("IX_Risks_DistrictId_Status", "Risks");
        migrationBuilder.DropIndex("IX_Minutes_DistrictId_FinalOn_DiscussionDay", "Minutes");
    }
}
