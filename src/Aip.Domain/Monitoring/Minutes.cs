using Aip.Domain.Common;

namespace Aip.Domain.Monitoring;

/// <summary>The numbered sections of the Minutes, as Appendix F names them.</summary>
public enum MinutesSection
{
    /// <summary>1 Accomplishments and progress with both processes and performance, based on the plan's benchmarks.</summary>
    Accomplishments = 1,

    /// <summary>1a Inventory of specific evidence, listed by initiative.</summary>
    EvidenceInventory = 2,

    /// <summary>2 Challenges to implementation, and targeted assistance needed.</summary>
    Challenges = 3,

    /// <summary>3 Risks in the coming months with a mitigation plan.</summary>
    Risks = 4,

    /// <summary>4 Next steps for the coming month.</summary>
    NextSteps = 5,

    /// <summary>5 Key modifications to the plan and the reasons.</summary>
    Modifications = 6,

    /// <summary>6 Next steps for the district, Manager and/or Monitor.</summary>
    NextDiscussion = 7,
}

public static class MinutesSections
{
    public static IReadOnlyList<MinutesSection> All { get; } = Enum.GetValues<MinutesSection>();

    public static string Number(this MinutesSection section) => section switch
    {
        MinutesSection.Accomplishments => "1",
        MinutesSection.EvidenceInventory => "1a",
        MinutesSection.Challenges => "2",
        MinutesSection.Risks => "3",
        MinutesSection.NextSteps => "4",
        MinutesSection.Modifications => "5",
        MinutesSection.NextDiscussion => "6",
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };

    /// <summary>The section's heading in Appendix F's words.</summary>
    public static string Title(this MinutesSection section) => section switch
    {
        MinutesSection.Accomplishments =>
            "Accomplishments and progress with both processes and performance, based on the plan's benchmarks (activities, early evidence of change, short-term outcomes)",
        MinutesSection.EvidenceInventory => "Inventory of specific evidence, listed by initiative",
        MinutesSection.Challenges => "Challenges to implementation, and targeted assistance needed",
        MinutesSection.Risks => "Risks in the coming months with a mitigation plan",
        MinutesSection.NextSteps => "Next steps for the coming month",
        MinutesSection.Modifications => "Key modifications to the plan and the reasons",
        MinutesSection.NextDiscussion =>
            "Next steps for the district, Manager and/or Monitor: benchmarks and evidence for the next meeting, when a benchmark will be achieved, requests for evidence or visits, suggestions for future discussions",
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };
}

public enum MinutesStage
{
    /// <summary>The Plan Manager writes.</summary>
    Draft = 1,

    /// <summary>Sent to the Superintendent and the Monitor, who report discrepancies or questions.</summary>
    InReview = 2,

    /// <summary>Sent to everyone, ESE's contacts included; never changed again (corrections are addenda).</summary>
    Final = 3,
}

public static class MinutesStages
{
    public static string DisplayName(this MinutesStage stage) => stage switch
    {
        MinutesStage.Draft => "Draft",
        MinutesStage.InReview => "Draft under review",
        MinutesStage.Final => "Final",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}

/// <summary>
/// The three clocks of the guidance (§8), in calendar days from the discussion: the draft goes to the Superintendent and
/// the Monitor within 3 days; they answer within 3 days of receiving it; the final Minutes go out within one week.
/// </summary>
public sealed record MinutesClocks(Deadline Draft, Deadline Comments, Deadline Final)
{
    public const int DraftDays = 3;
    public const int CommentDays = 3;
    public const int FinalDays = 7;

    /// <summary>The comments' clock starts when the draft is received; until then it is counted from the draft's deadline.</summary>
    public static MinutesClocks For(DateOnly discussionDay, DateOnly? sentForReviewOn) => new(
        Deadline.DaysAfter(discussionDay, DraftDays),
        Deadline.DaysAfter(sentForReviewOn ?? discussionDay.AddDays(DraftDays), CommentDays),
        Deadline.DaysAfter(discussionDay, FinalDays));
}

public enum MinutesCommentKind
{
    /// <summary>A discrepancy or question the Superintendent or the Monitor reports on the draft under review.</summary>
    Discrepancy = 1,

    /// <summary>A question ESE staff ask about final Minutes.</summary>
    EseQuestion = 2,
}

/// <summary>
/// A discrepancy or question pinned to one section: by a reviewer on the draft, or by ESE staff on the final Minutes. The
/// Plan Manager resolves it (a discrepancy, before the Minutes can be final) or answers it (ESE's question).
/// </summary>
public sealed class MinutesComment : Entity
{
    public const int TextMaxLength = 4000;

    private MinutesComment()
    {
    }

    public Guid MinutesId { get; private set; }

    public MinutesCommentKind Kind { get; private set; } = MinutesCommentKind.Discrepancy;

    public MinutesSection Section { get; private set; }

    public string Text { get; private set; } = null!;

    public Guid AuthorId { get; private set; }

    public string AuthorName { get; private set; } = null!;

    public DateTimeOffset At { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>What the Plan Manager did about it.</summary>
    public string? Resolution { get; private set; }

    public bool IsOpen => ResolvedAt is null;

    internal static MinutesComment Pin(
        Guid minutesId, MinutesCommentKind kind, MinutesSection section, string? text, Guid authorId, string authorName, DateTimeOffset at) => new()
    {
        MinutesId = minutesId,
        Kind = kind,
        Section = Defined(section),
        Text = Common.Text.Required(text, "comment", TextMaxLength),
        AuthorId = authorId,
        AuthorName = authorName,
        At = at,
    };

    internal void Resolve(string? resolution, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            throw new DomainException(Kind == MinutesCommentKind.EseQuestion ? "This question has already been answered." : "This comment has already been resolved.");
        }

        var what = Kind == MinutesCommentKind.EseQuestion ? "answer" : "how the comment was resolved";
        (Resolution, ResolvedAt) = (Common.Text.Required(resolution, what, TextMaxLength), at);
    }

    internal static MinutesSection Defined(MinutesSection section) =>
        Enum.IsDefined(section) ? section : throw new DomainException("Choose one of the Minutes' sections.");
}

/// <summary>A correction to final Minutes: dated and signed, added after them, never changing them.</summary>
public sealed record MinutesAddendum(DateTimeOffset At, string ByName, string Text);

/// <summary>
/// The Minutes of one Highlight Discussion (Appendix F): the sections' text, written by the Plan Manager, through draft →
/// review → final on the guidance's clocks. Reviewers' comments must all be resolved before the Minutes are final; final
/// Minutes never change, a correction is an addendum.
/// </summary>
public sealed class Minutes : Entity
{
    public const int SectionMaxLength = 20000;
    public const int AddendumMaxLength = 4000;

#pragma warning disable IDE0044 // Not readonly: the data layer stores these lists as JSON and sets the fields when loading.
    private Dictionary<MinutesSection, string> _sections = [];
    private readonly List<MinutesComment> _comments = [];
    private List<MinutesAddendum> _addenda = [];
    private List<Guid> _discussedItems = [];
    private List<int> _amendments = [];
    private List<Guid> _citedEvidence = [];
#pragma warning restore IDE0044

    private Minutes()
    {
    }

    public Guid DiscussionId { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid DistrictId { get; private set; }

    /// <summary>The discussion's day, from which the clocks run.</summary>
    public DateOnly DiscussionDay { get; private set; }

    /// <summary>How a report or ESE's exit evidence names the Minutes of a discussion: "Minutes of the Highlight Discussion of 20 October 2026".</summary>
    public static string SourceName(DateOnly discussionDay) => $"Minutes of the Highlight Discussion of {Dates.Display(discussionDay)}";

    public MinutesStage Stage { get; private set; } = MinutesStage.Draft;

    public DateOnly? SentForReviewOn { get; private set; }

    public DateOnly? FinalOn { get; private set; }

    /// <summary>"Submitted by": the person who made the Minutes final.</summary>
    public string? SubmittedByName { get; private set; }

    public IReadOnlyDictionary<MinutesSection, string> Sections => _sections;

    public IReadOnlyList<MinutesComment> Comments => _comments;

    public IReadOnlyList<MinutesAddendum> Addenda => _addenda;

    /// <summary>The objectives, initiatives and benchmarks the discussion addressed (what the coverage rule counts).</summary>
    public IReadOnlyList<Guid> DiscussedItems => _discussedItems;

    /// <summary>Section 5: the numbers of the plan's amendments that carry the key modifications.</summary>
    public IReadOnlyList<int> LinkedAmendments => _amendments;

    /// <summary>Section 1a: the evidence items of the plan's library the Minutes cite (the sources the QPR will cite).</summary>
    public IReadOnlyList<Guid> CitedEvidence => _citedEvidence;

    public MinutesClocks Clocks => MinutesClocks.For(DiscussionDay, SentForReviewOn);

    /// <summary>Minutes are begun once the discussion has begun, never for a cancelled one.</summary>
    public static Minutes Begin(HighlightDiscussion discussion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(discussion);
        if (!discussion.HasStarted(now))
        {
            throw new DomainException(discussion.Status == DiscussionStatus.Cancelled
                ? "This discussion was cancelled; it has no Minutes."
                : "Minutes are written once the discussion has taken place.");
        }

        var minutes = new Minutes { DiscussionId = discussion.Id, PlanId = discussion.PlanId, DistrictId = discussion.DistrictId, DiscussionDay = discussion.Day };
        minutes._discussedItems.AddRange(discussion.AgendaPlanItems().Distinct());
        return minutes;
    }

    public string Section(MinutesSection section) => _sections.GetValueOrDefault(section, string.Empty);

    /// <summary>The Plan Manager writes while drafting and while answering the reviewers.</summary>
    public void Write(MinutesSection section, string? text)
    {
        EnsureNotFinal();
        var value = Text.Optional(text, $"section {MinutesComment.Defined(section).Number()}", SectionMaxLength);
        if (value is null)
        {
            _sections.Remove(section);
        }
        else
        {
            _sections[section] = value;
        }
    }

    /// <summary>Which plan items the discussion addressed; starts from the agenda's.</summary>
    public void SetDiscussedItems(IEnumerable<Guid> itemIds)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        EnsureNotFinal();
        _discussedItems.Clear();
        _discussedItems.AddRange(itemIds.Where(id => id != Guid.Empty).Distinct());
    }

    /// <summary>Section 5's links to the amendments that record the modifications (checked against the plan by the caller).</summary>
    public void LinkAmendments(IEnumerable<int> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        EnsureNotFinal();
        _amendments.Clear();
        _amendments.AddRange(numbers.Where(n => n > 0).Distinct().Order());
    }

    /// <summary>Section 1a's inventory: which evidence items the Minutes cite (checked against the plan's library by the caller).</summary>
    public void CiteEvidence(IEnumerable<Guid> evidenceIds)
    {
        ArgumentNullException.ThrowIfNull(evidenceIds);
        EnsureNotFinal();
        _citedEvidence.Clear();
        _citedEvidence.AddRange(evidenceIds.Where(id => id != Guid.Empty).Distinct());
    }

    /// <summary>
    /// Section 6 as topics for the next agenda: one per line, without the bullets or numbers people type in front.
    /// </summary>
    public IReadOnlyList<string> AgreedForNextMeeting() =>
        Text.Lines(Section(MinutesSection.NextDiscussion))
            .Select(WithoutNumber)
            .Where(line => line.Length > 0)
            .Select(line => Text.Shorten(line, AgendaItem.TopicMaxLength))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(HighlightDiscussion.MaxAgendaItems)
            .ToList();

    private static string WithoutNumber(string line)
    {
        var digits = line.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 && digits < line.Length && line[digits] is '.' or ')' ? line[(digits + 1)..].TrimStart() : line;
    }

    public void SendForReview(DateTimeOffset now)
    {
        if (Stage != MinutesStage.Draft)
        {
            throw new DomainException("Only a draft is sent for review.");
        }

        if (_sections.Count == 0)
        {
            throw new DomainException("Write the Minutes before sending them: every section is empty.");
        }

        (Stage, SentForReviewOn) = (MinutesStage.InReview, Dates.Day(now));
        Raise(new MinutesSentForReview(Id, DiscussionId, PlanId, DistrictId, DiscussionDay, Clocks.Comments.DueOn));
    }

    public MinutesComment Comment(MinutesSection section, string? text, Guid authorId, string authorName, DateTimeOffset now)
    {
        if (Stage != MinutesStage.InReview)
        {
            throw new DomainException(Stage == MinutesStage.Draft
                ? "The draft has not been sent for review yet."
                : "These Minutes are final; ask ESE staff or the Plan Manager for an addendum instead.");
        }

        var comment = MinutesComment.Pin(Id, MinutesCommentKind.Discrepancy, section, text, authorId, authorName, now);
        _comments.Add(comment);
        Raise(new MinutesCommented(Id, DiscussionId, PlanId, DistrictId, DiscussionDay, section, authorName));
        return comment;
    }

    /// <summary>ESE staff ask about final Minutes; the Plan Manager is told and answers.</summary>
    public MinutesComment Ask(MinutesSection section, string? text, Guid authorId, string authorName, DateTimeOffset now)
    {
        if (Stage != MinutesStage.Final)
        {
            throw new DomainException("ESE asks its questions once the Minutes are final.");
        }

        var question = MinutesComment.Pin(Id, MinutesCommentKind.EseQuestion, section, text, authorId, authorName, now);
        _comments.Add(question);
        Raise(new MinutesQuestionAsked(Id, DiscussionId, PlanId, DistrictId, DiscussionDay, section, authorName));
        return question;
    }

    /// <summary>Resolves a reviewer's discrepancy while the Minutes are not final, or answers ESE's question on final Minutes.</summary>
    public void ResolveComment(Guid commentId, string? resolution, DateTimeOffset now)
    {
        var comment = _comments.Find(c => c.Id == commentId) ?? throw new DomainException("That comment is not on these Minutes.");
        if (comment.Kind == MinutesCommentKind.Discrepancy)
        {
            EnsureNotFinal();
        }

        comment.Resolve(resolution, now);
    }

    public void MakeFinal(string byName, DateTimeOffset now)
    {
        if (Stage != MinutesStage.InReview)
        {
            throw new DomainException(Stage == MinutesStage.Draft
                ? "Send the draft to the Superintendent and the Monitor for review first."
                : "These Minutes are already final.");
        }

        if (_comments.Count(c => c.IsOpen && c.Kind == MinutesCommentKind.Discrepancy) is var open and > 0)
        {
            throw new DomainException(open == 1 ? "1 comment is still open: resolve it first." : $"{open} comments are still open: resolve them first.");
        }

        (Stage, FinalOn, SubmittedByName) = (MinutesStage.Final, Dates.Day(now), byName);
        Raise(new MinutesMadeFinal(Id, DiscussionId, PlanId, DistrictId, DiscussionDay, Clocks.Final.Standing(FinalOn.Value, FinalOn) == DeadlineStanding.MetOnTime));
    }

    public void AddAddendum(string? text, string byName, DateTimeOffset now)
    {
        if (Stage != MinutesStage.Final)
        {
            throw new DomainException("Until the Minutes are final, change them directly instead of adding an addendum.");
        }

        _addenda.Add(new MinutesAddendum(now, byName, Text.Required(text, "addendum", AddendumMaxLength)));
    }

    private void EnsureNotFinal()
    {
        if (Stage == MinutesStage.Final)
        {
            throw new DomainException("These Minutes are final and cannot change; add a dated addendum instead.");
        }
    }
}

public abstract record MinutesEvent(Guid MinutesId, Guid DiscussionId, Guid PlanId, Guid DistrictId, DateOnly DiscussionDay) : IDomainEvent;

public sealed record MinutesSentForReview(Guid MinutesId, Guid DiscussionId, Guid PlanId, Guid DistrictId, DateOnly DiscussionDay, DateOnly CommentsDueOn)
    : MinutesEvent(MinutesId, DiscussionId, PlanId, DistrictId, DiscussionDay);

public sealed record MinutesCommented(Guid MinutesId, Guid DiscussionId, Guid PlanId, Guid DistrictId, DateOnly DiscussionDay, MinutesSection Section, string AuthorName)
    : MinutesEvent(MinutesId, DiscussionId, PlanId, DistrictId, DiscussionDay);

public sealed record MinutesQuestionAsked(Guid MinutesId, Guid DiscussionId, Guid PlanId, Guid DistrictId, DateOnly DiscussionDay, MinutesSection Section, string AuthorName)
    : MinutesEvent(MinutesId, DiscussionId, PlanId, DistrictId, DiscussionDay);

public sealed record MinutesMadeFinal(Guid MinutesId, Guid DiscussionId, Guid PlanId, Guid DistrictId, DateOnly DiscussionDay, bool OnTime)
    : MinutesEvent(MinutesId, DiscussionId, PlanId, DistrictId, DiscussionDay);

public enum MinutesClock
{
    /// <summary>The draft to the Superintendent and the Monitor.</summary>
    Draft = 1,

    /// <summary>The reviewers' discrepancies or questions.</summary>
    Comments = 2,

    /// <summary>The final Minutes to everyone.</summary>
    Final = 3,
}

/// <summary>A reminder the scheduler owes: the day before a clock's deadline, and once when it has passed.</summary>
public sealed record MinutesReminder(MinutesClock Clock, bool Overdue, DateOnly DueOn);

public static class MinutesReminders
{
    /// <summary>
    /// The reminders due on <paramref name="today"/> for a discussion held on <paramref name="discussionDay"/> whose Minutes
    /// are at <paramref name="stage"/> (null: not begun): for each clock still running, "due tomorrow" on the day before
    /// its deadline, and for the Plan Manager's draft and final Minutes "overdue" on any day after it (the caller sends each
    /// reminder once).
    /// </summary>
    public static IEnumerable<MinutesReminder> On(DateOnly today, DateOnly discussionDay, MinutesStage? stage, DateOnly? sentForReviewOn)
    {
        var clocks = MinutesClocks.For(discussionDay, sentForReviewOn);
        var running = new List<(MinutesClock Clock, Deadline Deadline)>();
        if (stage is null or MinutesStage.Draft)
        {
            running.Add((MinutesClock.Draft, clocks.Draft));
        }

        if (stage == MinutesStage.InReview)
        {
            running.Add((MinutesClock.Comments, clocks.Comments));
        }

        if (stage != MinutesStage.Final)
        {
            running.Add((MinutesClock.Final, clocks.Final));
        }

        foreach (var (clock, deadline) in running)
        {
            if (today == deadline.DueOn.AddDays(-1))
            {
                yield return new(clock, false, deadline.DueOn);
            }
            else if (today > deadline.DueOn && clock != MinutesClock.Comments)
            {
                // The reviewers' window simply closes; the Plan Manager's own steps are chased once they are late.
                yield return new(clock, true, deadline.DueOn);
            }
        }
    }
}
