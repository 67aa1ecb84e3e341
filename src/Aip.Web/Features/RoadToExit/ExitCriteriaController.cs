using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Reporting;
using Aip.Domain.RoadToExit;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.RoadToExit;

/// <summary>A source ESE may cite for criteria B–E, with the page it is read on.</summary>
public sealed record ExitSourceOption(ExitSource Source, string Link);

public sealed record ExitCriteriaPage(
    Guid DistrictId, string DistrictName, IReadOnlyList<CriterionStanding> Standings, IReadOnlyList<AchievementRecord> Years,
    IReadOnlyList<ExitSourceOption> Sources, ContinuumReflection? LatestComplete, bool CanRecord,
    AchievementForm Achievement, ExitEvidenceForm Evidence, IReadOnlyList<int> SchoolYears)
{
    /// <summary>The page a cited source is read on, while it is still there.</summary>
    public string? LinkOf(ExitEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return Sources.FirstOrDefault(s => s.Source.Kind == evidence.Kind && s.Source.SourceId == evidence.SourceId)?.Link;
    }
}

/// <summary>
/// Appendix N's exit criteria and ESE's exit-readiness summary of a district: criterion A recorded per school year with its
/// data, the evidence ESE cites for B–E chosen from the district's published reports, final Minutes and evidence items, beside
/// the latest complete reflection on the continuum. Everyone who reads the district's road to exit reads it; ESE records.
/// </summary>
[Route("districts/{districtId:guid}/road-to-exit/exit-criteria")]
public sealed class ExitCriteriaController(
    AipDbContext db, IAuthorizationService authorization, TimeProvider clock,
    IValidator<AchievementForm> achievementValidator, IValidator<ExitEvidenceForm> evidenceValidator) : RoadToExitControllerBase(db, authorization)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid districtId, int? year)
    {
        var (name, refusal) = await GuardAsync(districtId, ExitOperation.Read);
        if (refusal is not null)
        {
            return refusal;
        }

        var existing = year is { } y ? await Db.AchievementRecords.AsNoTracking().SingleOrDefaultAsync(a => a.DistrictId == districtId && a.SchoolYear == y) : null;
        return await PageAsync(districtId, name, existing is null ? new AchievementForm { SchoolYear = year } : AchievementForm.Of(existing), new ExitEvidenceForm());
    }

    [HttpPost("achievement")]
    public async Task<IActionResult> RecordAchievement(Guid districtId, [Bind(Prefix = "Achievement")] AchievementForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (name, refusal) = await GuardAsync(districtId, ExitOperation.RecordExitCriteria);
        if (refusal is not null)
        {
            return refusal;
        }

        Task<IActionResult> Redisplay() => PageAsync(districtId, name, form, new ExitEvidenceForm());
        if (!await achievementValidator.ValidateIntoAsync(form, ModelState, prefix: "Achievement"))
        {
            return await Redisplay();
        }

        var year = form.SchoolYear!.Value;
        var record = await Db.AchievementRecords.SingleOrDefaultAsync(a => a.DistrictId == districtId && a.SchoolYear == year);
        try
        {
            if (record is null)
            {
                Db.AchievementRecords.Add(AchievementRecord.Record(districtId, year, form.PpiTargetsMet, form.OutOfLowestTenPercent, form.Data, Actor(), clock.GetUtcNow()));
            }
            else if (form.ConcurrencyToken is not { } token)
            {
                ModelState.AddModelError("Achievement.SchoolYear",
                    $"{PlanPeriod.SchoolYear(year)} is already recorded ({record.RecordedByName}, {Dates.Display(record.RecordedAt)}); choose “Correct” in its row to change it.");
                return await Redisplay();
            }
            else
            {
                Db.ExpectVersion(record, token);
                record.Correct(form.PpiTargetsMet, form.OutOfLowestTenPercent, form.Data, Actor(), clock.GetUtcNow());
            }
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError("Achievement.SchoolYear", refused.Message);
            return await Redisplay();
        }

        try
        {
            if (!await Db.SaveUnlessConflictAsync())
            {
                Db.ChangeTracker.Clear();
                ModelState.AddModelError(string.Empty,
                    $"Someone else changed {PlanPeriod.SchoolYear(year)} while you were editing. What you typed is below and has not been saved; read the row above and save again to replace it.");
                form.ConcurrencyToken = await Db.AchievementRecords.Where(a => a.DistrictId == districtId && a.SchoolYear == year).Select(a => (Guid?)a.ConcurrencyToken).SingleOrDefaultAsync();
                ModelState.Remove("Achievement.ConcurrencyToken");
                return await Redisplay();
            }
        }
        catch (DbUpdateException taken) when (taken.IsUniqueViolation())
        {
            Db.ChangeTracker.Clear();
            ModelState.AddModelError("Achievement.SchoolYear", $"Someone else recorded {PlanPeriod.SchoolYear(year)} a moment ago; read it above and correct it there.");
            return await Redisplay();
        }

        TempData["Message"] = $"Criterion A for {PlanPeriod.SchoolYear(year)} is recorded.";
        return RedirectToAction(nameof(Index), null, new { districtId }, "criterion-a");
    }

    [HttpPost("evidence")]
    [OneTimeForm]
    public async Task<IActionResult> Cite(Guid districtId, [Bind(Prefix = "Evidence")] ExitEvidenceForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (name, refusal) = await GuardAsync(districtId, ExitOperation.RecordExitCriteria);
        if (refusal is not null)
        {
            return refusal;
        }

        Task<IActionResult> Redisplay() => PageAsync(districtId, name, new AchievementForm(), form);
        if (!await evidenceValidator.ValidateIntoAsync(form, ModelState, prefix: "Evidence"))
        {
            return await Redisplay();
        }

        if ((await SourcesAsync(districtId)).FirstOrDefault(s => s.Source.Key == form.Source) is not { } chosen)
        {
            ModelState.AddModelError("Evidence.Source", "Choose one of the district's published reports, final Minutes or evidence items listed.");
            return await Redisplay();
        }

        try
        {
            Db.ExitEvidence.Add(ExitEvidence.Cite(districtId, form.Criterion!.Value, chosen.Source, form.Note, Actor(), clock.GetUtcNow()));
            await Db.SaveChangesAsync();
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError("Evidence.Source", refused.Message);
            return await Redisplay();
        }
        catch (DbUpdateException taken) when (taken.IsUniqueViolation())
        {
            Db.ChangeTracker.Clear();
            ModelState.AddModelError("Evidence.Source", $"{chosen.Source.Label} is already cited for criterion {form.Criterion!.Value.Letter()}.");
            return await Redisplay();
        }

        TempData["Message"] = $"The source is cited for criterion {form.Criterion.Value.Letter()}.";
        return RedirectToAction(nameof(Index), null, new { districtId }, $"criterion-{form.Criterion.Value.Letter()}");
    }

    [HttpPost("evidence/{evidenceId:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(Guid districtId, Guid evidenceId)
    {
        if (!await MayAsync(districtId, ExitOperation.RecordExitCriteria))
        {
            return Forbid();
        }

        if (await Db.ExitEvidence.SingleOrDefaultAsync(e => e.Id == evidenceId && e.DistrictId == districtId) is not { } evidence)
        {
            return NotFound();
        }

        Db.ExitEvidence.Remove(evidence);
        await Db.SaveChangesAsync();
        TempData["Message"] = $"{evidence.Label} is no longer cited for criterion {evidence.Criterion.Letter()}.";
        return RedirectToAction(nameof(Index), null, new { districtId }, $"criterion-{evidence.Criterion.Letter()}");
    }

    private async Task<IActionResult> PageAsync(Guid districtId, string name, AchievementForm achievement, ExitEvidenceForm evidence)
    {
        var years = await Db.AchievementRecords.AsNoTracking().Where(a => a.DistrictId == districtId).OrderByDescending(a => a.SchoolYear).ToListAsync();
        var cited = await Db.ExitEvidence.AsNoTracking().Where(e => e.DistrictId == districtId).ToListAsync();
        var reflections = await Db.ContinuumReflections.AsNoTracking().Include(r => r.Views).Where(r => r.DistrictId == districtId).AsSplitQuery().ToListAsync();
        var latest = reflections.Where(r => r.IsComplete).OrderByDescending(r => r.OpenedOn).FirstOrDefault();
        var current = ReportingPeriod.Of(Dates.Day(clock.GetUtcNow())).SchoolYear;
        var planYears = await Db.Plans.Where(p => p.DistrictId == districtId).Select(p => new { p.FirstSchoolYear, p.LastSchoolYear }).ToListAsync();
        var schoolYears = planYears.SelectMany(p => Enumerable.Range(p.FirstSchoolYear - 1, p.LastSchoolYear - p.FirstSchoolYear + 2))
            .Append(current).Append(current - 1).Where(y => y <= current).Distinct().OrderDescending().ToList();
        return View("ExitCriteria", new ExitCriteriaPage(
            districtId, name, ExitCriteria.Standings(years, cited, latest), years, await SourcesAsync(districtId), latest,
            await MayAsync(districtId, ExitOperation.RecordExitCriteria), achievement, evidence, schoolYears));
    }

    /// <summary>What ESE may cite: the district's published reports, its discussions' final Minutes, its plans' evidence items, newest first.</summary>
    private async Task<IReadOnlyList<ExitSourceOption>> SourcesAsync(Guid districtId)
    {
        var reports = await Db.ProgressReports.AsNoTracking().Where(r => r.DistrictId == districtId && r.Stage == ReportStage.Published)
            .Select(r => new { r.Id, r.SchoolYear, r.Quarter, r.Kind, r.PublishedAt }).ToListAsync();
        var minutes = await Db.Minutes.AsNoTracking().Where(m => m.DistrictId == districtId && m.Stage == MinutesStage.Final)
            .Select(m => new { m.DiscussionId, m.PlanId, m.DiscussionDay }).ToListAsync();
        var plans = Db.Plans.Where(p => p.DistrictId == districtId).Select(p => p.Id);
        var evidence = await Db.EvidenceItems.AsNoTracking().Where(e => plans.Contains(e.PlanId))
            .Select(e => new { e.Id, e.PlanId, e.Title, e.Kind, e.CollectedOn }).ToListAsync();
        return
        [
            .. reports.Select(r => new ExitSourceOption(
                new(ExitSourceKind.ProgressReport, r.Id, ProgressReport.NameOf(new ReportingPeriod(r.SchoolYear, r.Quarter), r.Kind), Dates.Day(r.PublishedAt!.Value)),
                $"/reports/{r.Id}")).OrderByDescending(o => o.Source.On),
            .. minutes.Select(m => new ExitSourceOption(
                new(ExitSourceKind.Minutes, m.DiscussionId, Minutes.SourceName(m.DiscussionDay), m.DiscussionDay),
                $"/plans/{m.PlanId}/discussions/{m.DiscussionId}/minutes")).OrderByDescending(o => o.Source.On),
            .. evidence.Select(e => new ExitSourceOption(
                new(ExitSourceKind.Evidence, e.Id, EvidenceItem.SourceName(e.Title, e.Kind, e.CollectedOn), e.CollectedOn),
                $"/plans/{e.PlanId}/evidence/{e.Id}")).OrderByDescending(o => o.Source.On),
        ];
    }
}
