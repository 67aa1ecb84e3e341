using Aip.Domain.Plans;
using Aip.Domain.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aip.Web.Data.Configurations;

// Benchmark progress: baselines, results against dated targets, activity status and final-outcome actuals. They are not the
// plan's content (no amendment, no new version, the plan's revision stays), so they are records of their own beside the
// plan, keyed by the plan item's id (and the target's date or the school year). They refer to the plan (restricted, like the
// monitoring records) but not to the item by a foreign key: an amendment that removes a benchmark, an activity or an outcome
// keeps what was recorded against it, as the plan's versions keep the item itself.

internal sealed class BenchmarkBaselineConfiguration : IEntityTypeConfiguration<BenchmarkBaseline>
{
    public void Configure(EntityTypeBuilder<BenchmarkBaseline> builder)
    {
        builder.ToTable("BenchmarkBaselines");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Value).HasMaxLength(BenchmarkBaseline.ValueMaxLength);
        builder.Property(b => b.Direction).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(b => b.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<Plan>().WithMany().HasForeignKey(b => b.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => b.BenchmarkId).IsUnique();
    }
}

internal sealed class BenchmarkResultConfiguration : IEntityTypeConfiguration<BenchmarkResult>
{
    public void Configure(EntityTypeBuilder<BenchmarkResult> builder)
    {
        builder.ToTable("BenchmarkResults");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Value).HasMaxLength(BenchmarkResult.ValueMaxLength);
        builder.Property(r => r.Source).HasMaxLength(BenchmarkResult.SourceMaxLength);
        builder.Property(r => r.Note).HasMaxLength(BenchmarkResult.NoteMaxLength);
        builder.Property(r => r.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.BenchmarkId, r.TargetDate }).IsUnique();
    }
}

internal sealed class ActivityProgressConfiguration : IEntityTypeConfiguration<ActivityProgress>
{
    public void Configure(EntityTypeBuilder<ActivityProgress> builder)
    {
        builder.ToTable("ActivityProgress");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(a => a.Note).HasMaxLength(ActivityProgress.NoteMaxLength);
        builder.Property(a => a.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<Plan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.ActivityId).IsUnique();
    }
}

internal sealed class OutcomeActualConfiguration : IEntityTypeConfiguration<OutcomeActual>
{
    public void Configure(EntityTypeBuilder<OutcomeActual> builder)
    {
        builder.ToTable("OutcomeActuals");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Value).HasMaxLength(OutcomeActual.ValueMaxLength);
        builder.Property(a => a.Note).HasMaxLength(OutcomeActual.NoteMaxLength);
        builder.Property(a => a.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<Plan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.FinalOutcomeId, a.SchoolYear }).IsUnique();
    }
}
