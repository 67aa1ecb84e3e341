using Aip.Domain.Districts;
using Aip.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aip.Web.Data.Configurations;

// The plan aggregate: a Plan owns its objectives and final outcomes; an objective its initiatives; an
// initiative its benchmarks (with their targets) and activities. Deleting a parent deletes its children
// (one cascade path into each table). Collections are read through their backing fields; the public
// properties return them in rank or date order.

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public const int StatusMaxLength = 20;

    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("Plans");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(Plan.TitleMaxLength);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(StatusMaxLength);
        builder.Property(p => p.KeyIssues).HasMaxLength(Plan.KeyIssuesMaxLength);
        builder.Property(p => p.TheoryOfAction).HasMaxLength(Plan.TheoryOfActionMaxLength);
        builder.Property(p => p.WhyTheseObjectives).HasMaxLength(Plan.WhyTheseObjectivesMaxLength);
        builder.Property(p => p.ConcurrencyToken).IsConcurrencyToken();
        // Plans written before the revision existed start from the empty one.
        builder.Property(p => p.Revision).IsConcurrencyToken().HasDefaultValue(Guid.Empty);
        // Plans written before the workflow columns existed have been submitted zero times.
        builder.Property(p => p.SubmissionCount).HasDefaultValue(0);
        builder.Property(p => p.VersionCount).HasDefaultValue(0);
        builder.Property(p => p.AmendmentCount).HasDefaultValue(0);
        builder.Property(p => p.OpenAmendmentStage).HasConversion<string>().HasMaxLength(StatusMaxLength);
        // The predecessor link is an indexed column, not a foreign key: SQLite cannot add a foreign key to an existing
        // table without rebuilding it, and plans are never deleted, so the link cannot dangle. A plan has at most one
        // successor (NULLs do not collide in a unique index).
        builder.HasIndex(p => p.PredecessorId).IsUnique();
        builder.HasOne<District>().WithMany().HasForeignKey(p => p.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Objectives).WithOne().HasForeignKey(o => o.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.FinalOutcomes).WithOne().HasForeignKey(o => o.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Objectives).HasField("_objectives");
        builder.Navigation(p => p.FinalOutcomes).HasField("_finalOutcomes");
    }
}

internal sealed class ObjectiveConfiguration : IEntityTypeConfiguration<Objective>
{
    public void Configure(EntityTypeBuilder<Objective> builder)
    {
        builder.ToTable("Objectives");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Statement).HasMaxLength(Objective.StatementMaxLength);
        builder.Property(o => o.Lead).HasMaxLength(Objective.LeadMaxLength);
        builder.Ignore(o => o.Addresses);
        builder.JsonColumn<Objective, List<Guid>>("_addresses", "Addresses").HasDefaultValue(new List<Guid>());
        builder.Property(o => o.ConcurrencyToken).IsConcurrencyToken();
        builder.HasMany(o => o.Initiatives).WithOne(i => i.Objective).HasForeignKey(i => i.ObjectiveId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Initiatives).HasField("_initiatives");
    }
}

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.ToTable("Initiatives");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Description).HasMaxLength(Initiative.DescriptionMaxLength);
        builder.Property(i => i.Lead).HasMaxLength(Initiative.LeadMaxLength);
        builder.Property(i => i.KeyResources).HasMaxLength(Initiative.KeyResourcesMaxLength);
        builder.Ignore(i => i.Addresses);
        builder.JsonColumn<Initiative, List<Guid>>("_addresses", "Addresses").HasDefaultValue(new List<Guid>());
        builder.Property(i => i.ConcurrencyToken).IsConcurrencyToken();
        builder.HasMany(i => i.Benchmarks).WithOne().HasForeignKey(b => b.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Activities).WithOne().HasForeignKey(a => a.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Benchmarks).HasField("_benchmarks");
        builder.Navigation(i => i.Activities).HasField("_activities");
    }
}

internal sealed class BenchmarkConfiguration : IEntityTypeConfiguration<Benchmark>
{
    public const int KindMaxLength = 30;

    public void Configure(EntityTypeBuilder<Benchmark> builder)
    {
        builder.ToTable("Benchmarks");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(KindMaxLength);
        builder.Property(b => b.Description).HasMaxLength(Benchmark.DescriptionMaxLength);
        builder.Property(b => b.Measure).HasMaxLength(Benchmark.MeasureMaxLength);
        builder.Property(b => b.Evidence).HasMaxLength(Benchmark.EvidenceMaxLength);
        builder.Property(b => b.Frequency).HasMaxLength(Benchmark.FrequencyMaxLength);
        builder.Property(b => b.ConcurrencyToken).IsConcurrencyToken();
        builder.HasMany(b => b.Targets).WithOne().HasForeignKey(t => t.BenchmarkId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Targets).HasField("_targets");
    }
}

internal sealed class BenchmarkTargetConfiguration : IEntityTypeConfiguration<BenchmarkTarget>
{
    public void Configure(EntityTypeBuilder<BenchmarkTarget> builder)
    {
        builder.ToTable("BenchmarkTargets");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Value).HasMaxLength(BenchmarkTarget.ValueMaxLength);
        builder.Property(t => t.ConcurrencyToken).IsConcurrencyToken();
    }
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public const int QuarterMaxLength = 20;

    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("Activities");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Quarter).HasConversion<string>().HasMaxLength(QuarterMaxLength);
        builder.Property(a => a.ActionStep).HasMaxLength(Activity.ActionStepMaxLength);
        builder.Property(a => a.Lead).HasMaxLength(Activity.LeadMaxLength);
        builder.Property(a => a.Frequency).HasMaxLength(Activity.FrequencyMaxLength);
        builder.Property(a => a.ConcurrencyToken).IsConcurrencyToken();
    }
}

internal sealed class FinalOutcomeConfiguration : IEntityTypeConfiguration<FinalOutcome>
{
    public void Configure(EntityTypeBuilder<FinalOutcome> builder)
    {
        builder.ToTable("FinalOutcomes");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Description).HasMaxLength(FinalOutcome.DescriptionMaxLength);
        builder.Property(o => o.Measure).HasMaxLength(FinalOutcome.MeasureMaxLength);
        builder.Property(o => o.Target).HasMaxLength(FinalOutcome.TargetMaxLength);
        builder.JsonColumn<FinalOutcome, List<PpiTarget>>("_ppiTargets", "PpiTargets").HasDefaultValue(new List<PpiTarget>());
        builder.Ignore(o => o.PpiTargets);
        builder.Property(o => o.ConcurrencyToken).IsConcurrencyToken();
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.UserName).HasMaxLength(AuditEntry.UserNameMaxLength);
        builder.Property(a => a.Item).HasMaxLength(AuditEntry.ItemMaxLength);
        builder.Property(a => a.Action).HasMaxLength(AuditEntry.ActionMaxLength);
        builder.Property(a => a.Kind).HasMaxLength(AuditEntry.KindMaxLength);
        builder.Property(a => a.IpAddress).HasMaxLength(AuditEntry.IpAddressMaxLength);
        builder.Property(a => a.UserAgent).HasMaxLength(AuditEntry.UserAgentMaxLength);
        // No foreign key: the trail outlives what it describes.
        builder.HasIndex(a => new { a.PlanId, a.At });
        builder.HasIndex(a => new { a.DistrictId, a.At });
    }
}
