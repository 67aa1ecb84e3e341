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
