using Aip.Domain.Common;
using Aip.Domain.Districts;
using Aip.Domain.Notifications;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Domain.Versions;
using Aip.Web.Identity;
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

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RotateConcurrencyTokens();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RotateConcurrencyTokens();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Every update gets a new token, so the next editor holding the old one is refused
    /// (works the same on every provider, unlike rowversion or xmin).
    /// </summary>
    private void RotateConcurrencyTokens()
    {
        foreach (var entry in ChangeTracker.Entries<Entity>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.RotateConcurrencyToken();
        }
    }

    private sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
        value => value.UtcDateTime,
        value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
}
