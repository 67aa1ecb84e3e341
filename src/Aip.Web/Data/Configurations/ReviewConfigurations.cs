using System.Text.Json;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Domain.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aip.Web.Data.Configurations;

// ESE's reviews of a plan's submissions, the comments reviewers pin to places in the plan, and the district's
// self-assessment on the guiding questions. Reviews and comments are kept as the record of the review: deleting
// a plan is refused while they exist (plans are never deleted by the app).

internal sealed class PlanReviewConfiguration : IEntityTypeConfiguration<PlanReview>
{
    public const int RatingMaxLength = 30;

    public void Configure(EntityTypeBuilder<PlanReview> builder)
    {
        builder.ToTable("PlanReviews");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.OverallRating).HasConversion<string>().HasMaxLength(RatingMaxLength);
        builder.Property(r => r.OverallComment).HasMaxLength(PlanReview.CommentMaxLength);
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(RatingMaxLength);
        // Frozen once, like a version's content: what the next submission's review compares with.
        builder.Property(r => r.SubmittedContent).HasConversion(
            content => JsonSerializer.Serialize(content, JsonColumns.Options),
            json => JsonSerializer.Deserialize<PlanContent>(json, JsonColumns.Options));
        builder.Property(r => r.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PlanId, r.SubmissionNumber }).IsUnique();
        builder.HasMany(r => r.Ratings).WithOne().HasForeignKey("ReviewId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Ratings).HasField("_ratings");
    }
}

internal sealed class CriterionRatingConfiguration : IEntityTypeConfiguration<CriterionRating>
{
    public void Configure(EntityTypeBuilder<CriterionRating> builder)
    {
        builder.ToTable("CriterionRatings");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Criterion).HasConversion<string>().HasMaxLength(PlanReviewConfiguration.RatingMaxLength * 2);
        builder.Property(r => r.Rating).HasConversion<string>().HasMaxLength(PlanReviewConfiguration.RatingMaxLength);
        builder.Property(r => r.Comment).HasMaxLength(PlanReview.CommentMaxLength);
        builder.Property(r => r.ConcurrencyToken).IsConcurrencyToken();
    }
}

internal sealed class ReviewCommentConfiguration : IEntityTypeConfiguration<ReviewComment>
{
    public const int AreaMaxLength = 20;

    public void Configure(EntityTypeBuilder<ReviewComment> builder)
    {
        builder.ToTable("ReviewComments");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Area).HasConversion<string>().HasMaxLength(AreaMaxLength);
        builder.Property(c => c.Text).HasMaxLength(ReviewComment.TextMaxLength);
        builder.Property(c => c.PlaceName).HasMaxLength(ReviewComment.PlaceNameMaxLength);
        builder.Property(c => c.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(c => c.Place);
        builder.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanReview>().WithMany().HasForeignKey(c => c.ReviewId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SelfAssessmentConfiguration : IEntityTypeConfiguration<SelfAssessment>
{
    public void Configure(EntityTypeBuilder<SelfAssessment> builder)
    {
        builder.ToTable("SelfAssessments");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<Plan>().WithOne().HasForeignKey<SelfAssessment>(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Answers).WithOne().HasForeignKey("SelfAssessmentId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.JsonColumn<SelfAssessment, List<SelfRating>>("_ratings", "Ratings").HasDefaultValue(new List<SelfRating>());
        builder.Ignore(s => s.Ratings);
        builder.Navigation(s => s.Answers).HasField("_answers");
    }
}

internal sealed class GuidingAnswerConfiguration : IEntityTypeConfiguration<GuidingAnswer>
{
    public void Configure(EntityTypeBuilder<GuidingAnswer> builder)
    {
        builder.ToTable("GuidingAnswers");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Text).HasMaxLength(SelfAssessment.AnswerMaxLength);
        builder.Property(a => a.ConcurrencyToken).IsConcurrencyToken();
    }
}
