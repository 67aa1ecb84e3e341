using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>The one-time tokens of creating forms that have been sent, with where each led (FormSubmission).</summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261201130000_OneTimeForms")]
public sealed class OneTimeForms : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "FormSubmissions",
            columns: table => new
            {
                Token = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: true),
                At = table.Column<DateTime>(nullable: false),
                Location = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_FormSubmissions", x => x.Token));
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("FormSubmissions");
}
