using Aip.Domain.Districts;
using Aip.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aip.Web.Data.Configurations;

internal sealed class MonitorAssignmentConfiguration : IEntityTypeConfiguration<MonitorAssignment>
{
    public void Configure(EntityTypeBuilder<MonitorAssignment> builder)
    {
        builder.ToTable("MonitorAssignments");
        builder.HasKey(a => new { a.MonitorId, a.DistrictId });
        builder.HasIndex(a => a.DistrictId);
        builder.HasOne<AipUser>().WithMany().HasForeignKey(a => a.MonitorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<District>().WithMany().HasForeignKey(a => a.DistrictId).OnDelete(DeleteBehavior.Cascade);
    }
}
