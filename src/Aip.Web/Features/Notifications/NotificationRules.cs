using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.Notifications;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Reporting;
using Aip.Domain.RoadToExit;

namespace Aip.Web.Features.Notifications;

/// <summary>
/// One notice to the people concerned with a district: whom it goes to, what it says, where it leads, and which of them it
/// asks to act (<paramref name="ToAct"/>, within <paramref name="Audience"/>); for the others it is for information.
/// </summary>
public sealed record Notice(Guid DistrictId, Audience Audience, string Message, string Link, Audience ToAct = Audience.None)
{
    /// <summary>Whether it asks a person of the audience group <paramref name="group"/> to act.</summary>
    public NotificationKind KindFor(Audience group) => (ToAct & group) != Audience.None ? NotificationKind.Action : NotificationKind.Information;
}

/// <summary>
/// What each event tells whom, said once for the whole app: the in-app notification and the e-mail carry the same
/// words. Links are paths inside AIP ("/plans/…"), resolved against the app's base when followed or mailed. Each rule also
/// says whose step comes next (<see cref="Notice.ToAct"/>): ESE reviews a submitted plan, the Superintendent sends factual
/// corrections, the district answers a request; approvals, publications and records are for information.
/// </summary>
public static class NotificationRules
{
    private const int ReasonExcerptLength = 120;

    /// <summary>The notice an event calls for, or null when it concerns nobody beyond the person acting.</summary>
    public static Notice? For(IDomainEvent domainEvent) => domainEvent switch
    {
        PlanSubmitted e => new(e.DistrictId, Audience.EseStaff | Audience.DistrictLeaders | Audience.Monitors,
            $"{e.PlanTitle} was submitted to ESE for review.", Plan(e), ToAct: Audience.EseStaff),
        SubmissionRequested e => new(e.DistrictId, Audience.Superintendent,
            $"{e.RequestedByName} asks you to submit {e.PlanTitle} to ESE: nothing stops its submission.", Plan(e) + "/submit", ToAct: Audience.Superintendent),
        PlanReturned e => new(e.DistrictId, Audience.DistrictLeaders | Audience.EseStaff,
            $"ESE returned {e.PlanTitle} for revision; see the review and the comments in place.", Review(e, e.ReviewId), ToAct: Audience.DistrictLeaders),
        PlanApproved e => new(e.DistrictId, Audience.DistrictLeaders | Audience.Monitors | Audience.EseStaff,
            $"ESE approved {e.PlanTitle}; version {e.VersionNumber} is in force.", Review(e, e.ReviewId)),
        PlanSuperseded e => new(e.DistrictId, Audience.DistrictLeaders | Audience.Monitors,
            $"{e.PlanTitle} has been superseded by its successor plan, which ESE approved.", Plan(e)),
        AmendmentStarted e => new(e.DistrictId, Audience.DistrictLeaders,
            $"Amendment {e.AmendmentNumber} of {e.PlanTitle} was started: {Excerpt(e.Reason)}", Plan(e)),
        AmendmentCancelled e => new(e.DistrictId, Audience.DistrictLeaders,
            $"Amendment {e.AmendmentNumber} of {e.PlanTitle} was cancelled; version {e.VersionInForce} stays in force, unchanged.", Versions(e)),
        AmendmentAwaitingApproval e => new(e.DistrictId, Audience.EseStaff | Audience.DistrictLeaders,
            $"Amendment {e.AmendmentNumber} of {e.PlanTitle} waits for ESE approval: {Excerpt(e.Reason)}", Plan(e), ToAct: Audience.EseStaff),
        AmendmentRecorded { ApprovedByEse: true } e => new(e.DistrictId, Audience.DistrictLeaders | Audience.Monitors | Audience.EseStaff,
            $"ESE approved amendment {e.AmendmentNumber} of {e.PlanTitle}: version {e.VersionNumber} is in force.", Versions(e)),
        AmendmentRecorded e => new(e.DistrictId, Audience.EseStaff | Audience.DistrictLeaders | Audience.Monitors,
            $"Amendment {e.AmendmentNumber} of {e.PlanTitle} was recorded as version {e.VersionNumber}: {Excerpt(e.Reason)}", Versions(e)),
        AmendmentSentBack e => new(e.DistrictId, Audience.DistrictLeaders,
            $"ESE sent amendment {e.AmendmentNumber} of {e.PlanTitle} back: {Excerpt(e.Note)}", Plan(e), ToAct: Audience.DistrictLeaders),
        DiscussionScheduled e => new(e.DistrictId, Audience.DistrictLeaders | Audience.Monitors | Audience.EseStaff,
            $"{DistrictToken}: a Highlight Discussion is scheduled for {Dates.DisplayWithTime(e.StartsAt)} at {Excerpt(e.Place)}{(e.ShortNotice ? " (less than a week's notice)" : string.Empty)}.",
            Discussion(e)),
        DiscussionRescheduled e => new(e.DistrictId, Audience.DistrictLeaders | Audience.Monitors | Audience.EseStaff,
            $"{DistrictToken}: the Highlight Discussion of {Dates.DisplayWithTime(e.OldStartsAt)} moves to {Dates.DisplayWithTime(e.StartsAt)} at {Excerpt(e.Place)}{(e.ShortNotice ? " (less than a week's notice)" : string.Empty)}: {Excerpt(e.Reason)}",
            Discussion(e)),
        DiscussionCancelled e => new(e.DistrictId, Audience.DistrictLeaders | Audience.Monitors | Audience.EseStaff,
            $"{DistrictToken}: the Highlight Discussion of {Dates.DisplayWithTime(e.StartsAt)} is cancelled: {Excerpt(e.Reason)}", Discussion(e)),
        DiscussionQuestionsShared e => new(e.DistrictId, Audience.DistrictLeaders,
            $"The monitor's questions for the Highlight Discussion of {Dates.Display(e.StartsAt)} are ready.", Discussion(e) + "#agenda", ToAct: Audience.DistrictLeaders),
        MinutesSentForReview e => new(e.DistrictId, Audience.DistrictLeaders | Audience.Monitors,
            $"{DistrictToken}: the draft Minutes of the Highlight Discussion of {Dates.Display(e.DiscussionDay)} are ready for review; report discrepancies or questions by {Dates.Display(e.CommentsDueOn)}.",
            Minutes(e), ToAct: Audience.Superintendent | Audience.Monitors),
        MinutesCommented e => new(e.DistrictId, Audience.DistrictLeaders,
            $"{e.AuthorName} commented on section {e.Section.Number()} of the draft Minutes of {Dates.Display(e.DiscussionDay)}.", Minutes(e) + "#comments", ToAct: Audience.PlanManagers),
        MinutesQuestionAsked e => new(e.DistrictId, Audience.DistrictLeaders,
            $"{e.AuthorName} (ESE) asked about section {e.Section.Number()} of the Minutes of {Dates.Display(e.DiscussionDay)}.", Minutes(e) + "#comments", ToAct: Audience.PlanManagers),
        MinutesMadeFinal e => new(e.DistrictId, Audience.DistrictLeaders | Audience.Monitors | Audience.EseStaff,
            $"{DistrictToken}: the final Minutes of the Highlight Discussion of {Dates.Display(e.DiscussionDay)} are available{(e.OnTime ? "" : ", after the one-week deadline")}.",
            Minutes(e)),
        EvidenceRequested e => new(e.DistrictId, Audience.DistrictLeaders,
            $"{DistrictToken}: the monitor requests {e.Kind.DisplayName().ToLowerInvariant()} by {Dates.Display(e.DueOn)}{(e.ShortNotice ? " (less than three weeks)" : string.Empty)}.",
            $"/plans/{e.PlanId}/requests#request-{e.RequestId}", ToAct: Audience.DistrictLeaders),
        EvidenceRequestClosed e => new(e.DistrictId, Audience.Monitors,
            $"{DistrictToken} {(e.Status == RequestStatus.Declined ? "declined" : "answered")} your request for {e.Kind.DisplayName().ToLowerInvariant()}{(e.OnTime ? string.Empty : ", after its due date")}.",
            $"/plans/{e.PlanId}/requests#request-{e.RequestId}"),
        VisitScheduled e => new(e.DistrictId, Audience.DistrictLeaders | Audience.EseStaff,
            $"{DistrictToken}: a monitoring visit ({e.Kind.DisplayName().ToLowerInvariant()}) is scheduled for {Dates.Display(e.Day)}{(e.RuleSetAside ? ", with a rule set aside (see the reason)" : string.Empty)}.",
            $"/plans/{e.PlanId}/visits#visit-{e.VisitId}"),
        VisitCancelled e => new(e.DistrictId, Audience.DistrictLeaders | Audience.EseStaff,
            $"{DistrictToken}: the monitoring visit of {Dates.Display(e.Day)} is cancelled.", $"/plans/{e.PlanId}/visits#visit-{e.VisitId}"),
        ReportSentForReview e => new(e.DistrictId, Audience.EseStaff | Audience.AllMonitors,
            $"{DistrictToken}: the draft progress report for {e.Period.DisplayName} is ready for review by ESE and the other monitors.", Report(e), ToAct: Audience.EseStaff | Audience.AllMonitors),
        ReportCommented { Kind: ReportCommentKind.FactualCorrection } e => new(e.DistrictId, Audience.Monitors,
            $"{DistrictToken}: the Superintendent sent a factual correction on {e.Place} of the report for {e.Period.DisplayName}; accept or answer it.",
            Report(e) + "#comments", ToAct: Audience.Monitors),
        ReportCommented e => new(e.DistrictId, Audience.Monitors,
            $"{e.AuthorName} commented on {e.Place} of the draft report for {e.Period.DisplayName} ({DistrictToken}).", Report(e) + "#comments", ToAct: Audience.Monitors),
        ReportSentForFactCheck e => new(e.DistrictId, Audience.Superintendent | Audience.EseStaff,
            $"{DistrictToken}: the revised draft of the progress report for {e.Period.DisplayName} waits for the Superintendent's factual corrections.", Report(e), ToAct: Audience.Superintendent),
        ReportFactCheckDone e => new(e.DistrictId, Audience.Monitors | Audience.EseStaff,
            $"{DistrictToken}: the Superintendent's factual corrections of the report for {e.Period.DisplayName} are complete ({e.Corrections} sent); the report can be published.",
            Report(e), ToAct: Audience.Monitors | Audience.EseStaff),
        ReportPublicationConfirmed e => new(e.DistrictId, e.By == Role.EseStaff ? Audience.Monitors : Audience.EseStaff,
            $"{DistrictToken}: {(e.By == Role.EseStaff ? "ESE" : "the monitor")} confirmed publication of the report for {e.Period.DisplayName}; your confirmation publishes it.",
            Report(e), ToAct: Audience.Monitors | Audience.EseStaff),
        ReportPublished e => new(e.DistrictId, Audience.DistrictLeaders | Audience.Monitors | Audience.EseStaff,
            $"{DistrictToken}: the progress report for {e.Period.DisplayName} is published; share it with the School Committee and record the date it is presented.",
            Report(e), ToAct: Audience.DistrictLeaders),
        ReportPresented e => new(e.DistrictId, Audience.Monitors | Audience.EseStaff,
            $"{DistrictToken}: the report for {e.Period.DisplayName} was presented to the School Committee on {Dates.Display(e.On)}.", Report(e)),
        ReportPresentedToBoard e => new(e.DistrictId, Audience.DistrictLeaders | Audience.Monitors | Audience.EseStaff,
            $"{DistrictToken}: ESE presented the Summative report for {e.Period.SchoolYearDisplay} to the Board of Elementary and Secondary Education on {Dates.Display(e.On)}.",
            Report(e)),
        ReportErratumAdded e => new(e.DistrictId, Audience.DistrictLeaders | Audience.Monitors | Audience.EseStaff,
            $"{DistrictToken}: an erratum was added to the published report for {e.Period.DisplayName}.", Report(e) + "#errata"),
        AchievementRecorded e => new(e.DistrictId, Audience.DistrictLeaders | Audience.Monitors,
            $"{DistrictToken}: ESE recorded exit criterion A for {PlanPeriod.SchoolYear(e.SchoolYear)}: improved student achievement {(e.Meets ? "shown" : "not shown")}.",
            $"/districts/{e.DistrictId}/road-to-exit/exit-criteria"),
        ReflectionOpened e => new(e.DistrictId, Audience.DistrictLeaders | Audience.Monitors,
            $"{DistrictToken}: {Excerpt(e.OpenedByName)} opened a reflection on the road to exit; place your view on the continuum by {Dates.Display(e.ViewsDueOn)}.",
            $"/districts/{e.DistrictId}/road-to-exit/reflections/{e.ReflectionId}", ToAct: Audience.DistrictLeaders | Audience.Monitors),
        ReflectionViewPlaced { ReflectionComplete: true } e => new(e.DistrictId, Audience.DistrictLeaders | Audience.Monitors | Audience.EseStaff,
            $"{DistrictToken}: all three views of the reflection on the road to exit are in; see where they agree.",
            $"/districts/{e.DistrictId}/road-to-exit/reflections/{e.ReflectionId}"),
        _ => null,
    };

    /// <summary>Replaced by the district's name when the notice is written (<see cref="Notifier"/>): ESE staff hear of every district.</summary>
    public const string DistrictToken = "{district}";

    private static string Discussion(DiscussionEvent e) => $"/plans/{e.PlanId}/discussions/{e.DiscussionId}";

    private static string Minutes(MinutesEvent e) => $"/plans/{e.PlanId}/discussions/{e.DiscussionId}/minutes";

    private static string Plan(PlanEvent e) => $"/plans/{e.PlanId}";

    private static string Report(ReportEvent e) => $"/reports/{e.ReportId}";

    private static string Review(PlanEvent e, Guid reviewId) => $"/plans/{e.PlanId}/reviews/{reviewId}";

    private static string Versions(PlanEvent e) => $"/plans/{e.PlanId}/versions";

    private static string Excerpt(string text) =>
        text.Length <= ReasonExcerptLength ? text : text[..(ReasonExcerptLength - 1)] + "…";
}
