using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>
/// Server-side sessions (the session cookie holds only a key, so signing out ends the session everywhere it was copied)
/// and the request's address and user agent on audit entries, for security events (sign-ins, lockouts, second factor).
/// </summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261201140000_SessionsAndSecurityEvents")]
public sealed class SessionsAndSecurityEvents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Sessions",
            columns: table => new
            {
                Key = table.Column<string>(maxLength: 43, nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
                Ticket = table.Column<byte[]>(nullable: false),
                IpAddress = table.Column<string>(maxLength: 45, nullable: true),
                UserAgent = table.Column<string>(maxLength: 300, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sessions", x => x.Key);
                table.ForeignKey("FK_Sessions_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Sessions_ExpiresAt", "Sessions", "ExpiresAt");
        migrationBuilder.CreateIndex("IX_Sessions_UserId", "Sessions", "UserId");

        migrationBuilder.AddColumn<string>(name: "IpAddress", table: "AuditEntries", maxLength: 45, nullable: true);
        migrationBuilder.AddColumn<string>(name: "UserAgent", table: "AuditEntries", maxLength: 300, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumnAnywhere("UserAgent", "AuditEntries", ActiveProvider);
        migrationBuilder.DropColumnAnywhere("IpAddress", "AuditEntries", ActiveProvider);
        migrationBuilder.DropTable("Sessions");
    }
}
