using Aip.Domain.Monitoring;
using Aip.Domain.Plans;
using Aip.Domain.Progress;
using Aip.Domain.Reporting;
using Aip.Domain.Reviews;
using Aip.Domain.RoadToExit;
using Aip.Web.Data;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Scheduling;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Districts;

/// <summary>The rows of one table that belong to a district, in the users' words ("Plans", "Review comments").</summary>
public abstract class DistrictTable(Type entityType, string label, bool exported)
{
    public Type EntityType { get; } = entityType;

    public string Label { get; } = label;

    /// <summary>False for rows that are deleted with the district but never leave the app (secrets, mail in transit).</summary>
    public bool Exported { get; } = exported;

    public abstract Task<int> CountAsync(CancellationToken cancellationToken);

    public abstract Task<int> DeleteAsync(CancellationToken cancellationToken);

    /// <summary>The rows, tracked (so that shadow keys can be read): detach each once it is read.</summary>
    public abstract IAsyncEnumerable<object> RowsAsync();
}

/// <summary>
/// Everything in the database that belongs to one district, said once for the export and the deletion: the district, its
/// people's accounts (with their claims, logins and tokens), monitor assignments, plans with all their items, reviews,
/// ratings, comments, self-assessments, amendments, versions, the notifications of its people and about its plans, its
/// audit trail, and the outbox mail to its people or about its plans. Tables are listed parents first; deleting goes the other way.
/// <see cref="NotDistrictData"/> names the tables that hold no district's data; a test fails when a table of the model is
/// in neither list, so a new district-owned entity (Minutes, evidence, QPRs) cannot be forgotten by the export or the
/// deletion.
/// </summary>
public sealed class DistrictRecord
{
    /// <summary>Tables of the model that hold nothing of any district, and why.</summary>
    public static readonly IReadOnlyDictionary<Type, string> NotDistrictData = new Dictionary<Type, string>
    {
        [typeof(DataProtectionKey)] = "the app's key ring, shared by every district",
        [typeof(ScheduledJobState)] = "when the scheduler's jobs last ran",
        [typeof(Reminder)] = "which reminders the scheduler has sent, by a key of record ids: no names, no content",
        [typeof(ReportingYear)] = "ESE's reporting calendar, the same for every district",
    };

    private DistrictRecord(IReadOnlyList<DistrictTable> tables) => Tables = tables;

    public IReadOnlyList<DistrictTable> Tables { get; }

    public static async Task<DistrictRecord> OfAsync(AipDbContext db, Guid districtId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = db.Users.Where(u => u.DistrictId == districtId).Select(u => u.Id);
        var plans = db.Plans.Where(p => p.DistrictId == districtId).Select(p => p.Id);
        var objectives = db.Set<Objective>().Where(o => plans.Contains(o.PlanId)).Select(o => o.Id);
        var initiatives = db.Set<Initiative>().Where(i => objectives.Contains(i.ObjectiveId)).Select(i => i.Id);
        var benchmarks = db.Set<Benchmark>().Where(b => initiatives.Contains(b.InitiativeId)).Select(b => b.Id);
        var reviews = db.PlanReviews.Where(r => plans.Contains(r.PlanId)).Select(r => r.Id);
        var selfAssessments = db.SelfAssessments.Where(s => plans.Contains(s.PlanId)).Select(s => s.Id);
        var discussions = db.HighlightDiscussions.Where(d => d.DistrictId == districtId).Select(d => d.Id);
        var minutes = db.Minutes.Where(m => plans.Contains(m.PlanId)).Select(m => m.Id);
        var evidence = db.EvidenceItems.Where(e => plans.Contains(e.PlanId)).Select(e => e.Id);
        var reports = db.ProgressReports.Where(r => r.DistrictId == districtId).Select(r => r.Id);
        var reflections = db.ContinuumReflections.Where(r => r.DistrictId == districtId).Select(r => r.Id);

        // Notices and mail about a plan link to it ("/plans/{id}…"): those sent to ESE staff and monitors go with the district too.
        var planIds = await plans.ToListAsync(cancellationToken);
        var reportIds = await reports.ToListAsync(cancellationToken);
        var planLinks = planIds.Select(id => $"/plans/{id}%").Concat(reportIds.Select(id => $"/reports/{id}%")).ToList();
        var planMentions = planIds.Select(id => $"%/plans/{id}%").Concat(reportIds.Select(id => $"%/reports/{id}%")).ToList();

        return new(
        [
            Table("Districts", db.Districts.Where(d => d.Id == districtId)),
            Table("People's accounts", db.Users.Where(u => u.DistrictId == districtId)),
            Table("Account claims", db.UserClaims.Where(c => people.Contains(c.UserId))),
            Table("Account sign-in providers", db.UserLogins.Where(l => people.Contains(l.UserId))),
            // Authenticator keys and recovery codes are secrets: deleted, never exported.
            Table("Account tokens", db.UserTokens.Where(t => people.Contains(t.UserId)), exported: false),
            // One-time tokens of the people's creating forms (and of others' forms that led to the district's plans).
            Table("Form submissions", db.FormSubmissions.Where(f => (f.UserId != null && people.Contains(f.UserId.Value))
                || planLinks.Any(link => EF.Functions.Like(f.Location!, link))), exported: false),
            // A session's ticket signs its person in: deleted, never exported.
            Table("Sessions", db.Sessions.Where(s => people.Contains(s.UserId)), exported: false),
            Table("Monitor assignments", db.MonitorAssignments.Where(a => a.DistrictId == districtId)),
            Table("District Review findings", db.ReviewFindings.Where(f => f.DistrictId == districtId)),
            Table("Plans", db.Plans.Where(p => p.DistrictId == districtId)),
            // A value that moves when a plan's pages change (PlanPageStamp), nothing of the district's own words.
            Table("Plan page stamps", db.PlanPageStamps.Where(s => plans.Contains(s.PlanId)), exported: false),
            Table("Objectives", db.Set<Objective>().Where(o => plans.Contains(o.PlanId))),
            Table("Initiatives", db.Set<Initiative>().Where(i => objectives.Contains(i.ObjectiveId))),
            Table("Benchmarks", db.Set<Benchmark>().Where(b => initiatives.Contains(b.InitiativeId))),
            Table("Dated targets", db.Set<BenchmarkTarget>().Where(t => benchmarks.Contains(t.BenchmarkId))),
            Table("Activities", db.Set<Activity>().Where(a => initiatives.Contains(a.InitiativeId))),
            Table("Final outcomes", db.Set<FinalOutcome>().Where(f => plans.Contains(f.PlanId))),
            Table("Self-assessments", db.SelfAssessments.Where(s => plans.Contains(s.PlanId))),
            Table("Guiding-question answers", db.Set<GuidingAnswer>().Where(a => selfAssessments.Contains(EF.Property<Guid>(a, "SelfAssessmentId")))),
            Table("ESE reviews", db.PlanReviews.Where(r => plans.Contains(r.PlanId))),
            Table("Criterion ratings", db.Set<CriterionRating>().Where(r => reviews.Contains(EF.Property<Guid>(r, "ReviewId")))),
            Table("Review comments", db.ReviewComments.Where(c => plans.Contains(c.PlanId))),
            Table("Amendments", db.Amendments.Where(a => plans.Contains(a.PlanId))),
            Table("Plan versions", db.PlanVersions.Where(v => plans.Contains(v.PlanId))),
            Table("Highlight Discussions", db.HighlightDiscussions.Where(d => d.DistrictId == districtId)),
            Table("Agenda topics", db.Set<AgendaItem>().Where(a => discussions.Contains(a.DiscussionId))),
            Table("Minutes", db.Minutes.Where(m => plans.Contains(m.PlanId))),
            Table("Minutes comments and questions", db.MinutesComments.Where(c => minutes.Contains(c.MinutesId))),
            Table("Risk register", db.Risks.Where(r => plans.Contains(r.PlanId))),
            Table("Monitor's requests", db.EvidenceRequests.Where(r => plans.Contains(r.PlanId))),
            Table("Monitoring visits", db.MonitoringVisits.Where(v => plans.Contains(v.PlanId))),
            Table("Evidence items", db.EvidenceItems.Where(e => plans.Contains(e.PlanId))),
            // The files' bytes are in the file store under their storage keys: the export adds them, the deletion removes them.
            Table("Evidence files", db.EvidenceFiles.Where(f => evidence.Contains(f.EvidenceItemId))),
            Table("Benchmark baselines", db.BenchmarkBaselines.Where(b => plans.Contains(b.PlanId))),
            Table("Benchmark results", db.BenchmarkResults.Where(r => plans.Contains(r.PlanId))),
            Table("Activity status", db.ActivityProgress.Where(a => plans.Contains(a.PlanId))),
            Table("Final-outcome actuals", db.OutcomeActuals.Where(a => plans.Contains(a.PlanId))),
            Table("Progress reports", db.ProgressReports.Where(r => r.DistrictId == districtId)),
            Table("Progress report comments and corrections", db.ProgressReportComments.Where(c => reports.Contains(c.ReportId))),
            Table("Continuum reflections", db.ContinuumReflections.Where(r => r.DistrictId == districtId)),
            Table("Continuum views", db.Set<ContinuumView>().Where(v => reflections.Contains(v.ReflectionId))),
            Table("Exit criterion A by school year", db.AchievementRecords.Where(a => a.DistrictId == districtId)),
            Table("Evidence cited for exit criteria B-E", db.ExitEvidence.Where(e => e.DistrictId == districtId)),
            Table("Notifications", db.Notifications.Where(n => people.Contains(n.RecipientId) || planLinks.Any(link => EF.Functions.Like(n.Link, link)))),
            Table("Notification digests", db.NotificationDigests.Where(d => people.Contains(d.RecipientId))),
            Table("Audit entries", db.AuditEntries.Where(a => a.DistrictId == districtId
                || (a.PlanId != null && plans.Contains(a.PlanId.Value))
                || (a.UserId != null && people.Contains(a.UserId.Value)))),
            // Mail bodies carry password links: deleted with the people they are addressed to (and mail to others that links
            // to the district's plans), never exported.
            Table("Mail to or about the district", db.OutboxMessages.Where(m => db.Users.Any(u => u.DistrictId == districtId && u.Email == m.To)
                || planMentions.Any(mention => EF.Functions.Like(m.Body, mention))), exported: false),
        ]);

        DistrictTable Table<T>(string label, IQueryable<T> rows, bool exported = true)
            where T : class => new Rows<T>(label, rows, exported);
    }

    /// <summary>The stored files of the district's evidence (their bytes live in the file store, not in a table).</summary>
    public static IQueryable<EvidenceFile> StoredFiles(AipDbContext db, Guid districtId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.EvidenceFiles.AsNoTracking().Where(f => db.EvidenceItems.Any(e => e.Id == f.EvidenceItemId && e.DistrictId == districtId));
    }

    /// <summary>Account columns that never leave the app: what signs a person in or vouches for their session.</summary>
    public static readonly IReadOnlySet<string> SecretAccountColumns = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(IdentityUser<Guid>.PasswordHash),
        nameof(IdentityUser<Guid>.SecurityStamp),
        nameof(IdentityUser<Guid>.ConcurrencyStamp),
    };

    public static bool IsSecret(Type entityType, string property) => entityType == typeof(AipUser) && SecretAccountColumns.Contains(property);

    /// <summary>The tables in the order they are deleted: children before their parents.</summary>
    public IEnumerable<DistrictTable> InDeletionOrder() => Tables.Reverse();

    private sealed class Rows<T>(string label, IQueryable<T> rows, bool exported) : DistrictTable(typeof(T), label, exported)
        where T : class
    {
        public override Task<int> CountAsync(CancellationToken cancellationToken) => rows.CountAsync(cancellationToken);

        public override Task<int> DeleteAsync(CancellationToken cancellationToken) => rows.ExecuteDeleteAsync(cancellationToken);

        public override IAsyncEnumerable<object> RowsAsync() => rows.AsAsyncEnumerable();
    }
}
