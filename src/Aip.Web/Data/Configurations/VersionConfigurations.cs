using System.Text.Json;
using Aip.Domain.Notifications;
using Aip.Domain.Plans;
using Aip.Domain.Versions;
using Aip.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aip.Web.Data.Configurations;

// The living plan: frozen versions (their content as one JSON document, so that a version never changes when the
// plan's tables do), the amendments that produce them, and the notifications people receive about plans.

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.ToTable("PlanVersions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.ByName).HasMaxLength(AipUser.DisplayNameMaxLength);
        builder.Property(v => v.Reason).HasMaxLength(Amendment.ReasonMaxLength);
        builder.Property(v => v.Content).HasConversion(
            content => JsonSerializer.Serialize(content, JsonColumns.Options),
            json => JsonSerializer.Deserialize<PlanContent>(json, JsonColumns.Options)!);
        builder.Property(v => v.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<Plan>().WithMany().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
    }
}

internal sealed class AmendmentConfiguration : IEntityTypeConfiguration<Amendment>
{
    public const int StageMaxLength = 20;

    public void Configure(EntityTypeBuilder<Amendment> builder)
    {
        builder.ToTable("Amendments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Reason).HasMaxLength(Amendment.ReasonMaxLength);
        builder.Property(a => a.OpenedByName).HasMaxLength(AipUser.DisplayNameMaxLength);
        builder.Property(a => a.Stage).HasConversion<string>().HasMaxLength(StageMaxLength);
        builder.Property(a => a.EseNote).HasMaxLength(Amendment.NoteMaxLength);
        builder.Property(a => a.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<Plan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PlanId, a.Number }).IsUnique();
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public const int KindMaxLength = 20;

    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Message).HasMaxLength(Notification.MessageMaxLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        builder.Property(n => n.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<AipUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.RecipientId, n.At });
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(KindMaxLength).HasDefaultValue(NotificationKind.Information);
    }
}

internal sealed class NotificationDigestConfiguration : IEntityTypeConfiguration<NotificationDigest>
{
    public void Configure(EntityTypeBuilder<NotificationDigest> builder)
    {
        builder.ToTable("NotificationDigests");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.ConcurrencyToken).IsConcurrencyToken();
        // One digest per person: two instances starting a person's first digest at once cannot both succeed.
        builder.HasOne<AipUser>().WithMany().HasForeignKey(d => d.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.RecipientId).IsUnique();
    }
}
