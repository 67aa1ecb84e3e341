using Aip.Domain.Common;
using Aip.Domain.Districts;
using Aip.Domain.Monitoring;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Progress;
using Aip.Domain.Reporting;
using Aip.Domain.Reviews;
using Aip.Domain.RoadToExit;
using Aip.Domain.Versions;
using Aip.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Aip.Web.Data.Audit;

/// <summary>
/// Turns the pending changes of a save into audit entries: every audited record (the plan and its items, reviews,
/// comments, self-assessments, amendments, versions, districts, people's access, monitor assignments), named as the
/// users name them ("Initiative 2.3") and described field by field with the template's labels and readable values
/// (<see cref="AuditLabels"/>). A removed item's children are not listed one by one; target changes are folded into
/// their benchmark, criterion ratings into their review, answers into their self-assessment.
/// </summary>
internal sealed class AuditTrail(AipDbContext db, TrackedPlans tracked)
{
    private const int ValueMaxLength = 160;

    private readonly Dictionary<Guid, string> _districtNames = [];
    private readonly Dictionary<Guid, string> _personNames = [];

    public async Task<IReadOnlyList<AuditEntry>> EntriesAsync(AuditActor actor, DateTimeOffset at)
    {
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && AuditLabels.IsAudited(e.Entity))
            .ToList();
        var entries = new List<AuditEntry>();
        foreach (var entry in changed.Where(e => !IsFoldedIntoParent(e.Entity) && !ParentIsRemoved(e)))
        {
            // A changed record lists its changed fields; an added or removed one says what it is.
            var lines = entry.State == EntityState.Modified ? await ModifiedValuesAsync(entry) : await SummaryAsync(entry);
            lines.AddRange(FoldedChanges(changed, entry.Entity));
            if (lines.Count > 0 && await SubjectAsync(entry) is { } subject)
            {
                entries.Add(Entry(entry.State, subject, lines));
            }
        }

        // A parent whose only change is in the rows folded into it (a benchmark's targets, a review's ratings).
        foreach (var parent in changed.Where(e => IsFoldedIntoParent(e.Entity)).Select(e => FoldingParent(e.Entity)).OfType<object>().Distinct())
        {
            var entry = db.Entry(parent);
            if (entry.State == EntityState.Unchanged && FoldedChanges(changed, parent).ToList() is { Count: > 0 } lines
                && await SubjectAsync(entry) is { } subject)
            {
                entries.Add(Entry(EntityState.Modified, subject, lines));
            }
        }

        return entries;

        AuditEntry Entry(EntityState state, AuditSubject subject, List<string> lines) => new()
        {
            DistrictId = subject.DistrictId,
            PlanId = subject.PlanId,
            Kind = subject.Kind,
            UserId = actor.UserId,
            UserName = Clip(actor.UserName, AuditEntry.UserNameMaxLength),
            IpAddress = actor.IpAddress,
            UserAgent = actor.UserAgent,
            At = at,
            Item = Clip(subject.Item, AuditEntry.ItemMaxLength),
            Action = state switch { EntityState.Added => "Added", EntityState.Deleted => "Removed", _ => "Changed" },
            Changes = string.Join('\n', lines),
        };
    }

    private sealed record AuditSubject(Guid? DistrictId, Guid? PlanId, string Kind, string Item);

    private async Task<AuditSubject?> SubjectAsync(EntityEntry entry)
    {
        switch (entry.Entity)
        {
            case District d:
                return new(d.Id, null, "District", d.Name);
            case AipUser u:
                // A person moved to another district is filed under the new one; the entry names both.
                return new(u.DistrictId ?? Original<Guid?>(entry, nameof(AipUser.DistrictId)), null, AuditLabels.PersonKind, u.DisplayName);
            case MonitorAssignment a:
                return new(a.DistrictId, null, AuditLabels.AssignmentKind, $"{await PersonNameAsync(a.MonitorId)} monitors {await DistrictNameAsync(a.DistrictId)}");
            case HighlightDiscussion d:
                return new(d.DistrictId, d.PlanId, AuditLabels.Kind(d), $"Highlight Discussion of {Dates.Display(OriginalStart(entry, d))}");
            case AgendaItem a when tracked.Find<HighlightDiscussion>(a.DiscussionId) is { } d:
                return new(d.DistrictId, d.PlanId, AuditLabels.Kind(a), $"Agenda of the discussion of {Dates.Display(d.StartsAt)}: {a.Topic}");
            case Minutes m:
                return new(m.DistrictId, m.PlanId, AuditLabels.Kind(m), $"Minutes of the discussion of {Dates.Display(m.DiscussionDay)}");
            case MinutesComment c when tracked.Find<Minutes>(c.MinutesId) is { } m:
                return new(m.DistrictId, m.PlanId, AuditLabels.Kind(c),
                    $"{(c.Kind == MinutesCommentKind.EseQuestion ? "ESE question" : "Comment")} on section {c.Section.Number()} of the Minutes of {Dates.Display(m.DiscussionDay)}");
            case Risk r:
                return new(r.DistrictId, r.PlanId, AuditLabels.Kind(r), $"Risk: {r.Description}");
            case EvidenceRequest r:
                return new(r.DistrictId, r.PlanId, AuditLabels.Kind(r), $"{r.Kind.DisplayName()} requested by {r.RequestedByName}, due {Dates.Display(r.DueOn)}");
            case MonitoringVisit v:
                return new(v.DistrictId, v.PlanId, AuditLabels.Kind(v), $"{v.Kind.DisplayName()} visit on {Dates.Display(v.Day)}");
            case EvidenceItem e:
                return new(e.DistrictId, e.PlanId, AuditLabels.Kind(e), $"Evidence: {e.Title}");
            case EvidenceFile f when tracked.Find<EvidenceItem>(f.EvidenceItemId) is { } e:
                return new(e.DistrictId, e.PlanId, AuditLabels.Kind(f), $"File {f.FileName} of the evidence {e.Title}");
            // Progress is recorded against the plan read untracked: its items are named from the database.
            case BenchmarkBaseline b:
                return new(b.DistrictId, b.PlanId, AuditLabels.Kind(b), $"Baseline of {await ItemTextAsync<Benchmark>(b.BenchmarkId, x => x.Description)}");
            case BenchmarkResult r:
                return new(r.DistrictId, r.PlanId, AuditLabels.Kind(r),
                    $"Result for the target of {Dates.Display(r.TargetDate)} of {await ItemTextAsync<Benchmark>(r.BenchmarkId, x => x.Description)}");
            case ActivityProgress a:
                return new(a.DistrictId, a.PlanId, AuditLabels.Kind(a), $"Status of the activity: {await ItemTextAsync<Activity>(a.ActivityId, x => x.ActionStep)}");
            case OutcomeActual a:
                return new(a.DistrictId, a.PlanId, AuditLabels.Kind(a),
                    $"Actual for {PlanPeriod.SchoolYear(a.SchoolYear)} of the final outcome: {await ItemTextAsync<FinalOutcome>(a.FinalOutcomeId, x => x.Description)}");
            case ProgressReport r:
                return new(r.DistrictId, r.PlanId, AuditLabels.Kind(r), $"Progress report for {r.Period.DisplayName}");
            case ReportComment c when tracked.Find<ProgressReport>(c.ReportId) is { } r:
                return new(r.DistrictId, r.PlanId, AuditLabels.Kind(c),
                    $"{(c.Kind == ReportCommentKind.FactualCorrection ? "Factual correction" : "Review comment")} on {r.PlaceLabel(c.Part, c.ItemId)} of the report for {r.Period.DisplayName}");
            case ContinuumReflection r:
                return new(r.DistrictId, null, AuditLabels.Kind(r), $"Reflection on the continuum opened {Dates.Display(r.OpenedOn)}");
            case ContinuumView v when tracked.Find<ContinuumReflection>(v.ReflectionId) is { } r:
                return new(r.DistrictId, null, AuditLabels.Kind(v), $"{v.Perspective.DisplayName()}'s view in the reflection opened {Dates.Display(r.OpenedOn)}");
            case AchievementRecord a:
                return new(a.DistrictId, null, AuditLabels.Kind(a), $"Exit criterion A for {PlanPeriod.SchoolYear(a.SchoolYear)}");
            case ExitEvidence e:
                return new(e.DistrictId, null, AuditLabels.Kind(e), $"Evidence for exit criterion {e.Criterion.Letter()}: {e.Label}");
            case ReviewFinding f:
                return new(f.DistrictId, null, AuditLabels.Kind(f), $"District Review: {f.Name}");
            default:
                if (tracked.PlanOf(entry.Entity) is not { } plan)
                {
                    return null;
                }

                return new(plan.DistrictId, plan.Id, AuditLabels.Kind(entry.Entity), ItemName(entry));
        }
    }

    private async Task<List<string>> ModifiedValuesAsync(EntityEntry entry)
    {
        var lines = new List<string>();
        foreach (var property in entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
        {
            if (AuditLabels.Label(entry.Entity, property.Metadata.Name) is not { } label)
            {
                continue;
            }

            if (AuditLabels.IsFindingLinks(entry.Entity, property.Metadata.Name))
            {
                if (await FindingLinksChangeAsync(property.OriginalValue, property.CurrentValue) is { } change)
                {
                    lines.Add($"{label}: {change}");
                }
            }
            else if (AuditLabels.IsSecret(entry.Entity, property.Metadata.Name))
            {
                lines.Add($"{label}: changed");
            }
            else
            {
                lines.Add($"{label}: {await ShowAsync(property.Metadata.Name, property.OriginalValue)} → {await ShowAsync(property.Metadata.Name, property.CurrentValue)}");
            }
        }

        return lines;
    }

    private async Task<List<string>> SummaryAsync(EntityEntry entry) => entry.Entity switch
    {
        Plan p => [$"Title: {Show(p.Title)}"],
        Objective o => [$"Statement: {Show(o.Statement)}"],
        Initiative i => [$"Description: {Show(i.Description)}"],
        Benchmark b => [$"Description: {Show(b.Description)}"],
        Activity a => [$"Action step: {Show(a.ActionStep)}; {Dates.Display(a.Start)} – {Dates.Display(a.End)}"],
        FinalOutcome f => [$"Description: {Show(f.Description)}"],
        PlanReview r => [$"Review of submission {r.SubmissionNumber} started"],
        ReviewComment c => [$"Comment: {Show(c.Text)}"],
        SelfAssessment => [],
        Amendment a => [$"Reason: {Show(a.Reason)}"],
        PlanVersion v => [v.AmendmentNumber is { } n ? $"Version {v.Number}, from amendment {n}" : $"Version {v.Number}, as approved"],
        District d => [$"Code: {d.Code}; level {d.Level.Value}"],
        AipUser u => [$"Role: {u.Role.DisplayName()}; District: {(u.DistrictId is { } id ? await DistrictNameAsync(id) : "none")}; Email: {u.Email}"],
        MonitorAssignment => [entry.State == EntityState.Added ? "Assigned" : "Assignment ended"],
        HighlightDiscussion d => [$"Scheduled for {Dates.DisplayWithTime(d.StartsAt)} at {Show(d.Place)}{(d.ShortNotice ? $"; less than a week's notice: {Show(d.ShortNoticeReason)}" : string.Empty)}"],
        AgendaItem a => [$"Topic: {Show(a.Topic)}"],
        Minutes => ["Minutes begun"],
        MinutesComment c => [$"Comment: {Show(c.Text)}"],
        Risk r => [$"Risk: {Show(r.Description)}; owner {Show(r.Owner)}"],
        EvidenceRequest r => [$"Request: {Show(r.What)}{(r.ShortNotice ? $"; less than three weeks: {Show(r.ShortNoticeReason)}" : string.Empty)}"],
        MonitoringVisit v => [$"Purpose: {Show(v.Purpose)}{(v.OverrideReason is { } why ? $"; rule set aside: {Show(why)}" : string.Empty)}"],
        EvidenceItem e => [$"{e.Kind.DisplayName()} collected {Dates.Display(e.CollectedOn)}: {Show(e.Title)}{(e.Link is { } link ? $"; link {Show(link)}" : string.Empty)}"],
        EvidenceFile f => [$"File {Show(f.FileName)} ({f.ContentType}, {f.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes, SHA-256 {f.Sha256})"],
        BenchmarkBaseline b => [$"Baseline: {Show(b.Value)} on {Dates.Display(b.Date)}"],
        BenchmarkResult r => [$"Result: {Show(r.Value)}, measured on {Dates.Display(r.MeasuredOn)}"],
        ActivityProgress a => [$"Status: {a.Status.DisplayName()} since {Dates.Display(a.ChangedOn)}"],
        OutcomeActual a => [$"Actual: {Show(a.Value)}"],
        ProgressReport r => [$"Begun by {r.MonitorName}, rating version {r.PlanVersionNumber} of the plan"],
        ReportComment c => [$"Comment: {Show(c.Text)}"],
        ContinuumReflection r => [$"Opened by {Show(r.OpenedByName)} for {PlanPeriod.SchoolYear(r.SchoolYear)}; views due {Dates.Display(r.ViewsDueOn)}"],
        AchievementRecord a => [$"{(a.Meets ? "Shown" : "Not shown")}: {Show(a.Data)}"],
        ExitEvidence e => [$"Cited by {Show(e.CitedByName)}: {Show(e.Note)}"],
        ReviewFinding f => [$"Recorded by {Show(f.RecordedByName)}: {Show(f.Finding)}"],
        _ => [],
    };

    /// <summary>Rows that are shown as part of their parent's entry rather than on their own.</summary>
    private static bool IsFoldedIntoParent(object entity) => entity is BenchmarkTarget or CriterionRating or GuidingAnswer;

    private object? FoldingParent(object entity) => entity switch
    {
        BenchmarkTarget t => tracked.Find<Benchmark>(t.BenchmarkId),
        CriterionRating r => tracked.Find<PlanReview>(tracked.ShadowKey(r, "ReviewId")),
        GuidingAnswer a => tracked.Find<SelfAssessment>(tracked.ShadowKey(a, "SelfAssessmentId")),
        _ => null,
    };

    private IEnumerable<string> FoldedChanges(List<EntityEntry> changed, object parent)
    {
        var folded = changed.Where(e => IsFoldedIntoParent(e.Entity) && ReferenceEquals(FoldingParent(e.Entity), parent)).ToList();
        if (folded.Count == 0)
        {
            yield break;
        }

        switch (parent)
        {
            case Benchmark benchmark:
                var before = string.Join("; ", folded.Where(e => e.State == EntityState.Deleted).Select(e => (BenchmarkTarget)e.Entity).OrderBy(t => t.Position).Select(Describe));
                var after = string.Join("; ", benchmark.Targets.Select(Describe));
                if (before != after)
                {
                    yield return $"Dated targets: {(before.Length == 0 ? "none" : before)} → {(after.Length == 0 ? "none" : after)}";
                }

                break;
            case PlanReview:
                foreach (var rating in folded.Where(e => e.State == EntityState.Modified))
                {
                    var criterion = ((CriterionRating)rating.Entity).Criterion.DisplayName();
                    foreach (var property in rating.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
                    {
                        if (AuditLabels.Label(rating.Entity, property.Metadata.Name) is { } label)
                        {
                            yield return $"{criterion}, {label.ToLowerInvariant()}: {Show(property.OriginalValue)} → {Show(property.CurrentValue)}";
                        }
                    }
                }

                break;
            case SelfAssessment:
                foreach (var number in folded.Select(e => ((GuidingAnswer)e.Entity).QuestionNumber).Distinct().Order())
                {
                    yield return $"Guiding question {number}: answer {(folded.Any(e => e.State == EntityState.Deleted && ((GuidingAnswer)e.Entity).QuestionNumber == number) ? "changed" : "given")}";
                }

                break;
        }

        static string Describe(BenchmarkTarget t) => $"{t.Value} by {Dates.Display(t.Date)}";
    }

    private bool ParentIsRemoved(EntityEntry entry) =>
        entry.State == EntityState.Deleted && Parent(entry.Entity) is { } parent && db.Entry(parent).State == EntityState.Deleted;

    private object? Parent(object entity) => entity switch
    {
        Objective o => tracked.Find<Plan>(o.PlanId),
        FinalOutcome f => tracked.Find<Plan>(f.PlanId),
        Initiative i => tracked.Find<Objective>(i.ObjectiveId),
        Benchmark b => tracked.Find<Initiative>(b.InitiativeId),
        Activity a => tracked.Find<Initiative>(a.InitiativeId),
        _ => FoldingParent(entity),
    };

    private string ItemName(EntityEntry entry) => entry.Entity switch
    {
        Plan => "Plan",
        Objective => $"Objective {OriginalRank(entry)}",
        Initiative i => $"Initiative {ObjectiveNumber(i.ObjectiveId)}.{OriginalRank(entry)}",
        Benchmark b => $"{b.Kind.DisplayName()} of initiative {InitiativeNumber(b.InitiativeId)}: {b.Description}",
        Activity a => $"Activity of initiative {InitiativeNumber(a.InitiativeId)}: {a.ActionStep}",
        FinalOutcome f => $"Final outcome: {f.Description}",
        PlanReview r => $"ESE review of submission {r.SubmissionNumber}",
        ReviewComment c => $"Review comment on {AuditLabels.Place(c.Area)}",
        SelfAssessment => "Self-assessment",
        Amendment a => $"Amendment {a.Number}",
        PlanVersion v => $"Version {v.Number}",
        _ => entry.Entity.GetType().Name,
    };

    // A removed or moved item is named by the number it had when the change began.
    private static int OriginalRank(EntityEntry entry) =>
        entry.State == EntityState.Added ? (int)entry.Property(nameof(Objective.Rank)).CurrentValue! : (int)entry.Property(nameof(Objective.Rank)).OriginalValue!;

    private string ObjectiveNumber(Guid objectiveId) => tracked.Find<Objective>(objectiveId) is { } o ? OriginalRank(db.Entry(o)).ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";

    private string InitiativeNumber(Guid initiativeId) =>
        tracked.Find<Initiative>(initiativeId) is { } i ? $"{ObjectiveNumber(i.ObjectiveId)}.{OriginalRank(db.Entry(i))}" : "?";

    private static DateTimeOffset OriginalStart(EntityEntry entry, HighlightDiscussion discussion) =>
        entry.State == EntityState.Modified ? (DateTimeOffset)entry.Property(nameof(HighlightDiscussion.StartsAt)).OriginalValue! : discussion.StartsAt;

    private static T? Original<T>(EntityEntry entry, string property) =>
        entry.State == EntityState.Modified ? (T?)entry.Property(property).OriginalValue : default;

    private async Task<string> ShowAsync(string property, object? value) => (property, value) switch
    {
        (nameof(AipUser.DistrictId), Guid id) => await DistrictNameAsync(id),
        (nameof(AipUser.DistrictId), null) => "none",
        _ => Show(value),
    };

    /// <summary>
    /// "added “Assessment, finding 1”; removed “Leadership and Governance, finding 2”": the findings an objective or
    /// initiative says it addresses, named as the findings page names them; null when only their order changed.
    /// </summary>
    private async Task<string?> FindingLinksChangeAsync(object? before, object? after)
    {
        var was = (before as IEnumerable<Guid>)?.ToHashSet() ?? [];
        var now = (after as IEnumerable<Guid>)?.ToHashSet() ?? [];
        var added = now.Except(was).ToList();
        var removed = was.Except(now).ToList();
        if (added.Count + removed.Count == 0)
        {
            return null;
        }

        var names = await FindingNamesAsync([.. added, .. removed]);
        return string.Join("; ", new[] { (Verb: "added", Ids: added), (Verb: "removed", Ids: removed) }
            .Where(part => part.Ids.Count > 0)
            .Select(part => $"{part.Verb} {string.Join(", ", names.Where(n => part.Ids.Contains(n.Id)).Select(n => Show(n.Name)))}"));
    }

    /// <summary>The findings' names in the findings page's order (standard, then number); one withdrawn meanwhile is "a withdrawn finding".</summary>
    private async Task<List<(Guid Id, string Name)>> FindingNamesAsync(List<Guid> ids)
    {
        var known = await db.ReviewFindings.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.Standard, f.Number }).ToListAsync();
        return
        [
            .. known.OrderBy(f => f.Standard).ThenBy(f => f.Number).Select(f => (f.Id, ReviewFinding.NameOf(f.Standard, f.Number))),
            .. ids.Where(id => known.All(f => f.Id != id)).Select(id => (id, PlanDiff.WithdrawnFinding)),
        ];
    }

    private async Task<string> DistrictNameAsync(Guid id)
    {
        if (!_districtNames.TryGetValue(id, out var name))
        {
            name = db.ChangeTracker.Entries<District>().FirstOrDefault(e => e.Entity.Id == id)?.Entity.Name
                ?? await db.Districts.AsNoTracking().Where(d => d.Id == id).Select(d => d.Name).SingleOrDefaultAsync()
                ?? "a removed district";
            _districtNames[id] = name;
        }

        return name;
    }

    private async Task<string> ItemTextAsync<T>(Guid id, System.Linq.Expressions.Expression<Func<T, string>> text)
        where T : Entity =>
        await db.Set<T>().AsNoTracking().Where(x => x.Id == id).Select(text).SingleOrDefaultAsync() is { } found ? $"“{Clip(found, ValueMaxLength)}”" : "a removed item";

    private async Task<string> PersonNameAsync(Guid id)
    {
        if (!_personNames.TryGetValue(id, out var name))
        {
            name = db.ChangeTracker.Entries<AipUser>().FirstOrDefault(e => e.Entity.Id == id)?.Entity.DisplayName
                ?? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.DisplayName).SingleOrDefaultAsync()
                ?? "a removed account";
            _personNames[id] = name;
        }

        return name;
    }

    private static string Show(object? value) => value switch
    {
        string text => $"“{Clip(text.ReplaceLineEndings(" "), ValueMaxLength)}”",
        _ => AuditLabels.Value(value),
    };

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
