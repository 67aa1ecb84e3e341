using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aip.Web.Data.Migrations;

/// <summary>
/// ESE reviews with their criterion ratings and pinned comments, the district's self-assessment, frozen plan versions,
/// amendments, notifications; the plan's version and amendment counters and predecessor; the district's setting for
/// amendments.
/// </summary>
[DbContext(typeof(AipDbContext))]
[Migration("20261123140000_ReviewsAndVersions")]
public sealed class ReviewsAndVersions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>(name: "AmendmentsNeedEseApproval", table: "Districts", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<int>(name: "VersionCount", table: "Plans", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<int>(name: "AmendmentCount", table: "Plans", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<string>(name: "OpenAmendmentStage", table: "Plans", maxLength: 20, nullable: true);
        migrationBuilder.AddColumn<Guid>(name: "PredecessorId", table: "Plans", nullable: true);
        migrationBuilder.CreateUniqueIndex("IX_Plans_PredecessorId", "Plans", ["PredecessorId"], ActiveProvider, nullable: true);

        migrationBuilder.CreateTable(
            name: "PlanReviews",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                SubmissionNumber = table.Column<int>(nullable: false),
                ReviewerId = table.Column<Guid>(nullable: false),
                StartedAt = table.Column<DateTime>(nullable: false),
                OverallRating = table.Column<string>(maxLength: 30, nullable: true),
                OverallComment = table.Column<string>(maxLength: 4000, nullable: true),
                Decision = table.Column<string>(maxLength: 30, nullable: true),
                DecidedAt = table.Column<DateTime>(nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PlanReviews", x => x.Id);
                table.ForeignKey("FK_PlanReviews_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateUniqueIndex("IX_PlanReviews_PlanId_SubmissionNumber", "PlanReviews", ["PlanId", "SubmissionNumber"], ActiveProvider);

        migrationBuilder.CreateTable(
            name: "CriterionRatings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ReviewId = table.Column<Guid>(nullable: false),
                Criterion = table.Column<string>(maxLength: 60, nullable: false),
                Rating = table.Column<string>(maxLength: 30, nullable: true),
                Comment = table.Column<string>(maxLength: 4000, nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CriterionRatings", x => x.Id);
                table.ForeignKey("FK_CriterionRatings_PlanReviews_ReviewId", x => x.ReviewId, "PlanReviews", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CriterionRatings_ReviewId", "CriterionRatings", "ReviewId");

        migrationBuilder.CreateTable(
            name: "ReviewComments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                ReviewId = table.Column<Guid>(nullable: false),
                Area = table.Column<string>(maxLength: 20, nullable: false),
                ItemId = table.Column<Guid>(nullable: true),
                Text = table.Column<string>(maxLength: 4000, nullable: false),
                AuthorId = table.Column<Guid>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
                Resolved = table.Column<bool>(nullable: false),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReviewComments", x => x.Id);
                table.ForeignKey("FK_ReviewComments_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ReviewComments_PlanReviews_ReviewId", x => x.ReviewId, "PlanReviews", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ReviewComments_PlanId", "ReviewComments", "PlanId");
        migrationBuilder.CreateIndex("IX_ReviewComments_ReviewId", "ReviewComments", "ReviewId");

        migrationBuilder.CreateTable(
            name: "SelfAssessments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SelfAssessments", x => x.Id);
                table.ForeignKey("FK_SelfAssessments_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateUniqueIndex("IX_SelfAssessments_PlanId", "SelfAssessments", ["PlanId"], ActiveProvider);

        migrationBuilder.CreateTable(
            name: "GuidingAnswers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SelfAssessmentId = table.Column<Guid>(nullable: false),
                QuestionNumber = table.Column<int>(nullable: false),
                Text = table.Column<string>(maxLength: 4000, nullable: false),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GuidingAnswers", x => x.Id);
                table.ForeignKey("FK_GuidingAnswers_SelfAssessments_SelfAssessmentId", x => x.SelfAssessmentId, "SelfAssessments", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_GuidingAnswers_SelfAssessmentId", "GuidingAnswers", "SelfAssessmentId");

        migrationBuilder.CreateTable(
            name: "PlanVersions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                Content = table.Column<string>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
                ById = table.Column<Guid>(nullable: false),
                ByName = table.Column<string>(maxLength: 200, nullable: false),
                EseApproved = table.Column<bool>(nullable: false),
                AmendmentNumber = table.Column<int>(nullable: true),
                Reason = table.Column<string>(maxLength: 4000, nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PlanVersions", x => x.Id);
                table.ForeignKey("FK_PlanVersions_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateUniqueIndex("IX_PlanVersions_PlanId_Number", "PlanVersions", ["PlanId", "Number"], ActiveProvider);

        migrationBuilder.CreateTable(
            name: "Amendments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                Reason = table.Column<string>(maxLength: 4000, nullable: false),
                OpenedById = table.Column<Guid>(nullable: false),
                OpenedByName = table.Column<string>(maxLength: 200, nullable: false),
                OpenedAt = table.Column<DateTime>(nullable: false),
                Stage = table.Column<string>(maxLength: 20, nullable: false),
                NeedsEseApproval = table.Column<bool>(nullable: false),
                FinishedAt = table.Column<DateTime>(nullable: true),
                EseNote = table.Column<string>(maxLength: 4000, nullable: true),
                VersionNumber = table.Column<int>(nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Amendments", x => x.Id);
                table.ForeignKey("FK_Amendments_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateUniqueIndex("IX_Amendments_PlanId_Number", "Amendments", ["PlanId", "Number"], ActiveProvider);

        migrationBuilder.CreateTable(
            name: "Notifications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RecipientId = table.Column<Guid>(nullable: false),
                Message = table.Column<string>(maxLength: 500, nullable: false),
                Link = table.Column<string>(maxLength: 500, nullable: false),
                At = table.Column<DateTime>(nullable: false),
                ReadAt = table.Column<DateTime>(nullable: true),
                ConcurrencyToken = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Notifications", x => x.Id);
                table.ForeignKey("FK_Notifications_AspNetUsers_RecipientId", x => x.RecipientId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Notifications_RecipientId_At", "Notifications", ["RecipientId", "At"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Notifications");
        migrationBuilder.DropTable("Amendments");
        migrationBuilder.DropTable("PlanVersions");
        migrationBuilder.DropTable("GuidingAnswers");
        migrationBuilder.DropTable("SelfAssessments");
        migrationBuilder.DropTable("ReviewComments");
        migrationBuilder.DropTable("CriterionRatings");
        migrationBuilder.DropTable("PlanReviews");
        migrationBuilder.DropIndex("IX_Plans_PredecessorId", "Plans");
        migrationBuilder.DropColumnAnywhere("PredecessorId", "Plans", ActiveProvider);
        migrationBuilder.DropColumnAnywhere("OpenAmendmentStage", "Plans", ActiveProvider);
        migrationBuilder.DropColumnAnywhere("AmendmentCount", "Plans", ActiveProvider);
        migrationBuilder.DropColumnAnywhere("VersionCount", "Plans", ActiveProvider);
        migrationBuilder.DropColumnAnywhere("AmendmentsNeedEseApproval", "Districts", ActiveProvider);
    }
}
