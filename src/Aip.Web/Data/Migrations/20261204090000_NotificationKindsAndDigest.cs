using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>
/// Notifications say whether they ask their recipient to act (those already stored are for information); each person may
/// choose a daily digest instead of a mail per notice (off for everyone), and the digest remembers per person the last day
/// it was sent and the moment it covered.
/// </summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261204090000_NotificationKindsAndDigest")]
public sealed class NotificationKindsAndDigest : Migration
{
    private const int Kind = 20;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Kind", table: "Notifications", maxLength: Kind, nullable: false, defaultValue: "Information");
        migrationBuilder.AddColumn<bool>(name: "DailyDigest", table: "AspNetUsers", nullable: false, defaultValue: false);

        migrationBuilder.CreateTable(
            name: "NotificationDigests",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RecipientId = table.Column<Guid>(nullable: false),
                LastSentOn = table.Column<DateOnly>(nullable: true),
                CoveredUntil = table.Column<DateTime>(nullable: false),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_NotificationDigests", x => x.Id);
                table.ForeignKey("FK_NotificationDigests_AspNetUsers_RecipientId", x => x.RecipientId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateUniqueIndex("IX_NotificationDigests_RecipientId", "NotificationDigests", ["RecipientId"], ActiveProvider);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("NotificationDigests");
        migrationBuilder.DropColumnAnywhere("DailyDigest", "AspNetUsers", ActiveProvider);
        migrationBuilder.DropColumnAnywhere("Kind", "Notifications", ActiveProvider);
    }
}
