using System.Text.Json;
using System.Text.Json.Serialization;
using Aip.Domain.Districts;
using Aip.Domain.Monitoring;
using Aip.Domain.Plans;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aip.Web.Data.Configurations;

// The monitoring of an approved plan: its Highlight Discussions with their agendas, the Minutes of each with the
// reviewers' comments, and the plan's risk register. Small lists that are only ever read and written with their
// record (participants, the schedule's history, the Minutes' sections, addenda and links) are one JSON column each.
// Like reviews, these records are kept: deleting a plan or a discussion that has them is refused.

internal sealed class HighlightDiscussionConfiguration : IEntityTypeConfiguration<HighlightDiscussion>
{
    public const int StatusMaxLength = 20;

    public void Configure(EntityTypeBuilder<HighlightDiscussion> builder)
    {
        builder.ToTable("HighlightDiscussions");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Place).HasMaxLength(HighlightDiscussion.PlaceMaxLength);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(StatusMaxLength);
        builder.Property(d => d.ShortNoticeReason).HasMaxLength(HighlightDiscussion.ReasonMaxLength);
        builder.JsonColumn<HighlightDiscussion, List<DiscussionParticipant>>("_participants", "Participants");
        builder.JsonColumn<HighlightDiscussion, List<ScheduleChange>>("_history", "History");
        builder.Ignore(d => d.Participants);
        builder.Ignore(d => d.History);
        builder.Ignore(d => d.Day);
        builder.Property(d => d.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<Plan>().WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<District>().WithMany().HasForeignKey(d => d.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.PlanId, d.StartsAt });
        builder.HasMany(d => d.Agenda).WithOne().HasForeignKey(a => a.DiscussionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Agenda).HasField("_agenda");
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.ToTable("AgendaItems");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Topic).HasMaxLength(AgendaItem.TopicMaxLength);
        builder.Property(a => a.Origin).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(a => a.Questions).HasMaxLength(AgendaItem.QuestionsMaxLength);
        builder.Property(a => a.ConcurrencyToken).IsConcurrencyToken();
    }
}

internal sealed class MinutesConfiguration : IEntityTypeConfiguration<Minutes>
{
    public void Configure(EntityTypeBuilder<Minutes> builder)
    {
        builder.ToTable("Minutes");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Stage).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(m => m.SubmittedByName).HasMaxLength(AipUser.DisplayNameMaxLength);
        builder.JsonColumn<Minutes, Dictionary<MinutesSection, string>>("_sections", "Sections");
        builder.JsonColumn<Minutes, List<MinutesAddendum>>("_addenda", "Addenda");
        builder.JsonColumn<Minutes, List<Guid>>("_discussedItems", "DiscussedItems");
        builder.JsonColumn<Minutes, List<int>>("_amendments", "LinkedAmendments");
        builder.JsonColumn<Minutes, List<Guid>>("_citedEvidence", "CitedEvidence").HasDefaultValue(new List<Guid>());
        builder.Ignore(m => m.Sections);
        builder.Ignore(m => m.Addenda);
        builder.Ignore(m => m.DiscussedItems);
        builder.Ignore(m => m.LinkedAmendments);
        builder.Ignore(m => m.CitedEvidence);
        builder.Ignore(m => m.Clocks);
        builder.Property(m => m.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<HighlightDiscussion>().WithOne().HasForeignKey<Minutes>(m => m.DiscussionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Plan>().WithMany().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.PlanId, m.DiscussionDay });
        // ESE's portfolio counts each district's final Minutes and those final within the week from this index alone.
        builder.HasIndex(m => new { m.DistrictId, m.FinalOn, m.DiscussionDay });
        builder.HasMany(m => m.Comments).WithOne().HasForeignKey(c => c.MinutesId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Comments).HasField("_comments");
    }
}

internal sealed class MinutesCommentConfiguration : IEntityTypeConfiguration<MinutesComment>
{
    public void Configure(EntityTypeBuilder<MinutesComment> builder)
    {
        builder.ToTable("MinutesComments");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(c => c.Section).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(c => c.Text).HasMaxLength(MinutesComment.TextMaxLength);
        builder.Property(c => c.AuthorName).HasMaxLength(AipUser.DisplayNameMaxLength);
        builder.Property(c => c.Resolution).HasMaxLength(MinutesComment.TextMaxLength);
        builder.Ignore(c => c.IsOpen);
        builder.Property(c => c.ConcurrencyToken).IsConcurrencyToken();
    }
}

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> builder)
    {
        builder.ToTable("Risks");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Description).HasMaxLength(Risk.DescriptionMaxLength);
        builder.Property(r => r.Mitigation).HasMaxLength(Risk.MitigationMaxLength);
        builder.Property(r => r.Owner).HasMaxLength(Risk.OwnerMaxLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(r => r.StatusNote).HasMaxLength(Risk.NoteMaxLength);
        builder.Ignore(r => r.IsOpen);
        builder.Property(r => r.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PlanId, r.Status });
        builder.HasIndex(r => new { r.DistrictId, r.Status });
    }
}

internal sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    public void Configure(EntityTypeBuilder<EvidenceItem> builder)
    {
        builder.ToTable("EvidenceItems");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Title).HasMaxLength(EvidenceItem.TitleMaxLength);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(e => e.Description).HasMaxLength(EvidenceItem.DescriptionMaxLength);
        builder.Property(e => e.Link).HasMaxLength(EvidenceItem.LinkMaxLength);
        builder.Property(e => e.AddedByName).HasMaxLength(EvidenceItem.PersonNameMaxLength);
        builder.JsonColumn<EvidenceItem, List<Guid>>("_supports", "Supports");
        builder.Ignore(e => e.Supports);
        builder.Property(e => e.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<Plan>().WithMany().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PlanId, e.CollectedOn });
        builder.HasMany(e => e.Files).WithOne().HasForeignKey(f => f.EvidenceItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Files).HasField("_files");
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("EvidenceFiles");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.FileName).HasMaxLength(EvidenceFile.FileNameMaxLength);
        builder.Property(f => f.ContentType).HasMaxLength(EvidenceFile.ContentTypeMaxLength);
        builder.Property(f => f.Sha256).HasMaxLength(EvidenceFile.Sha256Length);
        builder.Property(f => f.ConcurrencyToken).IsConcurrencyToken();
        builder.HasIndex(f => f.StorageKey).IsUnique();
    }
}

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("Reminders");
        builder.HasKey(r => r.Key);
        builder.Property(r => r.Key).HasMaxLength(Reminder.KeyMaxLength);
        builder.HasIndex(r => r.SentAt);
    }
}

/// <summary>A small list stored as one JSON text column, compared by its JSON so that a change in place is saved.</summary>
internal static class JsonColumns
{
    /// <summary>How the app stores JSON: enums by name (readable, independent of enum numbers), no indentation. Plan versions' content too.</summary>
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General) { Converters = { new JsonStringEnumConverter() } };

    public static PropertyBuilder<TValue> JsonColumn<TEntity, TValue>(this EntityTypeBuilder<TEntity> builder, string field, string column)
        where TEntity : class
        where TValue : class, new()
    {
        var comparer = new ValueComparer<TValue>(
            (a, b) => Json(a) == Json(b),
            value => Json(value).GetHashCode(StringComparison.Ordinal),
            value => JsonSerializer.Deserialize<TValue>(Json(value), Options)!);
        return builder.Property<TValue>(field)
            .HasColumnName(column)
            .HasConversion(value => Json(value), json => JsonSerializer.Deserialize<TValue>(json, Options) ?? new TValue(), comparer)
            .IsRequired();
    }

    private static string Json<TValue>(TValue? value) => JsonSerializer.Serialize(value, Options);
}

internal sealed class EvidenceRequestConfiguration : IEntityTypeConfiguration<EvidenceRequest>
{
    public void Configure(EntityTypeBuilder<EvidenceRequest> builder)
    {
        builder.ToTable("EvidenceRequests");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(r => r.What).HasMaxLength(EvidenceRequest.WhatMaxLength);
        builder.Property(r => r.RequestedByName).HasMaxLength(AipUser.DisplayNameMaxLength);
        builder.Property(r => r.ShortNoticeReason).HasMaxLength(EvidenceRequest.ReasonMaxLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(r => r.Answer).HasMaxLength(EvidenceRequest.AnswerMaxLength);
        builder.Property(r => r.AnsweredByName).HasMaxLength(AipUser.DisplayNameMaxLength);
        builder.JsonColumn<EvidenceRequest, List<Guid>>("_answeredWith", "AnsweredWith");
        builder.Ignore(r => r.AnsweredWith);
        builder.Ignore(r => r.Deadline);
        builder.Ignore(r => r.IsOpen);
        builder.Property(r => r.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PlanId, r.Status, r.DueOn });
        builder.HasIndex(r => new { r.DistrictId, r.Status, r.DueOn });
    }
}

internal sealed class MonitoringVisitConfiguration : IEntityTypeConfiguration<MonitoringVisit>
{
    public void Configure(EntityTypeBuilder<MonitoringVisit> builder)
    {
        builder.ToTable("MonitoringVisits");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength * 2);
        builder.Property(v => v.Purpose).HasMaxLength(MonitoringVisit.PurposeMaxLength);
        builder.Property(v => v.MonitorName).HasMaxLength(AipUser.DisplayNameMaxLength);
        builder.Property(v => v.OverrideReason).HasMaxLength(MonitoringVisit.ReasonMaxLength);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(HighlightDiscussionConfiguration.StatusMaxLength);
        builder.Property(v => v.Notes).HasMaxLength(MonitoringVisit.NotesMaxLength);
        builder.Ignore(v => v.Counts);
        builder.Property(v => v.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<Plan>().WithMany().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.DistrictId, v.Day });
        builder.HasIndex(v => v.PlanId);
    }
}
