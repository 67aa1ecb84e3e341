using Aip.Domain.Districts;
using Aip.Domain.Plans;
using Aip.Domain.Reporting;
using Aip.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aip.Web.Data.Configurations;

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.ToTable("ProgressReports");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Quarter).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(r => r.PlanTitle).HasMaxLength(Plan.TitleMaxLength);
        builder.Property(r => r.MonitorName).HasMaxLength(AipUser.DisplayNameMaxLength);
        builder.Property(r => r.MonitorConfirmedBy).HasMaxLength(AipUser.DisplayNameMaxLength);
        builder.Property(r => r.EseConfirmedBy).HasMaxLength(AipUser.DisplayNameMaxLength);
        builder.Property(r => r.PresentationRecordedBy).HasMaxLength(AipUser.DisplayNameMaxLength);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength).HasDefaultValue(ReportKind.Quarterly);
        builder.Property(r => r.BoardPresentationRecordedBy).HasMaxLength(AipUser.DisplayNameMaxLength);
        builder.JsonColumn<ProgressReport, List<ObjectiveEntry>>("_objectives", "Objectives");
        builder.JsonColumn<ProgressReport, List<InitiativeEntry>>("_initiatives", "Initiatives");
        builder.JsonColumn<ProgressReport, List<Erratum>>("_errata", "Errata");
        builder.Ignore(r => r.Objectives);
        builder.Ignore(r => r.Initiatives);
        builder.Ignore(r => r.RatedInitiatives);
        builder.Ignore(r => r.Errata);
        builder.Ignore(r => r.Period);
        builder.Ignore(r => r.IsSummative);
        builder.Ignore(r => r.Covers);
        builder.Ignore(r => r.KindTitle);
        builder.Ignore(r => r.CoverageName);
        builder.Ignore(r => r.MonitorConfirmation);
        builder.Ignore(r => r.EseConfirmation);
        builder.Property(r => r.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<District>().WithMany().HasForeignKey(r => r.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.DistrictId, r.SchoolYear, r.Quarter }).IsUnique();
        builder.HasIndex(r => new { r.Stage, r.PublishedAt });
        builder.HasMany(r => r.Comments).WithOne().HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Comments).HasField("_comments");
    }
}

internal sealed class ReportCommentConfiguration : IEntityTypeConfiguration<ReportComment>
{
    public void Configure(EntityTypeBuilder<ReportComment> builder)
    {
        builder.ToTable("ProgressReportComments");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(c => c.Part).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(c => c.Text).HasMaxLength(ReportComment.TextMaxLength);
        builder.Property(c => c.AuthorName).HasMaxLength(AipUser.DisplayNameMaxLength);
        builder.Property(c => c.Response).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(c => c.ResponseText).HasMaxLength(ReportComment.TextMaxLength);
        builder.Property(c => c.RespondedByName).HasMaxLength(AipUser.DisplayNameMaxLength);
        builder.Ignore(c => c.IsOpen);
        builder.Property(c => c.ConcurrencyToken).IsConcurrencyToken();
    }
}

internal sealed class ReportingYearConfiguration : IEntityTypeConfiguration<ReportingYear>
{
    public void Configure(EntityTypeBuilder<ReportingYear> builder)
    {
        builder.ToTable("ReportingYears");
        builder.Property(y => y.Id).ValueGeneratedNever();
        builder.Property(y => y.SummativeQuarter).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(y => y.ConcurrencyToken).IsConcurrencyToken();
        builder.HasIndex(y => y.SchoolYear).IsUnique();
    }
}
