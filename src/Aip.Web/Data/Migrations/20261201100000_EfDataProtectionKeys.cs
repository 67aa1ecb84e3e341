using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>
/// The Data Protection key ring moves to the table shape of Microsoft.AspNetCore.DataProtection.EntityFrameworkCore
/// (an auto-numbered key, <c>FriendlyName</c> and <c>Xml</c> without length limits), keeping every existing key, so
/// sign-in cookies, antiforgery tokens and invitation links issued before the upgrade stay valid. The rows go through
/// a staging table because the key's type changes, which SQLite cannot alter in place.
/// </summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261201100000_EfDataProtectionKeys")]
public sealed class EfDataProtectionKeys : Migration
{
    private const string Staging = "DataProtectionKeysMoving";
    private static readonly string[] Copied = ["FriendlyName", "Xml"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreateStaging(migrationBuilder);
        migrationBuilder.CopyRows("DataProtectionKeys", Staging, Copied, ActiveProvider);
        migrationBuilder.DropTable("DataProtectionKeys");

        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).AutoNumbered(ActiveProvider),
                FriendlyName = table.Column<string>(nullable: true),
                Xml = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
        migrationBuilder.CopyRows(Staging, "DataProtectionKeys", Copied, ActiveProvider);
        migrationBuilder.DropTable(Staging);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        CreateStaging(migrationBuilder);
        migrationBuilder.CopyRows("DataProtectionKeys", Staging, Copied, ActiveProvider, where: "Xml");
        migrationBuilder.DropTable("DataProtectionKeys");

        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FriendlyName = table.Column<string>(maxLength: 200, nullable: true),
                Xml = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
        migrationBuilder.CopyRows(Staging, "DataProtectionKeys", Copied, ActiveProvider, generated: ("Id", MigrationExtensions.NewGuidSql(ActiveProvider)));
        migrationBuilder.DropTable(Staging);
    }

    private static void CreateStaging(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: Staging,
            columns: table => new
            {
                FriendlyName = table.Column<string>(nullable: true),
                Xml = table.Column<string>(nullable: true),
            });
}
