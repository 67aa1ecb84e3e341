using Aip.Domain.Districts;
using Aip.Domain.RoadToExit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aip.Web.Data.Configurations;

internal sealed class ContinuumReflectionConfiguration : IEntityTypeConfiguration<ContinuumReflection>
{
    public void Configure(EntityTypeBuilder<ContinuumReflection> builder)
    {
        builder.ToTable("ContinuumReflections");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.OpenedByName).HasMaxLength(ContinuumReflection.PersonNameMaxLength);
        builder.Ignore(r => r.IsComplete);
        builder.Property(r => r.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<District>().WithMany().HasForeignKey(r => r.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.DistrictId, r.OpenedOn });
        builder.Property(r => r.NumberInYear).HasDefaultValue(0);
        builder.HasIndex(r => new { r.DistrictId, r.SchoolYear, r.NumberInYear }).IsUnique();
        builder.HasMany(r => r.Views).WithOne().HasForeignKey(v => v.ReflectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Views).HasField("_views");
    }
}

internal sealed class ContinuumViewConfiguration : IEntityTypeConfiguration<ContinuumView>
{
    public void Configure(EntityTypeBuilder<ContinuumView> builder)
    {
        builder.ToTable("ContinuumViews");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Perspective).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(v => v.PlacedByName).HasMaxLength(ContinuumReflection.PersonNameMaxLength);
        builder.JsonColumn<ContinuumView, List<Placement>>("_placements", "Placements");
        builder.Ignore(v => v.Placements);
        builder.Ignore(v => v.IsPlaced);
        builder.Property(v => v.ConcurrencyToken).IsConcurrencyToken();
        builder.HasIndex(v => new { v.ReflectionId, v.Perspective }).IsUnique();
    }
}

internal sealed class AchievementRecordConfiguration : IEntityTypeConfiguration<AchievementRecord>
{
    public void Configure(EntityTypeBuilder<AchievementRecord> builder)
    {
        builder.ToTable("AchievementRecords");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Data).HasMaxLength(AchievementRecord.DataMaxLength);
        builder.Property(a => a.RecordedByName).HasMaxLength(ContinuumReflection.PersonNameMaxLength);
        builder.Ignore(a => a.Meets);
        builder.Property(a => a.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<District>().WithMany().HasForeignKey(a => a.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.DistrictId, a.SchoolYear }).IsUnique();
    }
}

internal sealed class ExitEvidenceConfiguration : IEntityTypeConfiguration<ExitEvidence>
{
    public void Configure(EntityTypeBuilder<ExitEvidence> builder)
    {
        builder.ToTable("ExitEvidence");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Criterion).HasConversion<string>().HasMaxLength(ExitEvidenceConfiguration.KindMaxLength);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(e => e.Label).HasMaxLength(ExitSource.LabelMaxLength);
        builder.Property(e => e.Note).HasMaxLength(ExitEvidence.NoteMaxLength);
        builder.Property(e => e.CitedByName).HasMaxLength(ContinuumReflection.PersonNameMaxLength);
        builder.Property(e => e.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<District>().WithMany().HasForeignKey(e => e.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.DistrictId, e.Criterion, e.Kind, e.SourceId }).IsUnique();
    }

    /// <summary>"DemonstrateImprovedAchievement" is the longest criterion name.</summary>
    public const int KindMaxLength = 40;
}
