using Aip.Domain.Common;
using Aip.Domain.Reporting;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Features.Plans;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Reports;

/// <summary>One report in a list: enough to find it and see where it stands.</summary>
public sealed record ReportListItem(
    Guid Id, Guid DistrictId, string DistrictName, ReportingPeriod Period, ReportStage Stage, string MonitorName, DateTimeOffset? PublishedAt,
    ReportKind Kind = ReportKind.Quarterly)
{
    /// <summary>"September–November 2026", or "June–August 2027 (Summative Report for 2026–27)".</summary>
    public string Name => Kind == ReportKind.Summative ? $"{Period.DisplayName} ({Kind.Title()} for {Period.SchoolYearDisplay})" : Period.DisplayName;
}

public sealed record DistrictReportsPage(
    Guid DistrictId, string DistrictName, IReadOnlyList<ReportListItem> Reports, RatingHistory History,
    IReadOnlyList<(ReportingPeriod Period, ReportDueDates Due)> Open, bool CanBegin, DateOnly Today);

/// <param name="ReadableDistricts">The districts whose own list of reports this person may open (another district's published report is readable, its list is not).</param>
public sealed record AllReportsPage(IReadOnlyList<ReportListItem> Reports, bool IsEse, Guid? UserId, IReadOnlySet<Guid> ReadableDistricts);

public sealed record CalendarPage(int SchoolYear, CalendarForm Form, IReadOnlyList<(ReportingPeriod Period, ReportDueDates Due)> Periods, bool Saved);

/// <summary>
/// The lists of progress reports: a district's (with its ratings over time and the monitor's "begin" for the open period),
/// everyone's (what this person can read: a monitor finds the other monitors' drafts to review here), and ESE's reporting
/// calendar per school year.
/// </summary>
public sealed class ReportListsController(
    PlanStore store, IAuthorizationService authorization, AipDbContext db, TimeProvider clock, ReportSources sources, BeginReport begin,
    Accessors accessors, IValidator<CalendarForm> calendarValidator)
    : ReportControllerBase(store, authorization)
{
    [HttpGet("districts/{districtId:guid}/reports")]
    public async Task<IActionResult> District(Guid districtId)
    {
        if (await db.Districts.Where(d => d.Id == districtId).Select(d => d.Name).SingleOrDefaultAsync() is not { } name)
        {
            return NotFound();
        }

        if (!await Authorization.AllowsAsync(User, districtId, DistrictOperations.Read))
        {
            return Forbid();
        }

        return await DistrictPageAsync(districtId, name);
    }

    [HttpPost("districts/{districtId:guid}/reports")]
    [OneTimeForm]
    public async Task<IActionResult> Begin(Guid districtId, string? period)
    {
        if (await db.Districts.Where(d => d.Id == districtId).Select(d => d.Name).SingleOrDefaultAsync() is not { } name)
        {
            return NotFound();
        }

        if (!await MayAsync(ReportOperation.Write, districtId))
        {
            return Forbid();
        }

        if (ReportingPeriod.Parse(period) is not { } chosen)
        {
            ModelState.AddModelError(string.Empty, "Choose the period of the report.");
            return await DistrictPageAsync(districtId, name);
        }

        ProgressReport? report = null;
        return await RunAsync(
            async () => report = await begin.RunAsync(districtId, chosen, CurrentActor()),
            () => DistrictPageAsync(districtId, name),
            () => WithMessage(
                $"The report for {chosen.DisplayName} is begun from the period's Minutes, evidence and benchmark results: review the draft, rate every initiative and cite the evidence.",
                nameof(ReportsController.Edit), "Reports", new { reportId = report!.Id }));
    }

    [HttpGet("reports")]
    public async Task<IActionResult> All()
    {
        var who = await accessors.OfAsync(User);
        var visible = (await ListAsync(db.ProgressReports))
            .Where(r => ReportAccess.Allows(who, r.DistrictId, r.Stage, ReportOperation.Read)).ToList();
        var readable = new HashSet<Guid>();
        foreach (var districtId in visible.Select(r => r.DistrictId).Distinct())
        {
            if (await Authorization.AllowsAsync(User, districtId, DistrictOperations.Read))
            {
                readable.Add(districtId);
            }
        }

        return View("All", new AllReportsPage(visible, who?.Role == Domain.People.Role.EseStaff, CurrentActor().Id, readable));
    }

    [HttpGet("reporting-calendar/{schoolYear:int?}")]
    [Authorize(Policy = Policies.EseStaff)]
    public async Task<IActionResult> Calendar(int? schoolYear)
    {
        if (schoolYear is < 2000 or > 2100)
        {
            return NotFound();
        }

        var year = await sources.CalendarAsync(schoolYear ?? ReportingPeriod.Of(Dates.Day(clock.GetUtcNow())).SchoolYear);
        return CalendarPage(year, CalendarForm.From(year), TempData.Peek("Message") is not null);
    }

    [HttpPost("reporting-calendar/{schoolYear:int}")]
    [Authorize(Policy = Policies.EseStaff)]
    public async Task<IActionResult> SetCalendar(int schoolYear, [Bind(Prefix = "Form")] CalendarForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (schoolYear is < 2000 or > 2100)
        {
            return NotFound();
        }

        var year = await db.ReportingYears.SingleOrDefaultAsync(y => y.SchoolYear == schoolYear);
        if (!await calendarValidator.ValidateIntoAsync(form, ModelState, prefix: "Form"))
        {
            return CalendarPage(year ?? ReportingYear.Default(schoolYear), form, false);
        }

        return await RunAsync(
            () =>
            {
                if (year is null)
                {
                    year = ReportingYear.Default(schoolYear);
                    db.ReportingYears.Add(year);
                }

                year.Set(form.Summative!.Value, form.DraftDays!.Value, form.ReviewDays!.Value, form.FactCheckDays!.Value);
                return Store.SaveAsync();
            },
            () => Task.FromResult<IActionResult>(CalendarPage(year ?? ReportingYear.Default(schoolYear), form, false)),
            () => WithMessage($"The reporting calendar of {PlanPeriodName(schoolYear)} is saved.", nameof(Calendar), null, new { schoolYear }),
            year is null ? null : (year, form.ConcurrencyToken ?? Guid.Empty));
    }

    private ViewResult CalendarPage(ReportingYear year, CalendarForm form, bool saved) =>
        View("Calendar", new CalendarPage(year.SchoolYear, form, [.. ReportingPeriod.Quarters.Select(q => new ReportingPeriod(year.SchoolYear, q)).Select(p => (p, year.DueDates(p)))], saved));

    private static string PlanPeriodName(int schoolYear) => new ReportingPeriod(schoolYear, ReportingQuarter.SeptNov).SchoolYearDisplay;

    private async Task<IActionResult> DistrictPageAsync(Guid districtId, string name)
    {
        var who = await accessors.OfAsync(User);
        var reports = (await db.ProgressReports.AsNoTracking().Where(r => r.DistrictId == districtId).ToListAsync())
            .Where(r => ReportAccess.Allows(who, districtId, r.Stage, ReportOperation.Read)).OrderByDescending(r => r.Period.Order).ToList();
        var today = Dates.Day(clock.GetUtcNow());
        var canBegin = await MayAsync(ReportOperation.Write, districtId);
        var begun = await db.ProgressReports.Where(r => r.DistrictId == districtId).Select(r => new { r.SchoolYear, r.Quarter }).ToListAsync();
        var open = new List<(ReportingPeriod, ReportDueDates)>();
        foreach (var period in BeginReport.Open(today, begun.Select(b => new ReportingPeriod(b.SchoolYear, b.Quarter))))
        {
            open.Add((period, await sources.DueDatesAsync(period)));
        }

        return View("District", new DistrictReportsPage(
            districtId, name,
            [.. reports.Select(r => new ReportListItem(r.Id, r.DistrictId, name, r.Period, r.Stage, r.MonitorName, r.PublishedAt, r.Kind))],
            RatingHistory.Of(reports), open, canBegin, today));
    }

    private async Task<IReadOnlyList<ReportListItem>> ListAsync(IQueryable<ProgressReport> reports) =>
        [.. (await reports.AsNoTracking()
                .Join(db.Districts, r => r.DistrictId, d => d.Id, (r, d) => new { r.Id, r.DistrictId, d.Name, r.SchoolYear, r.Quarter, r.Stage, r.MonitorName, r.PublishedAt, r.Kind })
                .ToListAsync())
            .Select(r => new ReportListItem(r.Id, r.DistrictId, r.Name, new ReportingPeriod(r.SchoolYear, r.Quarter), r.Stage, r.MonitorName, r.PublishedAt, r.Kind))
            .OrderByDescending(r => r.Period.Order).ThenBy(r => r.DistrictName, StringComparer.CurrentCulture)];
}
