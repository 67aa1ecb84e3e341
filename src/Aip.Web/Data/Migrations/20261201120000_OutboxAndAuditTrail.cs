using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>
/// The transactional outbox and the scheduler's job table; the plan's revision (its aggregate-wide concurrency token);
/// an audit trail for every audited record, not only plans: entries belong to a district and, where they concern one,
/// to a plan, and say what kind of record changed. Existing entries keep their plan and get its district.
/// </summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261201120000_OutboxAndAuditTrail")]
public sealed class OutboxAndAuditTrail : Migration
{
    private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "Revision", table: "Plans", nullable: false, defaultValue: Guid.Empty);

        if (ActiveProvider == Sqlite)
        {
            // SQLite cannot make a column nullable in place: the table is rebuilt and its rows copied.
            CreateAuditTable(migrationBuilder, "ef_temp_AuditEntries", planIdNullable: true);
            migrationBuilder.Sql("""
                INSERT INTO "ef_temp_AuditEntries" ("Id", "DistrictId", "PlanId", "Kind", "UserId", "UserName", "At", "Item", "Action", "Changes")
                SELECT a."Id", (SELECT p."DistrictId" FROM "Plans" p WHERE p."Id" = a."PlanId"), a."PlanId", 'Plan', a."UserId", a."UserName", a."At", a."Item", a."Action", a."Changes"
                FROM "AuditEntries" a;
                """);
            migrationBuilder.DropTable("AuditEntries");
            migrationBuilder.RenameTable("ef_temp_AuditEntries", newName: "AuditEntries");
            migrationBuilder.CreateIndex("IX_AuditEntries_PlanId_At", "AuditEntries", ["PlanId", "At"]);
        }
        else
        {
            // SQL Server does not alter a column an index uses; the index is rebuilt around the change.
            migrationBuilder.DropIndex("IX_AuditEntries_PlanId_At", "AuditEntries");
            migrationBuilder.AlterColumn<Guid>(name: "PlanId", table: "AuditEntries", nullable: true, oldClrType: typeof(Guid), oldNullable: false);
            migrationBuilder.CreateIndex("IX_AuditEntries_PlanId_At", "AuditEntries", ["PlanId", "At"]);
            migrationBuilder.AddColumn<Guid>(name: "DistrictId", table: "AuditEntries", nullable: true);
            migrationBuilder.AddColumn<string>(name: "Kind", table: "AuditEntries", maxLength: 40, nullable: true);
            migrationBuilder.Sql("""
                UPDATE "AuditEntries" SET "Kind" = 'Plan', "DistrictId" = (SELECT p."DistrictId" FROM "Plans" p WHERE p."Id" = "AuditEntries"."PlanId");
                """);
            migrationBuilder.AlterColumn<string>(name: "Kind", table: "AuditEntries", maxLength: 40, nullable: false,
                oldClrType: typeof(string), oldMaxLength: 40, oldNullable: true);
        }

        migrationBuilder.CreateIndex("IX_AuditEntries_DistrictId_At", "AuditEntries", ["DistrictId", "At"]);

        migrationBuilder.CreateTable(
            name: "OutboxMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                To = table.Column<string>(maxLength: 320, nullable: false),
                Subject = table.Column<string>(maxLength: 400, nullable: false),
                Body = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<DateTime>(nullable: false),
                LockedUntil = table.Column<DateTime>(nullable: true),
                ClaimId = table.Column<Guid>(nullable: true),
                SentAt = table.Column<DateTime>(nullable: true),
                FailedAt = table.Column<DateTime>(nullable: true),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_OutboxMessages", x => x.Id));
        migrationBuilder.CreateIndex("IX_OutboxMessages_SentAt_FailedAt_NextAttemptAt", "OutboxMessages", ["SentAt", "FailedAt", "NextAttemptAt"]);

        migrationBuilder.CreateTable(
            name: "ScheduledJobs",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 100, nullable: false),
                NextRunAt = table.Column<DateTime>(nullable: false),
                LockedUntil = table.Column<DateTime>(nullable: true),
                LastRunAt = table.Column<DateTime>(nullable: true),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ScheduledJobs", x => x.Name));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ScheduledJobs");
        migrationBuilder.DropTable("OutboxMessages");
        migrationBuilder.DropIndex("IX_AuditEntries_DistrictId_At", "AuditEntries");
        // Entries of districts and people had no place before; those of plans go back.
        migrationBuilder.Sql("""DELETE FROM "AuditEntries" WHERE "PlanId" IS NULL;""");
        if (ActiveProvider == Sqlite)
        {
            CreateAuditTable(migrationBuilder, "ef_temp_AuditEntries", planIdNullable: false);
            migrationBuilder.Sql("""
                INSERT INTO "ef_temp_AuditEntries" ("Id", "PlanId", "UserId", "UserName", "At", "Item", "Action", "Changes")
                SELECT "Id", "PlanId", "UserId", "UserName", "At", "Item", "Action", "Changes" FROM "AuditEntries";
                """);
            migrationBuilder.DropTable("AuditEntries");
            migrationBuilder.RenameTable("ef_temp_AuditEntries", newName: "AuditEntries");
            migrationBuilder.CreateIndex("IX_AuditEntries_PlanId_At", "AuditEntries", ["PlanId", "At"]);
        }
        else
        {
            migrationBuilder.DropColumn("Kind", "AuditEntries");
            migrationBuilder.DropColumn("DistrictId", "AuditEntries");
            migrationBuilder.DropIndex("IX_AuditEntries_PlanId_At", "AuditEntries");
            migrationBuilder.AlterColumn<Guid>(name: "PlanId", table: "AuditEntries", nullable: false, oldClrType: typeof(Guid), oldNullable: true);
            migrationBuilder.CreateIndex("IX_AuditEntries_PlanId_At", "AuditEntries", ["PlanId", "At"]);
        }

        migrationBuilder.DropColumnAnywhere("Revision", "Plans", ActiveProvider);
    }

    /// <summary>The audit table as this migration leaves it (<paramref name="planIdNullable"/>: with district and kind) or found it.</summary>
    private static void CreateAuditTable(MigrationBuilder migrationBuilder, string name, bool planIdNullable)
    {
        if (planIdNullable)
        {
            migrationBuilder.CreateTable(
                name: name,
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    DistrictId = table.Column<Guid>(nullable: true),
                    PlanId = table.Column<Guid>(nullable: true),
                    Kind = table.Column<string>(maxLength: 40, nullable: false),
                    UserId = table.Column<Guid>(nullable: true),
                    UserName = table.Column<string>(maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(nullable: false),
                    Item = table.Column<string>(maxLength: 300, nullable: false),
                    Action = table.Column<string>(maxLength: 20, nullable: false),
                    Changes = table.Column<string>(nullable: false),
                },
                constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));
            return;
        }

        migrationBuilder.CreateTable(
            name: name,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: true),
                UserName = table.Column<string>(maxLength: 200, nullable: false),
                At = table.Column<DateTime>(nullable: false),
                Item = table.Column<string>(maxLength: 300, nullable: false),
                Action = table.Column<string>(maxLength: 20, nullable: false),
                Changes = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));
    }
}
