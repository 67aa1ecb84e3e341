using Aip.Domain.Common;
using Aip.Domain.Districts;
using Aip.Domain.Monitoring;
using Aip.Domain.Notifications;
using Aip.Domain.Plans;
using Aip.Domain.Progress;
using Aip.Domain.Reporting;
using Aip.Domain.Reviews;
using Aip.Domain.RoadToExit;
using Aip.Domain.Versions;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Outbox;
using Aip.Web.Infrastructure.Scheduling;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Aip.Web.Data;

/// <summary>
/// The one database context: Identity's user tables, the Data Protection key ring (so every app instance reads the
/// cookies and tokens the others issued) and the domain tables together. It is also the repository (no generic
/// repository on top); queries project straight into view models.
/// </summary>
public sealed class AipDbContext(DbContextOptions<AipDbContext> options) : IdentityUserContext<AipUser, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<District> Districts => Set<District>();

    public DbSet<MonitorAssignment> MonitorAssignments => Set<MonitorAssignment>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<PlanReview> PlanReviews => Set<PlanReview>();

    public DbSet<ReviewComment> ReviewComments => Set<ReviewComment>();

    public DbSet<SelfAssessment> SelfAssessments => Set<SelfAssessment>();

    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    public DbSet<Amendment> Amendments => Set<Amendment>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationDigest> NotificationDigests => Set<NotificationDigest>();

    public DbSet<AipSession> Sessions => Set<AipSession>();

    public DbSet<HighlightDiscussion> HighlightDiscussions => Set<HighlightDiscussion>();

    public DbSet<Minutes> Minutes => Set<Minutes>();

    public DbSet<MinutesComment> MinutesComments => Set<MinutesComment>();

    public DbSet<Risk> Risks => Set<Risk>();

    public DbSet<EvidenceRequest> EvidenceRequests => Set<EvidenceRequest>();

    public DbSet<MonitoringVisit> MonitoringVisits => Set<MonitoringVisit>();
    public DbSet<EvidenceItem> EvidenceItems => Set<EvidenceItem>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<BenchmarkBaseline> BenchmarkBaselines => Set<BenchmarkBaseline>();

    public DbSet<BenchmarkResult> BenchmarkResults => Set<BenchmarkResult>();

    public DbSet<ActivityProgress> ActivityProgress => Set<ActivityProgress>();

    public DbSet<OutcomeActual> OutcomeActuals => Set<OutcomeActual>();

    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();

    public DbSet<ReportComment> ProgressReportComments => Set<ReportComment>();

    public DbSet<ReportingYear> ReportingYears => Set<ReportingYear>();

    public DbSet<ContinuumReflection> ContinuumReflections => Set<ContinuumReflection>();

    public DbSet<AchievementRecord> AchievementRecords => Set<AchievementRecord>();

    public DbSet<ExitEvidence> ExitEvidence => Set<ExitEvidence>();

    public DbSet<ReviewFinding> ReviewFindings => Set<ReviewFinding>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AipDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Instants are stored as UTC date-times on every provider: SQLite can then order and compare them
        // (it cannot with DateTimeOffset), and the column type stays provider-neutral.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ScheduledJobState> ScheduledJobs => Set<ScheduledJobState>();

    public DbSet<FormSubmission> FormSubmissions => Set<FormSubmission>();

    public DbSet<PlanPageStamp> PlanPageStamps => Set<PlanPageStamp>();

    /// <summary>What the save pipeline added to the save under way (audit entries, notices), to take back if it fails.</summary>
    internal IReadOnlyList<object> AddedBySave { get; set; } = [];

    /// <summary>
    /// The version of a record that a form started from: the save is refused (DbUpdateConcurrencyException) when someone
    /// saved the record since. The record's row is always part of the save, so the check also runs when only rows it holds
    /// change (a benchmark's targets, a review's ratings, a self-assessment's answers), and its token moves on. The one
    /// concurrency check of the app: domain entities carry a Guid token, accounts Identity's concurrency stamp.
    /// </summary>
    /// <summary>Saves, or returns false when a record was saved by someone else since it was read (then nothing is saved).</summary>
    public async Task<bool> SaveUnlessConflictAsync()
    {
        try
        {
            await SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    public void ExpectVersion(object record, object? version)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entry = Entry(record);
        var token = entry.Property(record is AipUser ? nameof(AipUser.ConcurrencyStamp) : nameof(Entity.ConcurrencyToken));
        token.OriginalValue = version;
        if (entry.State != EntityState.Added)
        {
            token.IsModified = true;
        }
    }

    private sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
        value => value.UtcDateTime,
        value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
}
