using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>
/// Monitoring an approved plan: Highlight Discussions with their agendas, their Minutes with the reviewers' comments,
/// the plan's risk register, and the reminders the scheduler has sent (each once).
/// </summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261202090000_HighlightDiscussionsAndMinutes")]
public sealed class HighlightDiscussionsAndMinutes : Migration
{
    private const int Status = 20;
    private const int PersonName = 200;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "HighlightDiscussions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                DistrictId = table.Column<Guid>(nullable: false),
                StartsAt = table.Column<DateTime>(nullable: false),
                Place = table.Column<string>(maxLength: 300, nullable: false),
                Status = table.Column<string>(maxLength: Status, nullable: false),
                ShortNotice = table.Column<bool>(nullable: false),
                ShortNoticeReason = table.Column<string>(maxLength: 1000, nullable: true),
                QuestionsShared = table.Column<bool>(nullable: false),
                Participants = table.Column<string>(nullable: false),
                History = table.Column<string>(nullable: false),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_HighlightDiscussions", x => x.Id);
                table.ForeignKey("FK_HighlightDiscussions_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_HighlightDiscussions_Districts_DistrictId", x => x.DistrictId, "Districts", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_HighlightDiscussions_PlanId_StartsAt", "HighlightDiscussions", ["PlanId", "StartsAt"]);
        migrationBuilder.CreateIndex("IX_HighlightDiscussions_DistrictId", "HighlightDiscussions", "DistrictId");

        migrationBuilder.CreateTable(
            name: "AgendaItems",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DiscussionId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Topic = table.Column<string>(maxLength: 500, nullable: false),
                PlanItemId = table.Column<Guid>(nullable: true),
                Origin = table.Column<string>(maxLength: Status, nullable: false),
                Questions = table.Column<string>(maxLength: 4000, nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AgendaItems", x => x.Id);
                table.ForeignKey("FK_AgendaItems_HighlightDiscussions_DiscussionId", x => x.DiscussionId, "HighlightDiscussions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_AgendaItems_DiscussionId", "AgendaItems", "DiscussionId");

        migrationBuilder.CreateTable(
            name: "Minutes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DiscussionId = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                DistrictId = table.Column<Guid>(nullable: false),
                DiscussionDay = table.Column<DateOnly>(nullable: false),
                Stage = table.Column<string>(maxLength: Status, nullable: false),
                SentForReviewOn = table.Column<DateOnly>(nullable: true),
                FinalOn = table.Column<DateOnly>(nullable: true),
                SubmittedByName = table.Column<string>(maxLength: PersonName, nullable: true),
                Sections = table.Column<string>(nullable: false),
                Addenda = table.Column<string>(nullable: false),
                DiscussedItems = table.Column<string>(nullable: false),
                LinkedAmendments = table.Column<string>(nullable: false),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Minutes", x => x.Id);
                table.ForeignKey("FK_Minutes_HighlightDiscussions_DiscussionId", x => x.DiscussionId, "HighlightDiscussions", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Minutes_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateUniqueIndex("IX_Minutes_DiscussionId", "Minutes", ["DiscussionId"], ActiveProvider);
        migrationBuilder.CreateIndex("IX_Minutes_PlanId_DiscussionDay", "Minutes", ["PlanId", "DiscussionDay"]);

        migrationBuilder.CreateTable(
            name: "MinutesComments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MinutesId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: Status, nullable: false),
                Section = table.Column<string>(maxLength: Status, nullable: false),
                Text = table.Column<string>(maxLength: 4000, nullable: false),
                AuthorId = table.Column<Guid>(nullable: false),
                AuthorName = table.Column<string>(maxLength: PersonName, nullable: false),
                At = table.Column<DateTime>(nullable: false),
                ResolvedAt = table.Column<DateTime>(nullable: true),
                Resolution = table.Column<string>(maxLength: 4000, nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MinutesComments", x => x.Id);
                table.ForeignKey("FK_MinutesComments_Minutes_MinutesId", x => x.MinutesId, "Minutes", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_MinutesComments_MinutesId", "MinutesComments", "MinutesId");

        migrationBuilder.CreateTable(
            name: "Risks",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                DistrictId = table.Column<Guid>(nullable: false),
                Description = table.Column<string>(maxLength: 1000, nullable: false),
                Mitigation = table.Column<string>(maxLength: 2000, nullable: false),
                Owner = table.Column<string>(maxLength: 200, nullable: false),
                Status = table.Column<string>(maxLength: Status, nullable: false),
                RaisedOn = table.Column<DateOnly>(nullable: false),
                ClosedOn = table.Column<DateOnly>(nullable: true),
                StatusNote = table.Column<string>(maxLength: 1000, nullable: true),
                ReviewedOn = table.Column<DateOnly>(nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Risks", x => x.Id);
                table.ForeignKey("FK_Risks_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Risks_PlanId_Status", "Risks", ["PlanId", "Status"]);

        migrationBuilder.CreateTable(
            name: "Reminders",
            columns: table => new
            {
                Key = table.Column<string>(maxLength: 200, nullable: false),
                SentAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Reminders", x => x.Key));
        migrationBuilder.CreateIndex("IX_Reminders_SentAt", "Reminders", "SentAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Reminders");
        migrationBuilder.DropTable("Risks");
        migrationBuilder.DropTable("MinutesComments");
        migrationBuilder.DropTable("Minutes");
        migrationBuilder.DropTable("AgendaItems");
        migrationBuilder.DropTable("HighlightDiscussions");
    }
}
