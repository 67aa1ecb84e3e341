using Aip.Domain.Districts;
using Aip.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aip.Web.Data.Configurations;

internal sealed class AipUserConfiguration : IEntityTypeConfiguration<AipUser>
{
    public const int RoleMaxLength = 30;

    public void Configure(EntityTypeBuilder<AipUser> builder)
    {
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.DisplayName).HasMaxLength(AipUser.DisplayNameMaxLength).IsRequired();
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(RoleMaxLength);
        builder.HasIndex(u => u.Role);
        builder.Property(u => u.DailyDigest).HasDefaultValue(false);
        // Restrict, not cascade: a district with people in it is never deleted by accident, and it keeps a
        // single cascade path into MonitorAssignments (SQL Server refuses several).
        builder.HasOne<District>().WithMany().HasForeignKey(u => u.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AipSessionConfiguration : IEntityTypeConfiguration<AipSession>
{
    public void Configure(EntityTypeBuilder<AipSession> builder)
    {
        builder.ToTable("Sessions");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(AipSession.KeyLength);
        builder.Property(s => s.IpAddress).HasMaxLength(AipSession.IpAddressMaxLength);
        builder.Property(s => s.UserAgent).HasMaxLength(AipSession.UserAgentMaxLength);
        // Deleting an account ends its sessions.
        builder.HasOne<AipUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ExpiresAt);
    }
}
