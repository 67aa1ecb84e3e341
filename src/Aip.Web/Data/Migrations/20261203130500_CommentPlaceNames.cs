using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>A review comment keeps the name of its place as the reviewer read it (null for earlier comments).</summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261203130500_CommentPlaceNames")]
public sealed class CommentPlaceNames : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "PlaceName", table: "ReviewComments", maxLength: 300, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumnAnywhere("PlaceName", "ReviewComments", ActiveProvider);
}
