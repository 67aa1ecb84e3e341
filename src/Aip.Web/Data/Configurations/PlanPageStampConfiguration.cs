using Aip.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aip.Web.Data.Configurations;

internal sealed class PlanPageStampConfiguration : IEntityTypeConfiguration<PlanPageStamp>
{
    public void Configure(EntityTypeBuilder<PlanPageStamp> builder)
    {
        builder.ToTable("PlanPageStamps");
        builder.HasKey(s => s.PlanId);
        builder.Property(s => s.PlanId).ValueGeneratedNever();
        builder.HasOne<Plan>().WithOne().HasForeignKey<PlanPageStamp>(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
