using Aip.Domain.Districts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aip.Web.Data.Configurations;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.ToTable("Districts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Name).HasMaxLength(District.NameMaxLength).IsRequired();
        builder.Property(d => d.Code).HasMaxLength(District.CodeMaxLength).IsRequired();
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Level)
            .HasConversion(level => level.Value, value => AccountabilityLevel.From(value))
            .HasColumnName("AccountabilityLevel");
        builder.Property(d => d.Notes).HasMaxLength(District.NotesMaxLength);
        builder.Property(d => d.AmendmentsNeedEseApproval).HasDefaultValue(false);
        builder.Property(d => d.ConcurrencyToken).IsConcurrencyToken();
    }
}

internal sealed class ReviewFindingConfiguration : IEntityTypeConfiguration<ReviewFinding>
{
    /// <summary>"HumanResourcesAndProfessionalDevelopment" is the longest standard's name.</summary>
    public const int StandardMaxLength = 60;

    public void Configure(EntityTypeBuilder<ReviewFinding> builder)
    {
        builder.ToTable("ReviewFindings");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Standard).HasConversion<string>().HasMaxLength(StandardMaxLength);
        builder.Property(f => f.Finding).HasMaxLength(ReviewFinding.TextMaxLength);
        builder.Property(f => f.Recommendation).HasMaxLength(ReviewFinding.TextMaxLength);
        builder.Property(f => f.RecordedByName).HasMaxLength(ReviewFinding.PersonNameMaxLength);
        builder.Property(f => f.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(f => f.Name);
        builder.HasOne<District>().WithMany().HasForeignKey(f => f.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.DistrictId, f.Standard, f.Number }).IsUnique();
    }
}
