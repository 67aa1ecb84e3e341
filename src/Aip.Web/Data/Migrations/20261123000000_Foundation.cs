using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>
/// Districts, accounts (ASP.NET Core Identity user tables), monitor assignments and the Data Protection
/// key ring. Written by hand and provider-neutral: no store types, no provider annotations except
/// through <see cref="MigrationExtensions"/> (docs/architecture.md explains why).
/// </summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261123000000_Foundation")]
public sealed class Foundation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FriendlyName = table.Column<string>(maxLength: 200, nullable: true),
                Xml = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Districts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Code = table.Column<string>(maxLength: 20, nullable: false),
                AccountabilityLevel = table.Column<int>(nullable: false),
                Notes = table.Column<string>(maxLength: 4000, nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Districts", x => x.Id));

        migrationBuilder.CreateTable(
            name: "AspNetUsers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DisplayName = table.Column<string>(maxLength: 200, nullable: false),
                Role = table.Column<string>(maxLength: 30, nullable: false),
                DistrictId = table.Column<Guid>(nullable: true),
                IsActive = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTime>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                table.ForeignKey("FK_AspNetUsers_Districts_DistrictId", x => x.DistrictId, "Districts", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).AutoNumbered(ActiveProvider),
                UserId = table.Column<Guid>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                table.ForeignKey("FK_AspNetUserClaims_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(maxLength: MigrationExtensions.StringKeyLength(ActiveProvider), nullable: false),
                ProviderKey = table.Column<string>(maxLength: MigrationExtensions.StringKeyLength(ActiveProvider), nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey("FK_AspNetUserLogins_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserTokens",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                LoginProvider = table.Column<string>(maxLength: MigrationExtensions.StringKeyLength(ActiveProvider), nullable: false),
                Name = table.Column<string>(maxLength: MigrationExtensions.StringKeyLength(ActiveProvider), nullable: false),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey("FK_AspNetUserTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MonitorAssignments",
            columns: table => new
            {
                MonitorId = table.Column<Guid>(nullable: false),
                DistrictId = table.Column<Guid>(nullable: false),
                AssignedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MonitorAssignments", x => new { x.MonitorId, x.DistrictId });
                table.ForeignKey("FK_MonitorAssignments_AspNetUsers_MonitorId", x => x.MonitorId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_MonitorAssignments_Districts_DistrictId", x => x.DistrictId, "Districts", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_AspNetUserClaims_UserId", "AspNetUserClaims", "UserId");
        migrationBuilder.CreateIndex("IX_AspNetUserLogins_UserId", "AspNetUserLogins", "UserId");
        migrationBuilder.CreateIndex("EmailIndex", "AspNetUsers", "NormalizedEmail");
        migrationBuilder.CreateIndex("IX_AspNetUsers_DistrictId", "AspNetUsers", "DistrictId");
        migrationBuilder.CreateIndex("IX_AspNetUsers_Role", "AspNetUsers", "Role");
        migrationBuilder.CreateUniqueIndex("UserNameIndex", "AspNetUsers", ["NormalizedUserName"], ActiveProvider, nullable: true);
        migrationBuilder.CreateUniqueIndex("IX_Districts_Code", "Districts", ["Code"], ActiveProvider);
        migrationBuilder.CreateIndex("IX_MonitorAssignments_DistrictId", "MonitorAssignments", "DistrictId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("MonitorAssignments");
        migrationBuilder.DropTable("AspNetUserTokens");
        migrationBuilder.DropTable("AspNetUserLogins");
        migrationBuilder.DropTable("AspNetUserClaims");
        migrationBuilder.DropTable("AspNetUsers");
        migrationBuilder.DropTable("Districts");
        migrationBuilder.DropTable("DataProtectionKeys");
    }
}
