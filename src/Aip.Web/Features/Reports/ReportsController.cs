using Aip.Documents;
using Aip.Domain.Common;
using Aip.Domain.People;
using Aip.Domain.Reporting;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Features.Documents;
using Aip.Web.Features.Plans;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Reports;

public sealed record ReportPage(
    ProgressReport Report, string DistrictName, ReportDueDates Due, IReadOnlyList<ReportFlag> Flags,
    IReadOnlyList<string> Blockers, ReportPermissions May, DateOnly Today)
{
    public ReportCommentForm NewComment { get; init; } = new();

    public PresentationForm Presentation { get; init; } = new();

    /// <summary>The Summative report's presentation to the Board, recorded by ESE.</summary>
    public PresentationForm BoardPresentation { get; init; } = new();

    /// <summary>For the Summative report: the ratings of the year's published Quarterly reports.</summary>
    public RatingHistory? YearRatings { get; init; }

    public ErratumForm Erratum { get; init; } = new();

    /// <summary>Whether the sources link to the district's Minutes, evidence and progress pages (for people who can read them).</summary>
    public bool Links { get; init; }

    /// <summary>This person's own publication confirmation, if they gave it (the monitor's or ESE's).</summary>
    public Confirmation? MyConfirmation { get; init; }

    /// <summary>The comments this person sees: the reviewers' (ESE and monitors only) and the Superintendent's corrections.</summary>
    public IEnumerable<ReportComment> VisibleComments =>
        Report.Comments.Where(c => May.SeeReviewComments || c.Kind == ReportCommentKind.FactualCorrection).OrderBy(c => c.At);
}

/// <summary>What the signed-in person may do with the report on the page (asked once of the authorization handlers).</summary>
public sealed record ReportPermissions(
    bool Write, bool Review, bool FactCheck, bool Publish, bool RecordPresentation, bool SeeReviewComments, bool RecordBoardPresentation = false);

public sealed record ReportEditPage(
    ProgressReport Report, string DistrictName, ReportForm Form, ReportMaterial Material, IReadOnlyList<Citation> PeriodSources, IReadOnlyList<ReportFlag> Flags)
{
    /// <summary>The sources the monitor may cite for an initiative: those the pre-fill found for it, and any already cited.</summary>
    public IReadOnlyList<Citation> SourcesOf(InitiativeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var found = Material.Prefill.Initiative(entry.InitiativeId);
        return [.. found.ProcessEvidence.Concat(found.PerformanceEvidence).Concat(entry.ProcessEvidence).Concat(entry.PerformanceEvidence)
            .DistinctBy(c => c.Key).OrderBy(c => c.On).ThenBy(c => c.Label, StringComparer.Ordinal)];
    }
}

/// <summary>
/// One Quarterly Progress Report through its chain (guidance §8): the monitor drafts it from the period's pre-fill and sends
/// it for review; ESE Accountability staff and the other monitors pin comments; the monitor revises, answers each and sends
/// it to the Superintendent for factual corrections; the monitor and ESE each confirm publication; the published report
/// gets a dated record of its presentation to the School Committee and, for a correction, dated errata. The year's
/// Summative report goes the same way, and ESE records its presentation to the Board.
/// </summary>
[Route("reports/{reportId:guid}")]
public sealed class ReportsController(
    PlanStore store, IAuthorizationService authorization, AipDbContext db, TimeProvider clock, ReportSources sources, Accessors accessors, IDocumentRenderer renderer,
    IValidator<ReportForm> reportValidator, IValidator<ReportCommentForm> commentValidator, IValidator<ReportResponseForm> responseValidator,
    IValidator<PresentationForm> presentationValidator, IValidator<ErratumForm> erratumValidator)
    : ReportControllerBase(store, authorization)
{
    [HttpGet("")]
    [ForReport(ReportOperation.Read)]
    public async Task<IActionResult> Details(Guid reportId, string? place) =>
        await PageAsync(new ReportCommentForm { Place = place });

    [HttpGet("edit")]
    [ForReport(ReportOperation.Write)]
    public async Task<IActionResult> Edit(Guid reportId) =>
        CurrentReport.Stage == ReportStage.Published ? RedirectToAction(nameof(Details), new { reportId }) : await EditPageAsync(ReportForm.From(CurrentReport));

    /// <summary>Saves the draft; "review" also sends it to ESE and the other monitors.</summary>
    [HttpPost("edit")]
    [ForReport(ReportOperation.Write)]
    public async Task<IActionResult> Save(Guid reportId, [Bind(Prefix = "Form")] ReportForm form, string? then)
    {
        ArgumentNullException.ThrowIfNull(form);
        var report = CurrentReport;
        if (!await reportValidator.ValidateIntoAsync(form, ModelState, prefix: "Form"))
        {
            return await EditPageAsync(form);
        }

        var material = await MaterialAsync();
        var cited = AllSources(report, material.Prefill).ToDictionary(c => c.Key, StringComparer.Ordinal);
        return await RunAsync(
            () =>
            {
                report.Write(form.ToEdit(cited));
                if (then == "review")
                {
                    report.SendForReview(clock.GetUtcNow());
                }

                return Store.SaveAsync();
            },
            () => EditPageAsync(form),
            () => Done(then == "review"
                ? "The draft has been sent for review to ESE Accountability staff and the other monitors."
                : "The report has been saved."),
            (report, form.ConcurrencyToken ?? Guid.Empty));
    }

    [HttpPost("comments")]
    [OneTimeForm]
    [ForReport(ReportOperation.Review)]
    public Task<IActionResult> Comment(Guid reportId, [Bind(Prefix = "NewComment")] ReportCommentForm form) =>
        PinAsync(form, (part, item, now) => CurrentReport.Review(part, item, form.Text, CurrentActor(), now),
            "Your comment has been pinned to the report; the monitor is told.");

    [HttpPost("corrections")]
    [OneTimeForm]
    [ForReport(ReportOperation.FactCheck)]
    public Task<IActionResult> Correct(Guid reportId, [Bind(Prefix = "NewComment")] ReportCommentForm form) =>
        PinAsync(form, (part, item, now) => CurrentReport.Correct(part, item, form.Text, CurrentActor(), now),
            "Your factual correction has been sent to the monitor, who accepts or answers it.");

    [HttpPost("comments/{commentId:guid}/respond")]
    [ForReport(ReportOperation.Write)]
    public async Task<IActionResult> Respond(Guid reportId, Guid commentId, [Bind(Prefix = "Reply")] ReportResponseForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (CurrentReport.Comments.All(c => c.Id != commentId))
        {
            return NotFound();
        }

        // What was typed comes back in the comment's own box, whatever refuses it.
        ModelState.SetModelValue($"Reply-{commentId}.Text", form.Text, form.Text);
        ModelState[$"Reply-{commentId}.Text"]!.ValidationState = ModelValidationState.Valid;
        if (!await responseValidator.ValidateIntoAsync(form, ModelState, prefix: $"Reply-{commentId}"))
        {
            return await PageAsync(new ReportCommentForm());
        }

        return await StepAsync(
            () => CurrentReport.Respond(commentId, form.Response!.Value, form.Text, CurrentActor(), clock.GetUtcNow()),
            form.Response == ReportResponse.Accepted ? "The comment is marked accepted; make the change in the draft." : "Your answer has been recorded.",
            "comment-" + commentId);
    }

    [HttpPost("fact-check")]
    [ForReport(ReportOperation.Write)]
    public Task<IActionResult> SendForFactCheck(Guid reportId, Guid concurrencyToken) =>
        StepAsync(() => CurrentReport.SendForFactCheck(clock.GetUtcNow()),
            "The revised draft has gone to the Superintendent for factual corrections.", versioned: concurrencyToken);

    [HttpPost("fact-check/done")]
    [ForReport(ReportOperation.FactCheck)]
    public Task<IActionResult> FinishFactCheck(Guid reportId) =>
        StepAsync(() => CurrentReport.FinishFactCheck(CurrentActor(), clock.GetUtcNow()),
            "You have said the factual corrections are complete; the monitor and ESE are told.");

    [HttpPost("publication")]
    [ForReport(ReportOperation.Publish)]
    public async Task<IActionResult> ConfirmPublication(Guid reportId, Guid concurrencyToken)
    {
        var due = await sources.DueDatesAsync(CurrentReport.Period);
        return await StepAsync(
            () => CurrentReport.ConfirmPublication(CurrentActor(), due.FactCheck, clock.GetUtcNow()),
            null, versioned: concurrencyToken);
    }

    [HttpPost("presentation")]
    [ForReport(ReportOperation.RecordPresentation)]
    public async Task<IActionResult> RecordPresentation(Guid reportId, [Bind(Prefix = "Presentation")] PresentationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await presentationValidator.ValidateIntoAsync(form, ModelState, prefix: "Presentation"))
        {
            return await PageAsync(new ReportCommentForm(), presentation: form);
        }

        return await StepAsync(
            () => CurrentReport.RecordPresentation(form.On!.Value, CurrentActor().Name, Dates.Day(clock.GetUtcNow())),
            "The presentation to the School Committee is recorded.", "presentation", presentation: form);
    }

    [HttpPost("board-presentation")]
    [ForReport(ReportOperation.RecordBoardPresentation)]
    public async Task<IActionResult> RecordBoardPresentation(Guid reportId, [Bind(Prefix = "BoardPresentation")] PresentationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await presentationValidator.ValidateIntoAsync(form, ModelState, prefix: "BoardPresentation"))
        {
            return await PageAsync(new ReportCommentForm(), board: form);
        }

        return await StepAsync(
            () => CurrentReport.RecordBoardPresentation(form.On!.Value, CurrentActor(), Dates.Day(clock.GetUtcNow())),
            "The presentation to the Board is recorded.", "presentation", board: form);
    }

    [HttpPost("errata")]
    [ForReport(ReportOperation.Publish)]
    public async Task<IActionResult> AddErratum(Guid reportId, [Bind(Prefix = "Erratum")] ErratumForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await erratumValidator.ValidateIntoAsync(form, ModelState, prefix: "Erratum"))
        {
            return await PageAsync(new ReportCommentForm(), erratum: form);
        }

        return await StepAsync(
            () => CurrentReport.AddErratum(form.Text, CurrentActor().Name, clock.GetUtcNow()),
            "The erratum is added to the published report, dated.", "errata", erratum: form);
    }

    [HttpGet("pdf")]
    [EnableRateLimiting(DocumentsRegistration.RenderPolicy)]
    [ForReport(ReportOperation.Read)]
    public async Task<IActionResult> Pdf(Guid reportId) => await ReportPdf.FileAsync(this, db, sources, renderer, clock, CurrentReport);

    private async Task<IActionResult> PinAsync(ReportCommentForm form, Func<ReportPart, Guid?, DateTimeOffset, ReportComment> pin, string message)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await commentValidator.ValidateIntoAsync(form, ModelState, prefix: "NewComment"))
        {
            return await PageAsync(form);
        }

        var (part, item) = form.Parsed()!.Value;
        return await RunAsync(
            () =>
            {
                db.ProgressReportComments.Add(pin(part, item, clock.GetUtcNow()));
                return Store.SaveAsync();
            },
            () => PageAsync(form),
            () => Done(message, "comments"),
            // Under the version read: a comment is refused if the report moved on (sent on, published) meanwhile.
            (CurrentReport, CurrentReport.ConcurrencyToken));
    }

    /// <summary>A step without a form of its own: the broken rule is shown on the report's page, what was typed kept.</summary>
    private Task<IActionResult> StepAsync(
        Action step, string? message, string? fragment = null, Guid? versioned = null, PresentationForm? presentation = null, ErratumForm? erratum = null,
        PresentationForm? board = null) =>
        RunAsync(
            () =>
            {
                step();
                return Store.SaveAsync();
            },
            () => PageAsync(new ReportCommentForm(), presentation, erratum, board),
            () => Done(message ?? (CurrentReport.Stage == ReportStage.Published
                ? "The report is published: the district's leaders, the monitors and ESE are told, and it is in the public archive."
                : "Your confirmation is recorded; the other confirmation publishes the report."), fragment),
            versioned is { } token ? (CurrentReport, token) : null);

    private async Task<IActionResult> PageAsync(
        ReportCommentForm comment, PresentationForm? presentation = null, ErratumForm? erratum = null, PresentationForm? board = null)
    {
        var report = CurrentReport;
        var calendar = await sources.CalendarAsync(report.SchoolYear);
        var due = calendar.DueDates(report.Period);
        var today = Dates.Day(clock.GetUtcNow());
        var may = new ReportPermissions(
            await MayAsync(ReportOperation.Write, report), await MayAsync(ReportOperation.Review, report) && report.MonitorId != CurrentActor().Id,
            await MayAsync(ReportOperation.FactCheck, report), await MayAsync(ReportOperation.Publish, report),
            await MayAsync(ReportOperation.RecordPresentation, report), ReportAccess.SeesReviewComments(await accessors.OfAsync(User)),
            report.IsSummative && await MayAsync(ReportOperation.RecordBoardPresentation, report));
        return View("Details", new ReportPage(
            report, await DistrictNameAsync(report.DistrictId), due,
            may.SeeReviewComments && report.Stage != ReportStage.Published ? await sources.FlagsAsync(report) : [],
            report.PublicationBlockers(today, due.FactCheck), may, today)
        {
            NewComment = comment, Presentation = presentation ?? new PresentationForm { On = today }, Erratum = erratum ?? new ErratumForm(),
            BoardPresentation = board ?? new PresentationForm { On = today },
            YearRatings = report.IsSummative ? await sources.YearRatingsAsync(report) : null,
            Links = await Authorization.AllowsAsync(User, report.DistrictId, DistrictOperations.Read),
            MyConfirmation = CurrentActor().Role == Role.EseStaff ? report.EseConfirmation : report.MonitorConfirmation,
        });
    }

    private async Task<IActionResult> EditPageAsync(ReportForm form)
    {
        var report = CurrentReport;
        var material = await MaterialAsync();
        return View("Edit", new ReportEditPage(
            report, await DistrictNameAsync(report.DistrictId), form, material, [.. AllSources(report, material.Prefill).OrderBy(c => c.On)],
            await sources.FlagsAsync(report)));
    }

    private async Task<ReportMaterial> MaterialAsync()
    {
        var report = CurrentReport;
        var version = await sources.RatedVersionAsync(report) ?? throw new InvalidOperationException($"The plan version report {report.Id} rates is missing.");
        return await sources.MaterialAsync(report.PlanId, version.Content, report.Covers);
    }

    /// <summary>Every source of the period the pre-fill found, and everything the report already cites.</summary>
    private static IEnumerable<Citation> AllSources(ProgressReport report, ReportPrefill prefill) =>
        report.Initiatives.SelectMany(i => new[] { prefill.Initiative(i.InitiativeId).ProcessEvidence, prefill.Initiative(i.InitiativeId).PerformanceEvidence, i.ProcessEvidence, i.PerformanceEvidence })
            .SelectMany(c => c).DistinctBy(c => c.Key);

    private Task<string> DistrictNameAsync(Guid districtId) => db.Districts.Where(d => d.Id == districtId).Select(d => d.Name).SingleAsync();

    private RedirectToActionResult Done(string message, string? fragment = null) =>
        WithMessage(message, nameof(Details), null, new { reportId = CurrentReport.Id }, fragment);
}

/// <summary>
/// The report's content as every reader sees it: the summary, the ratings table, each objective with its initiatives'
/// narratives, ratings and evidence. Inside the app the sources link to the Minutes, evidence and progress pages, comments
/// are shown where they are pinned, and flags beside their initiative; the public archive shows the content alone.
/// </summary>
public sealed record ReportBody(ProgressReport Report, bool Links, IReadOnlyList<ReportComment> Comments, bool CanComment, IReadOnlyList<ReportFlag> Flags)
{
    /// <summary>For the Summative report: the ratings of the year's published Quarterly reports.</summary>
    public RatingHistory? YearRatings { get; init; }

    public static ReportBody Public(ProgressReport report, RatingHistory? yearRatings) => new(report, false, [], false, []) { YearRatings = yearRatings };

    public IEnumerable<ReportComment> PinnedTo(ReportPart part, Guid? itemId) => Comments.Where(c => c.Part == part && c.ItemId == itemId);
}
